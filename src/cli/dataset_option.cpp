#include "cli/dataset_option.hpp"

#include <fmt/format.h>
#include <iostream>

#include "cli/default_dataset.hpp"
#include "cli/progress.hpp"
#include "cli/reading_cache.hpp"
#include "core/errors.hpp"
#include "core/parallel_map.hpp"

namespace entente::cli {

void add_dataset_options(CLI::App& command, DatasetOptions& options, bool with_eras)
{
    command.add_option("DATASET", options.path,
                       "a dataset folder holding actors.csv, events.csv and eras.csv, or an events file "
                       "(date,source,target,code[,weight]...) whose actors come from its events "
                       "(default: the bundled graphs/ecuador, found as 'entente --help' says)");
    command.add_option("--cameo", options.cameo,
                       "a CAMEO table (code,name,goldstein) to use instead of the built-in one");
    if (with_eras) command.add_option("--eras", options.eras, k_eras_file_help);
    command.add_flag("--quiet", options.quiet,
                     "no progress on stderr (it is shown only on a terminal, once a run takes over a second)");
    options.command = command.get_name();
}

namespace {

/// A file the command line names that is not there is a mistake in the
/// command (exit 2), not invalid data.
void require_present(const std::filesystem::path& path, std::string_view what)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) throw UsageError(fmt::format("{}: no such {}", path.string(), what));
}

model::Dataset load_metadata(const DatasetOptions& options, io::Diagnostics& diagnostics)
{
    if (!options.path.empty()) require_present(options.path, "dataset folder or events file");
    if (!options.cameo.empty()) require_present(options.cameo, "CAMEO table (--cameo)");
    if (!options.eras.empty()) require_present(options.eras, "eras file");
    model::LoadOptions load;
    if (!options.cameo.empty()) load.cameo_file = options.cameo;
    if (!options.eras.empty()) load.eras_file = options.eras;
    return model::load_dataset(options.path.empty() ? default_dataset() : std::filesystem::path(options.path), load,
                               diagnostics);
}

/// Reads the events for their problems only.
void read_for_problems(model::Dataset& dataset, io::Diagnostics& diagnostics)
{
    model::read_events(dataset, diagnostics, default_threads(),
                       {[](std::size_t) {}, [](std::size_t, const io::EventRow&) {}});
}

} // namespace

model::Dataset open_dataset(const DatasetOptions& options, io::Diagnostics& problems)
{
    const model::EventKinds kinds = event_kinds(options.kinds);
    progress::start(options.command, options.quiet);
    progress::stage("loading the dataset");
    model::Dataset dataset = load_metadata(options, problems);
    if (problems.has_errors()) {
        read_for_problems(dataset, problems);
        report_problems(dataset, problems);
    }
    model::select_kinds(dataset, kinds);
    // Said once, as every table, diagram and page that follows counts these events alone.
    if (!dataset.kinds.empty()) std::cerr << "entente: note: reading " << dataset.kinds << " only\n";
    return dataset;
}

views::DyadCells read_cells(model::Dataset& dataset, std::shared_ptr<const views::CellsSpec> spec,
                            io::Diagnostics& problems, const views::RowFilter& keep)
{
    if (!keep) return std::move(read_cells(dataset, std::vector{std::move(spec)}, problems).front());
    progress::stage("reading the events");
    std::vector<views::DyadCells> cells =
        views::accumulate(dataset, {std::move(spec)}, problems, default_threads(), keep);
    report_problems(dataset, problems);
    return std::move(cells.front());
}

std::vector<views::DyadCells> read_cells(model::Dataset& dataset,
                                         const std::vector<std::shared_ptr<const views::CellsSpec>>& specs,
                                         io::Diagnostics& problems)
{
    // A command that reads the events again keeps a copy of its rows on this reading: it reads them all.
    const std::optional<ReadingCache> cache =
        dataset.copy_rows ? std::nullopt : std::optional<ReadingCache>(std::in_place, dataset, specs);
    if (cache && !cache->unused()) {
        progress::stage("reading the events, as an earlier run kept them");
        if (auto cells = cache->load(dataset, problems)) {
            report_problems(dataset, problems);
            return std::move(*cells);
        }
    }
    progress::stage("reading the events");
    const std::size_t problems_before = problems.count();
    std::vector<views::DyadCells> cells = views::accumulate(dataset, specs, problems, default_threads());
    if (cache && problems.count() == problems_before) cache->keep(dataset, cells);
    report_problems(dataset, problems);
    return cells;
}

void read_events_first(model::Dataset& dataset, io::Diagnostics& problems)
{
    progress::stage("reading the events");
    read_for_problems(dataset, problems);
    report_problems(dataset, problems);
}

void know_actors(model::Dataset& dataset, io::Diagnostics& problems)
{
    if (dataset.events_read || dataset.actor_source != io::ActorSource::events) return;
    read_for_problems(dataset, problems);
    report_problems(dataset, problems);
}

model::Dataset check_dataset(const DatasetOptions& options, io::Diagnostics& diagnostics)
{
    model::Dataset dataset = load_metadata(options, diagnostics);
    read_for_problems(dataset, diagnostics);
    return dataset;
}

void report_problems(const model::Dataset& dataset, io::Diagnostics& diagnostics)
{
    // Every command prints the same list as `entente validate`, so nothing here sends the user there.
    if (!diagnostics.all().empty()) progress::interrupt();
    diagnostics.print(std::cerr);
    if (diagnostics.has_errors())
        throw InputError(fmt::format("{}: {} problem{} found", dataset.path.string(), diagnostics.error_count(),
                                     diagnostics.error_count() == 1 ? "" : "s"));
    diagnostics.clear();
}

} // namespace entente::cli
