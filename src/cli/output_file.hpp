#pragma once
// Where a command's document goes: a file written atomically, or stdout,
// and never over one of the files it was computed from.
#include <string>
#include <string_view>

#include "model/dataset.hpp"

namespace entente::cli {

/// Writes `content` to `path` through AtomicFile (an existing file is
/// replaced only whole), or to stdout when `path` is empty. Throws
/// UsageError when `path` is one of the dataset's input files
/// (Dataset::inputs, through refuse_input_as_output), Fatal when it cannot
/// be written.
void write_output(const std::string& path, std::string_view content, const model::Dataset& dataset);

} // namespace entente::cli
