#pragma once
// Blocs: a partition of a view's actors into k groups that are friendly
// inside and hostile to each other, by Doreian and Mrvar's criterion. Used by
// `entente alliances`, and by any command that needs blocs (compare, export).
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "analysis/signed_graph.hpp"
#include "analysis/tie.hpp"

namespace entente::analysis {

struct BlocParams {
    std::size_t k = 2;   ///< blocs wanted; capped at the number of actors
    bool auto_k = false; ///< try k = 1..max_k and keep the best penalised criterion
    std::size_t max_k = 8;
    double alpha = 0.5; ///< weight of hostile acts inside blocs; 1 - alpha weighs friendly ties between
    std::uint64_t seed = 1;
    std::size_t starts = 50;     ///< random starts of the relocation search, per k, at most
    std::size_t patience = 10;   ///< stop after this many starts in a row that do not lower the best
    double penalty_share = 0.01; ///< auto_k: each bloc beyond the first costs this share of the ties' total cost
};

/// What `entente alliances` searches by default (--k auto), for commands that show its blocs.
inline BlocParams default_bloc_params()
{
    BlocParams params;
    params.auto_k = true;
    return params;
}

struct Bloc {
    std::vector<ActorIndex> members; ///< in actor order
    double positive_inside = 0.0;    ///< sum of the positive scores between members
    double negative_inside = 0.0;    ///< sum of the hostile acts between members (BlocTieCost::hostile)
    /// Mean score over the member pairs (a pair without a tie counts 0); none for a single actor.
    std::optional<double> cohesion;
};

/// What passes between two blocs (first < second, indices into blocs).
struct BlocRelation {
    std::size_t first = 0, second = 0;
    double positive = 0.0; ///< sum of the positive scores across
    double negative = 0.0; ///< sum of the hostile acts across (BlocTieCost::hostile)
    /// Minus the mean score over the pairs across the two blocs: positive when they are hostile.
    double hostility = 0.0;
};

/// A tie that breaks the partition: hostile acts inside a bloc, or a
/// positive score across two.
struct BreakingTie {
    Tie tie;
    double hostile = 0.0;               ///< its hostile acts (BlocTieCost::hostile)
    std::size_t bloc_a = 0, bloc_b = 0; ///< blocs of tie.a and tie.b (equal for a negative tie inside)
};

struct ActorBloc {
    ActorIndex actor = 0;
    std::size_t bloc = 0; ///< index into blocs (bloc number - 1)
};

/// The best criterion found for one k, and with the parsimony penalty.
struct BlocCandidate {
    std::size_t k = 0;
    double criterion = 0.0;
    double penalised = 0.0;
};

struct BlocPartition {
    double alpha = 0.5;
    double criterion = 0.0;        ///< alpha * hostile inside + (1 - alpha) * positive between
    double penalty_per_bloc = 0.0; ///< what --k auto charges each bloc beyond the first
    /// Numbered canonically: bloc 1 holds the first actor (actors.csv order),
    /// bloc 2 the first actor not in bloc 1, and so on.
    std::vector<Bloc> blocs;
    std::vector<ActorBloc> membership; ///< every active actor, in actor order
    std::vector<BlocRelation> relations;
    std::vector<BreakingTie> breaking;     ///< largest |score| first
    std::vector<BlocCandidate> candidates; ///< one per k tried

    /// The bloc index of `actor`, or none when it is not active in the view.
    [[nodiscard]] std::optional<std::size_t> bloc_of(ActorIndex actor) const;
};

/// What a tie of the view costs the criterion: `hostile` when its two actors
/// share a bloc, `friendly` when they do not.
struct BlocTieCost {
    /// Every hostile act between them: the sum of |negative contributions|,
    /// even where friendlier acts outweigh it (a war and the peace that ends
    /// it leave the war standing, where the net score would hide it).
    double hostile = 0.0;
    /// The net score when positive: a tie pulls two actors together only
    /// when it is friendly on balance (a peace that ends a war makes no allies).
    double friendly = 0.0;
};

/// The cost of dyad `d` of `graph`: hostile acts count when above the view's
/// epsilon, a positive score when the dyad is an edge.
BlocTieCost bloc_tie_cost(const views::RelationGraph& graph, const views::Dyad& d);

/// Generalised blockmodelling of a signed graph (after Doreian and Mrvar 1996,
/// 2009): minimises P = alpha * sum of the hostile acts inside blocs +
/// (1 - alpha) * sum of the positive scores between blocs over partitions into
/// exactly k non-empty blocs, by relocation search: from random partitions,
/// move single actors and swap pairs of actors while P falls; up to
/// params.starts partitions, stopping once params.patience in a row found
/// nothing better. Actors as cheap in another bloc as in their own are then
/// put in the bloc of the earliest actor among those, and the search goes on
/// from there while a move or a swap lowers P: no single move that leaves no
/// bloc empty and no swap of two actors lowers the P found. A move costs O(k) with per-actor bloc sums kept
/// current in O(degree); a pass of moves costs O(n k), a pass of swaps
/// O(n k + m) when no single move helps (only hostile ties can make a swap
/// pay then), O(n k + n^2) at most. Heuristic: the best of
/// the starts, not a proven optimum.
///
/// With auto_k, each k in 1..max_k is searched and the k with the least
/// P + penalty * (k - 1) is kept (the smaller k on a tie), the penalty being
/// params.penalty_share of the ties' total cost (hostile + friendly): an extra bloc must lower
/// P by more than that. Deterministic for a given seed, on every platform.
class BlocSearch {
public:
    /// The ties of an undirected view (require_undirected): every dyad with a cost.
    BlocSearch(const views::RelationGraph& graph, BlocParams params);
    void run();
    [[nodiscard]] const BlocPartition& result() const { return m_result; }

private:
    std::vector<BlocTieCost> m_costs; ///< per edge of m_graph (filled while m_graph is built)
    SignedGraph m_graph;              ///< the ties with a cost; an edge's weight is the dyad's net score
    BlocParams m_params;
    BlocPartition m_result;
};

} // namespace entente::analysis
