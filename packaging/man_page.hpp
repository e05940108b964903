#pragma once
// entente(1), written from the command line's own definitions.
#include <CLI/CLI.hpp>
#include <string>

namespace entente::packaging {

/// The man page of `app` in roff (man macros): NAME from `summary`,
/// SYNOPSIS, DESCRIPTION and OPTIONS from the program's --help, then a
/// COMMANDS section with each subcommand's usage, description, options by
/// group and footer, as `entente <command> --help` prints them. Free text
/// is filled, except indented lines (examples, tables), kept as they are.
std::string man_page(const CLI::App& app, const std::string& summary, const std::string& version);

} // namespace entente::packaging
