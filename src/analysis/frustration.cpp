#include "analysis/frustration.hpp"

#include <algorithm>
#include <cmath>

namespace entente::analysis {

void Frustration::run()
{
    const std::size_t n = m_graph.size();
    std::vector<std::uint8_t> camp(n, 0);
    std::vector<std::uint32_t> local(n, 0);
    SeededRandom random(m_params.seed);
    m_exact = true;
    for (const std::vector<SignedVertex>& component : m_graph.components()) {
        for (std::uint32_t i = 0; i < component.size(); ++i)
            local[component[i]] = i;
        SplitProblem problem;
        problem.adjacency.resize(component.size());
        for (std::uint32_t i = 0; i < component.size(); ++i)
            for (const SignedNeighbour& nb : m_graph.neighbours(component[i]))
                problem.adjacency[i].push_back({local[nb.vertex], m_graph.edges()[nb.edge].weight});
        const bool exact = component.size() <= m_params.exact_limit;
        const Split split = exact ? exact_split(problem) : searched_split(problem, m_params.starts, random);
        m_exact = m_exact && exact;
        // Camp 1 (stored as 0) holds the component's first vertex, hence its first actor.
        for (std::uint32_t i = 0; i < component.size(); ++i)
            camp[component[i]] = split.camp[i] ^ split.camp[0];
    }

    m_value = 0.0;
    m_violations.clear();
    for (const SignedEdge& e : m_graph.edges()) {
        if ((e.weight > 0) != (camp[e.u] == camp[e.v])) {
            m_value += std::abs(e.weight);
            m_violations.push_back({m_graph.actor(e.u), m_graph.actor(e.v), e.weight, e.dyad});
        }
    }
    std::stable_sort(m_violations.begin(), m_violations.end(),
                     [](const Tie& x, const Tie& y) { return std::abs(x.score) > std::abs(y.score); });
    m_camps.clear();
    for (SignedVertex v = 0; v < n; ++v)
        m_camps.push_back({m_graph.actor(v), camp[v] + 1});
    m_graph = SignedGraph({}, {}); // the results are read without it: a yearly series keeps many at once
}

} // namespace entente::analysis
