#pragma once
// The view's ties as a dense symmetric matrix of net scores, for the signed
// centralities (pn_centrality, signed_eigenvector), which are defined on
// undirected ties.
#include <cstddef>
#include <vector>

#include "views/relation_graph.hpp"

namespace entente::analysis {

/// An n × n symmetric matrix, row-major, over the view's actors in vertex
/// order: the net score of each tie, 0 where there is none.
struct SignedTies {
    std::size_t n = 0;
    std::vector<double> score;

    [[nodiscard]] double at(std::size_t u, std::size_t v) const { return score[u * n + v]; }
};

/// The ties of a view. An undirected view's edges as they are; a directed
/// view's two directions summed (a→b plus b→a, which is the undirected
/// view's score) and kept when that sum is an edge by the view's rule
/// (RelationGraph::is_edge), so the signed centralities of a directed view
/// equal those of the undirected one. O(n² + dyads).
SignedTies signed_ties(const views::RelationGraph& graph);

} // namespace entente::analysis
