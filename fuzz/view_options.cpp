// Fuzz target: the view options every analysis command takes, one a line
// (--era, --from, --to, --at, --half-life, --window, --step, --epsilon,
// --directed when the line is `y`), resolved against a small dataset and
// built into relation graphs.
#include <charconv>
#include <cmath>
#include <sstream>
#include <system_error>

#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"
#include "views/relation_graph.hpp"

using namespace entente;

namespace {

const model::Dataset& fixture()
{
    static const model::Dataset dataset = [] {
        std::istringstream actors("id,name,kind\nECU,Ecuador,state\nCOL,Colombia,state\nOAS,OAS,organization\n");
        std::istringstream eras("id,actor,label,start,end\nfirst,ECU,First,2007-01-15,2017-05-24\n"
                                "second,ECU,Second,2017-05-24,\n");
        std::istringstream events("date,source,target,code,weight,end,count\n2008-03-01,COL,ECU,190,,,\n"
                                  "2012-08-16,ECU,COL,057,,2019-04,\n2017,ECU,OAS,042,,,2\n1852,COL,ECU,057,,,\n");
        io::Diagnostics diagnostics;
        model::Dataset d;
        d.cameo = io::builtin_cameo_table();
        d.actors = io::read_actors(actors, "actors.csv", diagnostics);
        d.eras = io::read_eras(eras, "eras.csv", d.actors, diagnostics);
        model::EventStoreBuilder builder(false);
        io::read_events(events, "events.csv", d.actors, d.cameo, diagnostics,
                        [&](const io::EventRow& row) { builder.add(row); });
        d.events = std::move(builder).build();
        ENTENTE_FUZZ_CHECK(!diagnostics.has_errors());
        return d;
    }();
    return dataset;
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

    const model::Dataset& dataset = fixture();
    std::vector<views::ViewSpec> specs;
    try {
        specs = cli::resolve_views(dataset, options);
    } catch (const UsageError&) {
        return 0;
    }
    ENTENTE_FUZZ_CHECK(specs.size() <= views::k_max_windows + 1);
    for (std::size_t i = 0; i < specs.size() && i < 64; ++i) {
        const views::ViewSpec& spec = specs[i];
        ENTENTE_FUZZ_CHECK(spec.kind == views::ViewKind::instant || spec.window.length() >= 0);
        const views::RelationGraph graph(dataset, spec);
        for (const views::Dyad& d : graph.dyads()) {
            ENTENTE_FUZZ_CHECK(std::isfinite(d.score) && d.pos >= 0 && d.neg >= 0 && d.events > 0);
            ENTENTE_FUZZ_CHECK(std::abs(d.score - (d.pos - d.neg)) <= 1e-9 * (d.pos + d.neg + 1));
            ENTENTE_FUZZ_CHECK(graph.vertex_of(d.a).has_value() && graph.vertex_of(d.b).has_value());
        }
        ENTENTE_FUZZ_CHECK(graph.edge_count() <= graph.dyads().size());
    }
    return 0;
}
