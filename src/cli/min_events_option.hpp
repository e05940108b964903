#pragma once
// `--min-events N`, the evidence a reading needs (analysis/min_events.hpp),
// shared by the commands that read flips, changes and ruptures.
#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace entente::cli {

/// Adds `--min-events N` (default analysis::k_default_min_events) to
/// `command`; `guards` says what needs them, e.g. "in each era for a flip or
/// a change to be read".
void add_min_events_option(CLI::App& command, std::size_t& min_events, const std::string& guards);

} // namespace entente::cli
