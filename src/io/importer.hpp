#pragma once
// `entente import`: GDELT, ICEWS or Correlates of War files into a dataset
// folder (actors.csv, events.csv, README.md), streamed.
#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "io/import_options.hpp"

namespace entente::io {

struct ImportResult {
    std::vector<FileTally> files;
    std::uint64_t events = 0; ///< events imported
    std::uint64_t rows = 0;   ///< rows of events.csv (fewer than events when aggregated)
    std::size_t actors = 0;
};

/// Checks the output folder (new, empty, or an entente dataset, and holding
/// none of the inputs), streams every input through its format's reader, and
/// writes the dataset, each file atomically; README.md records the inputs,
/// their row counts, the options and every skipped row's reason, counted.
/// Throws UsageError for an output that may not be written, InputError for an
/// input that cannot be read, is empty or is not in the format at all.
ImportResult run_import(const ImportOptions& options);

/// The text of README.md for an import.
std::string import_readme(const ImportOptions& options, const ImportResult& result);

/// Whether `readme` is the README.md import_readme() writes (an import may
/// replace the dataset it describes).
bool is_import_readme(std::istream& readme);

} // namespace entente::io
