#include "analysis/signed_ties.hpp"

#include <algorithm>
#include <map>
#include <utility>

namespace entente::analysis {

SignedTies signed_ties(const views::RelationGraph& graph)
{
    SignedTies ties;
    ties.n = graph.actors().size();
    ties.score.assign(ties.n * ties.n, 0.0);
    // Both directions of a directed view fold into one undirected dyad (a < b).
    std::map<std::pair<ActorIndex, ActorIndex>, views::Dyad> undirected;
    for (const views::Dyad& d : graph.dyads()) {
        views::Dyad& sum = undirected[{std::min(d.a, d.b), std::max(d.a, d.b)}];
        sum.score += d.score;
        sum.pos += d.pos;
        sum.neg += d.neg;
    }
    for (const auto& [pair, dyad] : undirected) {
        if (!graph.is_edge(dyad)) continue;
        const std::size_t u = *graph.vertex_of(pair.first), v = *graph.vertex_of(pair.second);
        ties.score[u * ties.n + v] = ties.score[v * ties.n + u] = dyad.score;
    }
    return ties;
}

} // namespace entente::analysis
