#pragma once
// The two-camp split behind the frustration index: put each vertex of a
// signed graph in camp 0 or 1 so that the total |weight| of violated ties (a
// positive tie across the camps, a negative one inside a camp) is least.
// NP-hard (it contains max-cut); the kernels below solve one connected
// component at a time. Internal to the analysis layer.
#include <cstdint>
#include <utility>
#include <vector>

#include "analysis/seeded_random.hpp"

namespace entente::analysis {

/// Vertices 0..n-1; adjacency[v] lists (neighbour, weight), weight != 0.
struct SplitProblem {
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adjacency;
    [[nodiscard]] std::size_t size() const { return adjacency.size(); }
};

struct Split {
    std::vector<std::uint8_t> camp; ///< 0 or 1 per vertex
    double cost = 0.0;              ///< total |weight| of the violated ties
};

/// Total |weight| of the ties `camp` violates. O(n + m).
double split_cost(const SplitProblem& problem, const std::vector<std::uint8_t>& camp);

/// The least-cost split, exactly: branch and bound in Russian-doll order
/// (Verfaillie, Lemaître and Schiex 1996). The vertices are ordered by
/// connectivity; the best split of every suffix of that order is solved first,
/// smallest first, and bounds the search of the next: a partial split costs at
/// least its own violations, plus for each free vertex the cheaper of its two
/// camps against the placed ones, plus the optimum of the free suffix.
/// Exponential in the worst case. With every pair tied +1 or -1 at random (the
/// hardest family measured, bench/bench_balance.cpp) it takes about 0.1 s for
/// 48 actors, and 3 to 5 times longer for each 4 more.
Split exact_split(const SplitProblem& problem);

/// A good split, not proven optimal: `starts` runs of single-vertex moves to
/// a local optimum, the first from a greedy split, the others from random
/// ones. O(starts · passes · (n + m)). Its cost is an upper bound of the optimum.
Split searched_split(const SplitProblem& problem, std::size_t starts, SeededRandom& random);

} // namespace entente::analysis
