#pragma once
// The weighted arcs into each vertex, for the power iterations (PageRank,
// eigenvector centrality) to gather along rather than scatter.
#include <boost/graph/graph_traits.hpp>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/graph_concepts.hpp"

namespace entente::analysis {

/// The arcs into vertex t are [first[t], first[t + 1]) of `source` and
/// `weight`, from the lowest-numbered source up (a source's parallel arcs in
/// the order it lists them).
struct ArcsInto {
    std::vector<std::size_t> first;
    std::vector<std::uint32_t> source;
    std::vector<double> weight;
};

/// The arcs into each vertex of `g` (undirected edges both ways, as out_edges
/// gives them), weighted by `weight`. O(V + E).
template <IndexedIncidenceGraph Graph, EdgeNumbers<Graph> WeightMap>
ArcsInto arcs_into(const Graph& g, WeightMap weight)
{
    const auto index = get(boost::vertex_index, g);
    ArcsInto into;
    into.first.assign(num_vertices(g) + 1, 0);
    for (auto [v, v_end] = vertices(g); v != v_end; ++v)
        for (auto [e, e_end] = out_edges(*v, g); e != e_end; ++e)
            ++into.first[get(index, target(*e, g)) + 1];
    for (std::size_t t = 0; t + 1 < into.first.size(); ++t)
        into.first[t + 1] += into.first[t];
    into.source.resize(into.first.back());
    into.weight.resize(into.first.back());
    std::vector<std::size_t> next(into.first.begin(), into.first.end() - 1);
    for (auto [v, v_end] = vertices(g); v != v_end; ++v) // vertices in index order: sources ascending
        for (auto [e, e_end] = out_edges(*v, g); e != e_end; ++e) {
            const std::size_t at = next[get(index, target(*e, g))]++;
            into.source[at] = static_cast<std::uint32_t>(get(index, *v));
            into.weight[at] = get(weight, *e);
        }
    return into;
}

/// next[t] += x[s] · w for every arc s -> t of weight w, in the order of
/// `into`: the sums, bit for bit, of a loop over the sources in order adding
/// along their arcs out, but each kept in a register, four vertices at a
/// time, rather than stored and loaded again for every arc. O(V + E).
void add_along_arcs(const ArcsInto& into, const std::vector<double>& x, std::vector<double>& next);

} // namespace entente::analysis
