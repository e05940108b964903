#pragma once
// Opening an input file with an error that says what is wrong with the path.
#include <filesystem>
#include <fstream>
#include <optional>

#include "io/diagnostics.hpp"

namespace entente::io {

/// Opens `path` for reading; on failure reports `path: <reason>` and returns nothing.
std::optional<std::ifstream> open_input(const std::filesystem::path& path, Diagnostics& diagnostics);

} // namespace entente::io
