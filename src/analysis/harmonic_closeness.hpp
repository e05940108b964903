#pragma once
// Harmonic closeness as a template kernel over any Boost graph.
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>
#include <limits>
#include <vector>

namespace entente::analysis {

/// Harmonic closeness: for each vertex v, the sum over the other vertices u
/// of 1 / d(u, v), with d the shortest-path length under `distance` and
/// 1 / d = 0 when no path leads from u to v. In a directed graph the paths
/// run towards v (NetworkX's harmonic_centrality; igraph's mode "in").
/// Not normalised (NetworkX's default; igraph with normalized=False divides
/// nothing either, normalized=True divides by V - 1). Distances must be
/// positive. Boost's Dijkstra from every vertex: O(V (E + V log V)).
/// Reference: Marchiori & Latora, "Harmony in the small-world", 2000.
template <class Graph, class DistanceMap, class ClosenessMap>
void harmonic_closeness(const Graph& g, DistanceMap distance, ClosenessMap closeness)
{
    const auto index = get(boost::vertex_index, g);
    const std::size_t n = num_vertices(g);
    std::vector<double> length(n), sum(n, 0.0);
    const auto length_map = boost::make_iterator_property_map(length.begin(), index);
    constexpr double unreachable = std::numeric_limits<double>::max();
    for (auto [s, s_end] = vertices(g); s != s_end; ++s) {
        boost::dijkstra_shortest_paths(
            g, *s,
            boost::distance_map(length_map).weight_map(distance).vertex_index_map(index).distance_inf(unreachable));
        for (std::size_t i = 0; i < n; ++i)
            if (length[i] > 0.0 && length[i] < unreachable) sum[i] += 1.0 / length[i];
    }
    for (auto [v, v_end] = vertices(g); v != v_end; ++v)
        put(closeness, *v, sum[get(index, *v)]);
}

} // namespace entente::analysis
