// Times the balance and bloc analyses on synthetic signed datasets:
//   bench_balance census      the triangle census of 47 yearly windows, 200 actors, ~11k ties each
//   bench_balance windows     the same windows' census, frustration bound and blocs
//   bench_balance exact       the exact frustration index on random graphs of 20 to 56 actors
// Prints processor seconds, one line per measurement.
#include <ctime>
#include <fmt/format.h>
#include <random>
#include <string>

#include "analysis/bloc_search.hpp"
#include "analysis/frustration.hpp"
#include "analysis/triangle_census.hpp"
#include "io/dataset_reader.hpp"

using namespace entente;

namespace {

double uniform(std::mt19937_64& engine)
{
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

/// A dataset and its events accumulated on yearly cells.
struct Synthetic {
    model::Dataset dataset;
    views::DyadCells cells{nullptr, CameoTable{}};
};

/// `years` years of random ties among `actors` actors: each pair tied each
/// year with probability `density`, one event on a random day of the year.
Synthetic synthetic(std::size_t actors, int years, double density, std::uint64_t seed, double positive = 0.6,
                    bool unit = false)
{
    Synthetic out;
    model::Dataset& dataset = out.dataset;
    dataset.name = "synthetic";
    dataset.cameo.add({"010", "Make statement", 0.0});
    for (std::size_t i = 0; i < actors; ++i) {
        const std::string id = fmt::format("A{:03}", i);
        dataset.actors.add({id, id, ActorKind::state, "", {}});
    }
    std::mt19937_64 engine(seed);
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = views::Grid::rolling(parse_duration("1y"), parse_duration("1y"));
    out.cells = views::DyadCells(spec, dataset.cameo);
    for (int y = 0; y < years; ++y) {
        const Day first = day_from_civil(1975 + y, 1, 1);
        for (ActorIndex a = 0; a < actors; ++a) {
            for (ActorIndex b = a + 1; b < actors; ++b) {
                if (uniform(engine) >= density) continue;
                io::EventRow row;
                const Day day = first + static_cast<Day>(uniform(engine) * 365);
                row.date = {{day, day + 1}, DatePrecision::day};
                row.interval = {day, day + 1};
                row.source = a;
                row.target = b;
                const double size = unit ? 1.0 : 1 + 9 * uniform(engine);
                row.weight = uniform(engine) < positive ? size : -size;
                out.cells.add(row);
            }
        }
    }
    out.cells.finish();
    dataset.span = {day_from_civil(1975, 1, 1), day_from_civil(1975 + years, 1, 1)};
    return out;
}

/// Processor time, not wall-clock time: the benchmark shares its machine.
std::clock_t now()
{
    return std::clock();
}
double seconds_since(std::clock_t start)
{
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

void census_bench(bool everything)
{
    const int years = 47;
    const Synthetic data = synthetic(200, years, 0.55, 7);
    double build = 0, signed_time = 0, census_time = 0, auto_time = 0, frustration_time = 0, bloc_time = 0;
    long long triangles = 0;
    std::size_t chosen_k = 0;
    std::size_t ties = 0;
    for (int y = 0; y < years; ++y) {
        views::ViewSpec spec;
        spec.kind = views::ViewKind::window;
        spec.window = {day_from_civil(1975 + y, 1, 1), day_from_civil(1976 + y, 1, 1)};
        auto start = now();
        const views::RelationGraph graph(data.dataset, data.cells, spec);
        build += seconds_since(start);
        ties = std::max(ties, graph.edge_count());

        start = now();
        analysis::TriangleCensus census(graph);
        signed_time += seconds_since(start);
        census.run();
        census_time += seconds_since(start);
        triangles += census.counts().triangles();

        if (!everything) continue;
        start = now();
        analysis::Frustration frustration(graph, {});
        frustration.run();
        frustration_time += seconds_since(start);

        start = now();
        analysis::BlocSearch blocs(graph, {});
        blocs.run();
        bloc_time += seconds_since(start);

        start = now();
        analysis::BlocParams automatic;
        automatic.auto_k = true;
        analysis::BlocSearch auto_blocs(graph, automatic);
        auto_blocs.run();
        auto_time += seconds_since(start);
        chosen_k += auto_blocs.result().blocs.size();
    }
    fmt::print("census: {} windows, 200 actors, up to {} ties, {} triangles in all\n", years, ties, triangles);
    fmt::print("  relation graphs   {:8.3f} s\n", build);
    fmt::print("  triangle census   {:8.3f} s ({:.1f} ms a window, of which {:.1f} ms to index the ties)\n",
               census_time, 1000 * census_time / years, 1000 * signed_time / years);
    if (!everything) return;
    fmt::print("  frustration bound {:8.3f} s (64 local-search starts a window)\n", frustration_time);
    fmt::print("  blocs, k = 2      {:8.3f} s (50 starts a window)\n", bloc_time);
    fmt::print("  blocs, k auto     {:8.3f} s (k = 1..8, 50 starts each; mean k chosen {:.1f})\n", auto_time,
               static_cast<double>(chosen_k) / years);
}

void exact_bench()
{
    for (std::size_t n = 20; n <= 56; n += 4) {
        const Synthetic data = synthetic(n, 1, 1.0, n, 0.5, true);
        views::ViewSpec spec;
        spec.window = data.dataset.span;
        const views::RelationGraph graph(data.dataset, data.cells, spec);
        analysis::FrustrationParams params;
        params.exact_limit = 1000;
        const auto start = now();
        analysis::Frustration frustration(graph, params);
        frustration.run();
        fmt::print("exact: {:2} actors, every pair tied +1 or -1 at random: frustration {:5.0f} in {:8.3f} s\n", n,
                   frustration.value(), seconds_since(start));
    }
    for (const double density : {1.0, 0.5, 0.2}) {
        for (std::size_t n = 20; n <= 52; n += 4) {
            const Synthetic data = synthetic(n, 1, density, n);
            views::ViewSpec spec;
            spec.window = data.dataset.span;
            const views::RelationGraph graph(data.dataset, data.cells, spec);
            analysis::FrustrationParams params;
            params.exact_limit = 1000;
            const auto start = now();
            analysis::Frustration frustration(graph, params);
            frustration.run();
            fmt::print("exact: {:2} actors, density {:.1f}, {:4} ties: frustration {:9.3f} in {:8.3f} s\n", n, density,
                       graph.edge_count(), frustration.value(), seconds_since(start));
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    const std::string what = argc > 1 ? argv[1] : "all";
    if (what == "census" || what == "windows" || what == "all") census_bench(what != "census");
    if (what == "exact" || what == "all") exact_bench();
    return 0;
}
