#pragma once
// The views of a reading analysed on every core, each view's relation graph
// built for its analysis and dropped once its tables are made: a series
// holds a graph per core, not one per window (a yearly window stepped by
// the month over 47 years is 564 graphs). When the tables cite events, the
// views' graphs are built a second time, after the one reading of the events
// that finds them; building a graph costs a small share of analysing it.
#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

#include "cli/progress.hpp"
#include "cli/view_options.hpp"
#include "core/parallel_map.hpp"
#include "views/evidence.hpp"
#include "views/relation_graph.hpp"

namespace entente::cli {

/// parallel_map over the views, the latest taken first, the results in the
/// views' order. Event data grows with time (GDELT's later years hold far
/// more events than its first), so the largest views start first and the
/// last to finish is a small one, rather than a large one left to run on one
/// core while the others wait.
template <class Work> auto views_latest_first(std::size_t count, Work work)
{
    auto results = parallel_map(count, default_threads(), [&](std::size_t k) { return work(count - 1 - k); });
    std::reverse(results.begin(), results.end());
    return results;
}

/// What a command does with each view of `reading`, in the views' order:
/// `analyse(graph)` gives the view's analysis; `tabulate(graph, analysis)`
/// its tables (or any result), the graph holding the evidence `cite(graph,
/// analysis)` asked for (indexes into its dyads(), up to `evidence` rows
/// each). With `evidence` 0, nothing is cited and the events are not read
/// again.
template <class Analyse, class Cite, class Tabulate>
auto analyse_views(const model::Dataset& dataset, const ViewReading& reading, Analyse analyse, Cite cite,
                   std::size_t evidence, Tabulate tabulate)
{
    const std::vector<views::ViewSpec>& specs = reading.views;
    const auto graph_of = [&](std::size_t i) { return views::RelationGraph(dataset, reading.cells, specs[i]); };
    if (evidence == 0) {
        progress::Steps steps("views analysed", specs.size());
        return views_latest_first(specs.size(), [&](std::size_t i) {
            const views::RelationGraph graph = graph_of(i);
            auto analysis = analyse(graph);
            auto tables = tabulate(graph, analysis);
            steps.done();
            return tables;
        });
    }

    using Analysis = decltype(analyse(std::declval<const views::RelationGraph&>()));
    struct Analysed {
        Analysis analysis;
        std::vector<views::DyadKey> cited;
    };
    progress::Steps steps("views analysed", specs.size());
    std::vector<Analysed> analysed = views_latest_first(specs.size(), [&](std::size_t i) {
        const views::RelationGraph graph = graph_of(i);
        Analysed done{analyse(graph), {}};
        for (const std::size_t d : cite(graph, done.analysis))
            done.cited.push_back({graph.dyads()[d].a, graph.dyads()[d].b});
        steps.done();
        return done;
    });
    progress::stage("finding the main events");
    std::vector<std::vector<views::DyadKey>> cited;
    for (Analysed& view : analysed)
        cited.push_back(std::move(view.cited));
    const views::EvidenceFinder finder = views::find_evidence(dataset, specs, cited, evidence, default_threads());
    progress::Steps tabulated("views tabulated", specs.size());
    return views_latest_first(specs.size(), [&](std::size_t i) {
        views::RelationGraph graph = graph_of(i);
        if (!finder.empty()) graph.attach(finder, i);
        auto tables = tabulate(graph, analysed[i].analysis);
        tabulated.done();
        return tables;
    });
}

} // namespace entente::cli
