#pragma once
// Weighted betweenness and harmonic closeness as one template kernel over any Boost graph.
#include <algorithm>
#include <boost/graph/graph_traits.hpp>
#include <boost/property_map/property_map.hpp>

#include "analysis/graph_concepts.hpp"
#include "analysis/shortest_path_sums.hpp"

namespace entente::analysis {

/// Weighted betweenness: for each vertex v, the sum over pairs of other
/// vertices {s, t} of the share of the shortest s-t paths (lengths under
/// `distance`) that pass through v. Raw pair counts, not normalised: an
/// undirected graph counts each unordered pair once, a directed graph each
/// ordered pair (igraph's betweenness, NetworkX's with normalized=False).
/// Two paths tie when their lengths differ by at most 1e-10 of the longer, as
/// in igraph; each pair shares out at most one path's worth, so no vertex
/// exceeds (n-1)(n-2)/2 undirected, (n-1)(n-2) directed, whatever the
/// distances (see shortest_path_sums). Distances must be positive.
///
/// Harmonic closeness: for each vertex v, the sum over the other vertices u
/// of 1 / d(u, v), with 1 / d = 0 when no path leads from u to v. In a
/// directed graph the paths run towards v (NetworkX's harmonic_centrality;
/// igraph's mode "in"). Not normalised (NetworkX's default; igraph's
/// normalized=True divides by V - 1).
///
/// Both from one shortest-path sweep per source: the arcs are copied into
/// rows for shortest_path_sums. O(V E log V) time, O(V + E) space.
template <IndexedIncidenceGraph Graph, EdgeNumbers<Graph> DistanceMap, VertexResults<Graph> BetweennessMap,
          VertexResults<Graph> ClosenessMap>
void path_centralities(const Graph& g, DistanceMap distance, BetweennessMap betweenness, ClosenessMap closeness)
{
    const auto index = get(boost::vertex_index, g);
    ArcLengths arcs;
    // Vertex indices of a filtered graph are those of the whole graph: rows for every index.
    const std::size_t rows = num_vertices(g) == 0 ? 0 : [&] {
        std::size_t top = 0;
        for (auto [v, v_end] = vertices(g); v != v_end; ++v)
            top = std::max<std::size_t>(top, get(index, *v) + 1);
        return top;
    }();
    arcs.offsets.assign(rows + 1, 0);
    for (auto [v, v_end] = vertices(g); v != v_end; ++v)
        arcs.offsets[get(index, *v) + 1] = out_degree(*v, g);
    for (std::size_t r = 0; r < rows; ++r)
        arcs.offsets[r + 1] += arcs.offsets[r];
    arcs.heads.resize(arcs.offsets.back());
    arcs.lengths.resize(arcs.offsets.back());
    for (auto [v, v_end] = vertices(g); v != v_end; ++v) {
        std::size_t at = arcs.offsets[get(index, *v)];
        for (auto [e, e_end] = out_edges(*v, g); e != e_end; ++e, ++at) {
            arcs.heads[at] = static_cast<std::uint32_t>(get(index, target(*e, g)));
            arcs.lengths[at] = get(distance, *e);
        }
    }
    const PathSums sums = shortest_path_sums(arcs);
    const bool undirected = !boost::is_directed(g);
    for (auto [v, v_end] = vertices(g); v != v_end; ++v) {
        const double sum = sums.betweenness[get(index, *v)];
        put(betweenness, *v, undirected ? sum / 2 : sum); // each unordered pair was counted from both ends
        put(closeness, *v, sums.closeness[get(index, *v)]);
    }
}

} // namespace entente::analysis
