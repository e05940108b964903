#include "analysis/camp_split.hpp"

namespace entente::analysis {

double split_cost(const SplitProblem& problem, const std::vector<std::uint8_t>& camp)
{
    double cost = 0.0;
    for (std::uint32_t v = 0; v < problem.size(); ++v) {
        for (const auto& [u, w] : problem.adjacency[v]) {
            if (u < v) continue;
            if ((w > 0) == (camp[u] != camp[v])) cost += w > 0 ? w : -w;
        }
    }
    return cost;
}

} // namespace entente::analysis
