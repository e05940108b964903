#pragma once
// How bloc membership changed between two views (DESIGN.md section 5,
// "Shifts across eras"): each actor's bloc in A and in B, who changed side,
// and the adjusted Rand index of the two partitions.
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/bloc_search.hpp"

namespace entente::analysis {

enum class BlocMove {
    stayed,   ///< in both views, in matching blocs
    moved,    ///< in both views, in blocs that do not match: it changed side
    appeared, ///< active only in B
    gone      ///< active only in A
};

/// Empty for stayed, `moved`, `new` or `gone`.
std::string_view to_string(BlocMove move);

struct ActorBlocShift {
    ActorIndex actor = 0;
    std::optional<std::size_t> bloc_a; ///< index into A's blocs
    std::optional<std::size_t> bloc_b; ///< B's bloc, aligned: the index of the A bloc it matches, else blocs_a + n
    BlocMove move = BlocMove::stayed;
};

struct BlocShift {
    std::vector<ActorBlocShift> actors;   ///< every actor active in A or in B, in actor order
    std::size_t blocs_a = 0, blocs_b = 0; ///< blocs in each partition
    std::size_t both = 0;                 ///< actors active in both
    std::size_t moved = 0;                ///< of those, how many changed side
    /// Adjusted Rand index (partition_agreement.hpp) of the two partitions
    /// restricted to the actors active in both; none for fewer than two.
    std::optional<double> adjusted_rand;
};

/// Compares partitions `a` and `b` (BlocSearch results on views A and B).
/// B's blocs are matched one to one with A's so that the matched pairs share
/// the most actors active in both (an exact assignment; pairs sharing none
/// stay unmatched), and numbered after their match; an actor active in both
/// moved when its B bloc is not the match of its A bloc. Actors active in
/// only one view are listed as new or gone and left out of the index and
/// the matching. O(n + k_a 2^k_b k_b) for n actors and k blocs, which suits
/// the few blocs (at most BlocParams::max_k) a search finds.
BlocShift compare_blocs(const BlocPartition& a, const BlocPartition& b);

} // namespace entente::analysis
