#include "analysis/yearly_pipeline.hpp"

#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>
#include <numeric>

#include "analysis/betweenness.hpp"
#include "analysis/bloc_search.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/signed_graph.hpp"
#include "analysis/triangle_census.hpp"
#include "analysis/triangle_signs.hpp"
#include "core/parallel_map.hpp"

namespace entente::analysis {

namespace {

struct PositiveEdge {
    double weight = 0.0;
    double distance = 0.0;
};
/// P with each dyad as two arcs, in one allocation (an undirected adjacency_list allocates per edge).
using PositiveGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, PositiveEdge>;

/// Index of the largest value, the first on ties; none when empty.
std::optional<std::size_t> first_argmax(const std::vector<double>& values)
{
    if (values.empty()) return std::nullopt;
    return static_cast<std::size_t>(std::max_element(values.begin(), values.end()) - values.begin());
}

} // namespace

YearSummary summarise_year(const io::YearDyads& year, const BlocParams& bloc_params)
{
    YearSummary out;
    out.year = year.year;
    // Vertices: the year's actors in increasing id, so that a first index on ties is the actor seen first.
    std::vector<std::uint32_t> actors;
    for (const io::DyadSum& d : year.dyads) {
        actors.push_back(d.a);
        actors.push_back(d.b);
    }
    std::sort(actors.begin(), actors.end());
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
    const auto vertex = [&](std::uint32_t actor) {
        return static_cast<std::size_t>(std::lower_bound(actors.begin(), actors.end(), actor) - actors.begin());
    };
    const std::size_t n = actors.size();
    out.nodes = n;
    out.edges = year.dyads.size();

    // Components of G by union-find over its dyads.
    using SetMap = boost::iterator_property_map<std::vector<std::size_t>::iterator, boost::identity_property_map>;
    std::vector<std::size_t> set_rank(n), set_parent(n);
    boost::disjoint_sets<SetMap, SetMap> components(SetMap(set_rank.begin()), SetMap(set_parent.begin()));
    for (std::size_t v = 0; v < n; ++v)
        components.make_set(v);
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    std::vector<PositiveEdge> lengths;
    std::vector<SignedEdge> signed_edges;
    for (std::size_t i = 0; i < year.dyads.size(); ++i) {
        const io::DyadSum& d = year.dyads[i];
        const std::size_t u = vertex(d.a), v = vertex(d.b);
        components.union_set(u, v);
        if (d.sum10 > 0) {
            const PositiveEdge edge{static_cast<double>(d.sum10) / 10.0, 10.0 / static_cast<double>(d.sum10)};
            arcs.emplace_back(u, v);
            arcs.emplace_back(v, u);
            lengths.push_back(edge);
            lengths.push_back(edge);
        }
        if (d.sum10 != 0)
            signed_edges.push_back(
                {static_cast<SignedVertex>(u), static_cast<SignedVertex>(v), static_cast<double>(d.sum10) / 10.0, i});
    }
    out.components = n == 0 ? 0
                            : components.count_sets(boost::counting_iterator<std::size_t>(0),
                                                    boost::counting_iterator<std::size_t>(n));
    const PositiveGraph positive(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), lengths.begin(), n);
    out.pos_edges = arcs.size() / 2;

    std::vector<double> rank(n, 0.0), between(n, 0.0);
    const auto index = get(boost::vertex_index, positive);
    pagerank(positive, get(&PositiveEdge::weight, positive), boost::make_iterator_property_map(rank.begin(), index),
             0.85);
    // Over both arcs of each dyad every pair counts twice: the same order of actors, so the same top actor.
    weighted_betweenness(positive, get(&PositiveEdge::distance, positive),
                         boost::make_iterator_property_map(between.begin(), index));
    if (const auto top = first_argmax(rank)) out.top_pagerank = actors[*top];
    if (const auto top = first_argmax(between); top && between[*top] > 0.0) out.top_betweenness = actors[*top];

    SignedGraph signed_graph(actors, std::move(signed_edges)); // actor ids stand for actor indices
    const TriangleCounts triangles = [&] {
        if (n <= k_max_triangle_sign_vertices) return count_triangles_by_sign(n, signed_graph.edges());
        TriangleCensus census(signed_graph);
        census.run();
        return census.counts();
    }();
    out.balanced = triangles.balanced();
    out.triangles = triangles.triangles();

    BlocSearch blocs(std::move(signed_graph), bloc_params);
    blocs.run();
    out.blocs = blocs.result().blocs.size();
    return out;
}

void YearlyPipeline::run()
{
    const std::vector<io::YearDyads>& years = m_input.years;
    // Largest years first, so that no thread is left alone with a large year at the end.
    std::vector<std::size_t> order(years.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return years[a].dyads.size() > years[b].dyads.size(); });
    std::vector<YearSummary> summaries =
        parallel_map(order.size(), m_threads, [&](std::size_t i) { return summarise_year(years[order[i]], m_blocs); });
    m_years.assign(years.size(), {});
    for (std::size_t i = 0; i < order.size(); ++i)
        m_years[order[i]] = std::move(summaries[i]);
}

} // namespace entente::analysis
