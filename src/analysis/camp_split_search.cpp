// searched_split: multi-start local search, for components too large to
// solve exactly. Written here: Boost.Graph has no signed-graph partitioning.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "analysis/camp_split.hpp"

namespace entente::analysis {
namespace {

/// Violations of v's ties in its own camp and in the other one.
std::pair<double, double> stay_and_flip_cost(const SplitProblem& problem, const std::vector<std::uint8_t>& camp,
                                             std::uint32_t v)
{
    double stay = 0.0, flip = 0.0;
    for (const auto& [u, w] : problem.adjacency[v]) {
        const bool together = camp[u] == camp[v];
        if ((w > 0) != together)
            stay += std::abs(w);
        else
            flip += std::abs(w);
    }
    return {stay, flip};
}

/// Moves single vertices to the other camp while that lowers the cost. Each
/// vertex's cost of staying and of flipping is kept current as its
/// neighbours flip: a pass costs O(n) plus O(degree) per flip.
void descend(const SplitProblem& problem, std::vector<std::uint8_t>& camp, double tolerance)
{
    std::vector<double> stay(problem.size()), flip(problem.size());
    for (std::uint32_t v = 0; v < problem.size(); ++v)
        std::tie(stay[v], flip[v]) = stay_and_flip_cost(problem, camp, v);
    for (bool moved = true; moved;) {
        moved = false;
        for (std::uint32_t v = 0; v < problem.size(); ++v) {
            if (!(flip[v] < stay[v] - tolerance)) continue;
            camp[v] ^= 1U;
            std::swap(stay[v], flip[v]);
            // Each tie of v now counts for its other end the other way.
            for (const auto& [u, w] : problem.adjacency[v]) {
                const double size = std::abs(w);
                const bool violated = (w > 0) != (camp[u] == camp[v]);
                stay[u] += violated ? size : -size;
                flip[u] += violated ? -size : size;
            }
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
