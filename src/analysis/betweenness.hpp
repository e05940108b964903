#pragma once
// Weighted betweenness as a template kernel over any Boost graph.
#include <boost/graph/betweenness_centrality.hpp>

namespace entente::analysis {

/// Weighted betweenness: for each vertex v, the sum over pairs of other
/// vertices {s, t} of the share of the shortest s-t paths (lengths under
/// `distance`) that pass through v. Raw pair counts, not normalised: an
/// undirected graph counts each unordered pair once, a directed graph each
/// ordered pair (igraph's betweenness, NetworkX's with normalized=False).
/// Two paths tie only when their lengths are equal in floating point, as
/// in NetworkX (igraph allows a relative 1e-10). Distances must be positive.
/// Boost's Brandes algorithm: O(V E + V^2 log V) time, O(V + E) space.
/// Reference: Brandes, "A faster algorithm for betweenness centrality", 2001.
template <class Graph, class DistanceMap, class BetweennessMap>
void weighted_betweenness(const Graph& g, DistanceMap distance, BetweennessMap betweenness)
{
    // Boost already halves its ordered-pair sums on undirected graphs.
    boost::brandes_betweenness_centrality(
        g, boost::centrality_map(betweenness).weight_map(distance).vertex_index_map(get(boost::vertex_index, g)));
}

} // namespace entente::analysis
