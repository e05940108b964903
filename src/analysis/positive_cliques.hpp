#pragma once
// Tight friendly groups of a view: the largest maximal cliques and the
// k-cores of its positive subgraph (the ties with a positive score).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "views/relation_graph.hpp"

namespace entente::analysis {

struct CliqueLimits {
    std::size_t min_size = 3;    ///< smallest clique listed
    std::size_t largest = 20;    ///< cliques kept: the largest; 0 keeps every one met
    std::uint64_t steps = 1'000'000; ///< branches of the search before it stops
};

struct Cliques {
    /// The largest maximal cliques, each in actor order; largest first, then in actor order.
    std::vector<std::vector<ActorIndex>> cliques;
    std::uint64_t met = 0;  ///< maximal cliques of at least min_size the search met
    bool complete = true;   ///< the search ran to its end: `cliques` are the largest there are
};

/// The largest maximal cliques of at least `limits.min_size` actors of the
/// positive subgraph, by Bron and Kerbosch's algorithm (1973) with Tomita's
/// pivot (2006) on bit sets, skipping the branches that cannot hold a clique
/// as large as the smallest kept once `limits.largest` are kept (so `met`
/// may be fewer than the cliques there are). A dense graph can hold
/// exponentially many maximal cliques (up to 3^(n/3)): the search stops after
/// `limits.steps` branches, each O(n^2 / 64), and then says it is not
/// complete. Throws UsageError for a directed view.
Cliques positive_cliques(const views::RelationGraph& graph, const CliqueLimits& limits = {});

struct ActorCore {
    ActorIndex actor = 0;
    std::size_t core = 0; ///< the largest k such that the actor is in the positive subgraph's k-core
};

/// The k-core number of every active actor (actor order) in the positive
/// subgraph, counting ties (not weights). Boost.Graph's core_numbers
/// (Batagelj and Zaversnik 2003): O(n + m). Throws UsageError for a directed view.
std::vector<ActorCore> positive_cores(const views::RelationGraph& graph);

} // namespace entente::analysis
