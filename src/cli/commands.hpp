#pragma once
// One setup function per subcommand; each lives in its own cmd_<name>.cpp.
#include <CLI/CLI.hpp>

namespace entente::cli {

void setup_validate(CLI::App& app);
void setup_summary(CLI::App& app);
void setup_compare(CLI::App& app);

} // namespace entente::cli
