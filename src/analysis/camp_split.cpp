#include "analysis/camp_split.hpp"

#include <cmath>

namespace entente::analysis {

double split_cost(const SplitProblem& problem, const std::vector<std::uint8_t>& camp)
{
    double cost = 0.0;
    for (std::uint32_t v = 0; v < problem.size(); ++v) {
        for (const auto& [u, w] : problem.adjacency[v]) {
            if (u < v) continue;
            // Added as |w| or +0: a branch on which ties are violated is mispredicted half the time.
            const bool violated = (w > 0) == (camp[u] != camp[v]);
            cost += std::abs(w) * static_cast<double>(violated);
        }
    }
    return cost;
}

} // namespace entente::analysis
