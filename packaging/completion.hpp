#pragma once
// The bash completion script, written from the command line's own definitions.
#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace entente::packaging {

/// The ids the completion offers after an option of type cli::k_era_type or
/// cli::k_actor_type: those of the bundled dataset.
struct DatasetIds {
    std::vector<std::string> eras;
    std::vector<std::string> actors;
};

/// `script` (completion.bash.in) with its placeholders filled from `app`:
/// @COMMANDS@ the subcommands, @OPTIONS@ a case clause per subcommand with
/// its option names, @VALUES@ case clauses giving `ids` after the options
/// that take them.
std::string completion_script(std::string_view script, const CLI::App& app, const DatasetIds& ids);

} // namespace entente::packaging
