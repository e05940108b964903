#pragma once
// The first word of a command line, read before CLI11 parses it: `entente`
// alone and `entente help` list the commands, `entente help CMD` is
// `entente CMD --help`, and a misspelt command is named with the nearest one.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace entente::cli {

/// What to do with a command line before parsing it.
struct FirstWord {
    /// The arguments to parse (without the program name), help words rewritten.
    std::vector<std::string> args;
    /// Set when the line is answered without parsing: print `text`, exit `status`.
    std::optional<int> status;
    std::string text;
    bool to_stderr = false;
};

/// Reads `args` (without the program name) against `app`'s commands.
FirstWord read_first_word(const CLI::App& app, std::vector<std::string> args);

/// The command closest to `word` (at most two edits away, or the only
/// command it begins), if any.
std::optional<std::string> nearest_command(const CLI::App& app, const std::string& word);

} // namespace entente::cli
