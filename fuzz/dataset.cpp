// Fuzz target: a whole dataset in memory, its three files separated by form
// feeds (actors \f eras \f events), read, stored, summarised and viewed: what
// `entente summary` does to a folder, minus the files.
#include <limits>
#include <sstream>

#include "analysis/dataset_summary.hpp"
#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"
#include "model/dataset.hpp"
#include "views/relation_graph.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text = fuzz::text_of(data, size);
    const std::size_t a = text.find('\f');
    const std::size_t b = a == std::string::npos ? a : text.find('\f', a + 1);
    if (b == std::string::npos) return 0;
    std::istringstream actors_in(text.substr(0, a)), eras_in(text.substr(a + 1, b - a - 1)),
        events_in(text.substr(b + 1));

    io::Diagnostics diagnostics;
    model::Dataset dataset;
    dataset.name = "fuzz";
    dataset.cameo = io::builtin_cameo_table();
    dataset.actors = io::read_actors(actors_in, "actors.csv", diagnostics);
    dataset.eras = io::read_eras(eras_in, "eras.csv", dataset.actors, diagnostics);
    // The valid rows accumulated on the eras' boundaries, as `entente summary` does.
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = analysis::summary_grid(dataset);
    views::DyadCells cells(spec, dataset.cameo);
    Interval span{std::numeric_limits<Day>::max(), std::numeric_limits<Day>::min()};
    io::read_events(events_in, "events.csv", dataset.actors, dataset.cameo, diagnostics, [&](const io::EventRow& row) {
        cells.add(row);
        span = {std::min(span.start, row.interval.start), std::max(span.end, row.interval.end)};
        ++dataset.rows;
    });
    cells.finish();
    dataset.span = dataset.rows ? span : Interval{0, 0};
    dataset.events_read = true;
    fuzz::check_diagnostics(diagnostics);

    // What the commands do with the valid rows, whatever else was wrong.
    const analysis::DatasetSummary summary = analysis::summarize(dataset, cells, 5);
    ENTENTE_FUZZ_CHECK(summary.rows == dataset.rows);
    views::ViewSpec all_spec;
    all_spec.window = dataset.span;
    const views::RelationGraph all(dataset, cells, all_spec);
    ENTENTE_FUZZ_CHECK(all.actors().size() <= dataset.actors.size());
    for (const Era& era : dataset.eras) {
        views::ViewSpec era_spec;
        era_spec.kind = views::ViewKind::era;
        era_spec.window = era.window(dataset.open_end());
        const views::RelationGraph view(dataset, cells, era_spec);
        for (const views::Dyad& d : view.dyads())
            ENTENTE_FUZZ_CHECK(std::abs(d.score - (d.pos - d.neg)) <= 1e-6 * (d.pos + d.neg + 1));
    }
    return 0;
}
