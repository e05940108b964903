#pragma once
// The DATASET argument and the options every command that reads a dataset
// shares, and loading it with every problem reported on stderr.
#include <CLI/CLI.hpp>
#include <string>

#include "cli/event_kind_options.hpp"
#include "model/dataset.hpp"
#include "views/accumulate.hpp"

namespace entente::cli {

struct DatasetOptions {
    std::string path;       ///< empty: the bundled graphs/ecuador
    std::string cameo;      ///< empty: the built-in CAMEO table
    std::string eras;       ///< empty: the folder's eras.csv (a bare events file has none)
    bool quiet = false;     ///< no progress on stderr
    std::string command;    ///< the command's name, for its progress line
    EventKindOptions kinds; ///< set by commands that add_event_kind_options(); empty: every row
};

/// What `--eras FILE` is, in every command's --help.
inline constexpr const char* k_eras_file_help =
    "an eras file (id,actor,label,start[,end]) to use instead of the dataset's eras.csv; the only way to give an "
    "events file eras";

/// Adds the positional DATASET, `--cameo FILE`, `--eras FILE` (unless
/// `with_eras` is false: compare adds its own, which also takes the old
/// `--eras A B`) and `--quiet` to a command.
void add_dataset_options(CLI::App& command, DatasetOptions& options, bool with_eras = true);

/// Starts the command's progress line (cli/progress.hpp), checks the kinds
/// of event asked for (UsageError), then loads the dataset's actors, eras and
/// CAMEO table (model::load_dataset), and makes every reading keep only
/// those kinds (model::select_kinds);
/// the problems found go to `problems`. When one is an error, the events are
/// read too, so that every problem is listed, and all are reported
/// (report_problems). Otherwise the problems wait for the events' reading.
model::Dataset open_dataset(const DatasetOptions& options, io::Diagnostics& problems);

/// Reads the events of an open dataset for the first time into an
/// accumulation of `spec` (or takes it from the reading cache,
/// cli/reading_cache.hpp, when an earlier run kept it and no `keep` filter is
/// given), then reports every problem found since open_dataset
/// (report_problems). Nothing is written before.
views::DyadCells read_cells(model::Dataset& dataset, std::shared_ptr<const views::CellsSpec> spec,
                            io::Diagnostics& problems, const views::RowFilter& keep = {});
/// read_cells into one accumulation of each of `specs`.
std::vector<views::DyadCells> read_cells(model::Dataset& dataset,
                                         const std::vector<std::shared_ptr<const views::CellsSpec>>& specs,
                                         io::Diagnostics& problems);

/// Reads the events of an open dataset for the first time, accumulating
/// nothing, then reports every problem found since open_dataset, as
/// read_cells does: for a command whose readings come later.
void read_events_first(model::Dataset& dataset, io::Diagnostics& problems);

/// A bare events file names its actors only in its events: reads them (with
/// every problem reported) when an option must name an actor before the
/// command's own reading. Nothing to do for a dataset folder.
void know_actors(model::Dataset& dataset, io::Diagnostics& problems);

/// Loads the dataset and reads its events without keeping them: every problem in `diagnostics`.
model::Dataset check_dataset(const DatasetOptions& options, io::Diagnostics& diagnostics);

/// Prints the problems found loading `dataset` and forgets them; throws
/// InputError ("path: N problems found") when one is an error.
void report_problems(const model::Dataset& dataset, io::Diagnostics& diagnostics);

} // namespace entente::cli
