#pragma once
// Where a command finds the bundled dataset when the command line names none.
#include <filesystem>

namespace entente::cli {

/// The bundled graphs/ecuador: first where an installed entente keeps it,
/// ENTENTE_DATA_FROM_BIN/graphs/ecuador from the folder of the running
/// executable (`../share/entente/graphs/ecuador`, wherever the installed
/// tree was moved), then `graphs/ecuador` in the working folder (a build tree
/// run from the source tree). No path of the build machine is compiled in.
/// Throws UsageError naming both places when neither holds a folder.
std::filesystem::path default_dataset();

} // namespace entente::cli
