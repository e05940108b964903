#pragma once
// One setup function per subcommand; each lives in its own cmd_<name>.cpp.
#include <CLI/CLI.hpp>

namespace entente::cli {

void setup_validate(CLI::App& app);
void setup_summary(CLI::App& app);
void setup_metrics(CLI::App& app);
void setup_ruptures(CLI::App& app);
void setup_balance(CLI::App& app);
void setup_alliances(CLI::App& app);
void setup_import(CLI::App& app);
void setup_export(CLI::App& app);
void setup_timeline(CLI::App& app);
void setup_report(CLI::App& app);
void setup_compare(CLI::App& app);
void setup_eras(CLI::App& app);
void setup_extract(CLI::App& app);

} // namespace entente::cli
