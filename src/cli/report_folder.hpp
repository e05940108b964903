#pragma once
// Where `entente report` may write: a new folder, an empty one, or one that
// holds nothing but an earlier report; never the dataset's own folder.
#include <filesystem>

#include "model/dataset.hpp"

namespace entente::cli {

/// Throws UsageError when `dir` is the dataset's folder, or holds a file or
/// folder a report does not write (index.html, report.json, metrics.csv,
/// ruptures.csv, compare.csv, eras/ of .svg and .dot files); hidden entries
/// (.gitkeep) are left alone and allowed.
void check_report_folder(const std::filesystem::path& dir, const model::Dataset& dataset);

} // namespace entente::cli
