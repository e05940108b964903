#pragma once
// Tight friendly groups of a view: the maximal cliques and the k-cores of its
// positive subgraph (the ties with a positive score).
#include <cstddef>
#include <vector>

#include "views/relation_graph.hpp"

namespace entente::analysis {

/// The maximal cliques of at least `min_size` actors of the positive
/// subgraph, each in actor order; largest first, then in actor order.
/// Boost.Graph's bron_kerbosch_all_cliques (Bron and Kerbosch 1973) on a
/// filtered view of the graph: exponential in the worst case (up to 3^(n/3)
/// cliques), fast on sparse graphs. Throws UsageError for a directed view.
std::vector<std::vector<ActorIndex>> positive_cliques(const views::RelationGraph& graph, std::size_t min_size = 3);

struct ActorCore {
    ActorIndex actor = 0;
    std::size_t core = 0; ///< the largest k such that the actor is in the positive subgraph's k-core
};

/// The k-core number of every active actor (actor order) in the positive
/// subgraph, counting ties (not weights). Boost.Graph's core_numbers
/// (Batagelj and Zaversnik 2003): O(n + m). Throws UsageError for a directed view.
std::vector<ActorCore> positive_cores(const views::RelationGraph& graph);

} // namespace entente::analysis
