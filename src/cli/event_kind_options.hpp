#pragma once
// `--codes LIST` and `--quad LIST`: the kinds of event a command reads.
#include <CLI/CLI.hpp>
#include <string>

#include "model/event_kinds.hpp"

namespace entente::cli {

struct EventKindOptions {
    std::string codes; ///< comma-separated CAMEO codes or roots, matched as prefixes
    std::string quad;  ///< comma-separated quad class names
};

/// Adds --codes and --quad to a command, in an option group of their own.
void add_event_kind_options(CLI::App& command, EventKindOptions& options);

/// The kinds the options name. Throws UsageError for a code that is not 1
/// to 4 digits or an unknown class name (with "did you mean").
model::EventKinds event_kinds(const EventKindOptions& options);

} // namespace entente::cli
