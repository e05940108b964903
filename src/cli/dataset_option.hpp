#pragma once
// The DATASET argument and the options every command that reads a dataset
// shares, and loading it with every problem reported on stderr.
#include <CLI/CLI.hpp>
#include <string>

#include "model/dataset.hpp"

namespace entente::cli {

struct DatasetOptions {
    std::string path;  ///< empty: the bundled graphs/ecuador
    std::string cameo; ///< empty: the built-in CAMEO table
    std::string eras;  ///< empty: the folder's eras.csv (a bare events file has none)
};

/// Adds the positional DATASET, `--cameo FILE` and `--eras FILE` to a command;
/// `eras_flag` renames the last where `--eras` means something else (compare).
void add_dataset_options(CLI::App& command, DatasetOptions& options, const std::string& eras_flag = "--eras");

/// Loads the dataset; prints warnings, and on errors prints them all and
/// throws InputError. Nothing is written either way.
model::Dataset load_dataset(const DatasetOptions& options, bool keep_text = true);

/// Loads like load_dataset, but returns the problems instead of throwing.
model::Dataset load_dataset(const DatasetOptions& options, io::Diagnostics& diagnostics, bool keep_text = true);

/// Prints the problems found loading `dataset`; throws InputError ("path: N
/// problems found") when one is an error.
void report_problems(const model::Dataset& dataset, const io::Diagnostics& diagnostics);

} // namespace entente::cli
