// Fuzz target: the view options every analysis command takes, one a line
// (--era, --from, --to, --at, --half-life, --window, --step, --epsilon,
// --directed when the line is `y`), resolved against a small dataset and
// built into relation graphs: the accumulation the options ask for
// (cli::cells_spec) holds every view they resolve to.
#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>
#include <system_error>

#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"
#include "views/relation_graph.hpp"

using namespace entente;

namespace {

/// A small dataset, its events read, and its valid rows.
struct Fixture {
    model::Dataset dataset;
    std::vector<io::EventRow> rows;
};

const Fixture& fixture()
{
    static const Fixture fixture = [] {
        std::istringstream actors("id,name,kind\nECU,Ecuador,state\nCOL,Colombia,state\nOAS,OAS,organization\n");
        std::istringstream eras("id,actor,label,start,end\nfirst,ECU,First,2007-01-15,2017-05-24\n"
                                "second,ECU,Second,2017-05-24,\n");
        std::istringstream events("date,source,target,code,weight,end,count\n2008-03-01,COL,ECU,190,,,\n"
                                  "2012-08-16,ECU,COL,057,,2019-04,\n2017,ECU,OAS,042,,,2\n1852,COL,ECU,057,,,\n");
        io::Diagnostics diagnostics;
        Fixture f;
        model::Dataset& d = f.dataset;
        d.cameo = io::builtin_cameo_table();
        d.actors = io::read_actors(actors, "actors.csv", diagnostics);
        d.eras = io::read_eras(eras, "eras.csv", d.actors, diagnostics);
        d.span = {std::numeric_limits<Day>::max(), std::numeric_limits<Day>::min()};
        io::read_events(events, "events.csv", d.actors, d.cameo, diagnostics, [&](const io::EventRow& row) {
            f.rows.push_back(row);
            d.span = {std::min(d.span.start, row.interval.start), std::max(d.span.end, row.interval.end)};
        });
        d.rows = f.rows.size();
        d.events_read = true;
        ENTENTE_FUZZ_CHECK(!diagnostics.has_errors());
        return f;
    }();
    return fixture;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::vector<std::string> lines = split(fuzz::text_of(data, size), '\n');
    auto line = [&](std::size_t i) { return i < lines.size() ? lines[i] : std::string(); };
    cli::ViewOptions options;
    options.era = line(0);
    options.from = line(1);
    options.to = line(2);
    options.at = line(3);
    if (!line(4).empty()) options.half_life = line(4);
    options.window = line(5);
    options.step = line(6);
    const std::string epsilon = line(7);
    double value = 0.0;
    if (std::from_chars(epsilon.data(), epsilon.data() + epsilon.size(), value).ec == std::errc{})
        options.epsilon = value;
    options.directed = line(8) == "y";

    const model::Dataset& dataset = fixture().dataset;
    std::vector<views::ViewSpec> specs;
    std::shared_ptr<views::CellsSpec> cells_spec;
    try {
        cells_spec = cli::cells_spec(dataset, options);
        specs = cli::resolve_views(dataset, options);
    } catch (const UsageError&) {
        return 0;
    }
    views::DyadCells cells(cells_spec, dataset.cameo);
    for (const io::EventRow& row : fixture().rows)
        cells.add(row);
    cells.finish();
    ENTENTE_FUZZ_CHECK(specs.size() <= views::k_max_windows + 1);
    for (std::size_t i = 0; i < specs.size() && i < 64; ++i) {
        const views::ViewSpec& spec = specs[i];
        ENTENTE_FUZZ_CHECK(spec.kind == views::ViewKind::instant || spec.window.length() >= 0);
        const views::RelationGraph graph(dataset, cells, spec); // throws if the grid lacks the view's boundaries
        for (const views::Dyad& d : graph.dyads()) {
            ENTENTE_FUZZ_CHECK(std::isfinite(d.score) && d.pos >= 0 && d.neg >= 0 && d.events > 0);
            ENTENTE_FUZZ_CHECK(std::abs(d.score - (d.pos - d.neg)) <= 1e-9 * (d.pos + d.neg + 1));
            ENTENTE_FUZZ_CHECK(graph.vertex_of(d.a).has_value() && graph.vertex_of(d.b).has_value());
        }
        ENTENTE_FUZZ_CHECK(graph.edge_count() <= graph.dyads().size());
    }
    return 0;
}
