// searched_split: multi-start local search, for components too large to
// solve exactly. Written here: Boost.Graph has no signed-graph partitioning.
#include <algorithm>
#include <cmath>

#include "analysis/camp_split.hpp"

namespace entente::analysis {
namespace {

/// Moves single vertices to the other camp while that lowers the cost.
/// With side[v] = +1 in camp 0 and -1 in camp 1, a tie of weight w is
/// violated when w · side[u] · side[v] < 0, so moving v gains
/// gain[v] = -side[v] · sum of w · side[u] over its ties (the |weight| it
/// mends minus the |weight| it breaks): every product is exactly ±|w|, and
/// the sums need no branch on which ties are violated, which the data makes
/// unpredictable. Each gain is kept current as its neighbours move: a pass
/// costs O(n) plus O(degree) per move.
void descend(const SplitProblem& problem, std::vector<std::uint8_t>& camp, double tolerance)
{
    std::vector<double> side(problem.size()), gain(problem.size());
    for (std::uint32_t v = 0; v < problem.size(); ++v)
        side[v] = camp[v] ? -1.0 : 1.0;
    for (std::uint32_t v = 0; v < problem.size(); ++v) {
        double pull = 0.0;
        for (const auto& [u, w] : problem.adjacency[v])
            pull += w * side[u];
        gain[v] = -side[v] * pull;
    }
    for (bool moved = true; moved;) {
        moved = false;
        for (std::uint32_t v = 0; v < problem.size(); ++v) {
            if (!(gain[v] > tolerance)) continue;
            camp[v] ^= 1U;
            side[v] = -side[v];
            gain[v] = -gain[v];
            // Each tie of v now counts for its other end the other way: 2|w| more or less.
            const double twice = 2.0 * side[v];
            for (const auto& [u, w] : problem.adjacency[v])
                gain[u] -= twice * w * side[u];
            moved = true;
        }
    }
}

/// Each vertex in turn on its cheaper side against those placed before it.
std::vector<std::uint8_t> greedy_split(const SplitProblem& problem)
{
    std::vector<std::uint8_t> camp(problem.size(), 0);
    std::vector<bool> placed(problem.size(), false);
    for (std::uint32_t v = 0; v < problem.size(); ++v) {
        double cost0 = 0.0, cost1 = 0.0;
        for (const auto& [u, w] : problem.adjacency[v]) {
            if (!placed[u]) continue;
            const bool violated_in_camp1 = (w > 0) == (camp[u] == 0);
            (violated_in_camp1 ? cost1 : cost0) += std::abs(w);
        }
        camp[v] = cost1 < cost0 ? 1 : 0;
        placed[v] = true;
    }
    return camp;
}

} // namespace

Split searched_split(const SplitProblem& problem, std::size_t starts, SeededRandom& random)
{
    double total = 0.0;
    for (const auto& ties : problem.adjacency)
        for (const auto& [u, w] : ties)
            total += std::abs(w);
    const double tolerance = 1e-12 * (total + 1.0);

    Split best;
    for (std::size_t start = 0; start < std::max<std::size_t>(starts, 1); ++start) {
        std::vector<std::uint8_t> camp(problem.size());
        if (start == 0)
            camp = greedy_split(problem);
        else
            for (auto& c : camp)
                c = static_cast<std::uint8_t>(random.below(2));
        descend(problem, camp, tolerance);
        const double cost = split_cost(problem, camp);
        if (start == 0 || cost < best.cost - tolerance) best = {std::move(camp), cost};
    }
    return best;
}

} // namespace entente::analysis
