#pragma once
// The whole command line of entente: the program, its options and every
// subcommand. main.cpp parses with it; the man page and the bash completion
// (packaging/) are written from it, so they say what --help says.
#include <CLI/CLI.hpp>

namespace entente::cli {

/// Names and describes `app` as entente and adds every subcommand.
void setup_app(CLI::App& app);

} // namespace entente::cli
