// exact_split: Russian-doll branch and bound, written here because Boost.Graph
// has no signed-graph partitioning.
#include <algorithm>
#include <cmath>
#include <limits>

#include "analysis/camp_split.hpp"

namespace entente::analysis {
namespace {

/// Vertices by connectivity: the strongest first, then always the one most
/// tied (in |weight|) to those already ordered, so that placed vertices bound
/// the free ones early. Ties go to the stronger vertex, then the lower index.
std::vector<std::uint32_t> connectivity_order(const SplitProblem& problem)
{
    const std::size_t n = problem.size();
    std::vector<double> strength(n, 0.0), link(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v)
        for (const auto& [u, w] : problem.adjacency[v])
            strength[v] += std::abs(w);
    std::vector<bool> placed(n, false);
    std::vector<std::uint32_t> order;
    for (std::size_t step = 0; step < n; ++step) {
        std::uint32_t best = 0;
        bool found = false;
        for (std::uint32_t v = 0; v < n; ++v) {
            if (placed[v]) continue;
            if (!found || link[v] > link[best] || (link[v] == link[best] && strength[v] > strength[best])) best = v;
            found = true;
        }
        placed[best] = true;
        order.push_back(best);
        for (const auto& [u, w] : problem.adjacency[best])
            link[u] += std::abs(w);
    }
    return order;
}

class RussianDoll {
public:
    explicit RussianDoll(const SplitProblem& problem) : m_n(problem.size())
    {
        const std::vector<std::uint32_t> order = connectivity_order(problem);
        std::vector<std::uint32_t> position(m_n);
        for (std::uint32_t p = 0; p < m_n; ++p)
            position[order[p]] = p;
        m_vertex = order;
        m_later.resize(m_n);
        double total = 0.0;
        for (std::uint32_t v = 0; v < m_n; ++v) {
            for (const auto& [u, w] : problem.adjacency[v]) {
                if (position[u] > position[v]) m_later[position[v]].push_back({position[u], w});
                total += std::abs(w);
            }
        }
        m_tolerance = 1e-12 * (total + 1.0);
        m_suffix_optimum.assign(m_n + 1, 0.0);
        m_cost_in.assign(m_n, {0.0, 0.0});
        m_camp.assign(m_n, 0);
    }

    Split solve()
    {
        if (m_n == 0) return {};
        std::vector<std::uint8_t> best_suffix{0}; // camps of positions k+1.., best split of that suffix
        for (std::uint32_t k = static_cast<std::uint32_t>(m_n) - 1; k-- > 0;)
            best_suffix = solve_suffix(k, best_suffix);
        Split split;
        split.camp.resize(m_n);
        for (std::uint32_t p = 0; p < m_n; ++p)
            split.camp[m_vertex[p]] = best_suffix[p];
        split.cost = m_suffix_optimum[0];
        return split;
    }

private:
    struct LaterTie {
        std::uint32_t later; ///< position of the other end, after this one
        double weight;
    };
    struct Saved {
        std::uint32_t position;
        std::pair<double, double> cost_in;
    };

    /// The best split of positions k.. with position k in camp 0, given the
    /// best split of positions k+1.. (indexed from k+1). Returns it indexed from k.
    std::vector<std::uint8_t> solve_suffix(std::uint32_t k, const std::vector<std::uint8_t>& next_best)
    {
        m_first = k;
        // Upper bound: the best split of the suffix, with k added on its cheaper side.
        double with0 = 0.0, with1 = 0.0;
        for (const LaterTie& t : m_later[k]) {
            const bool other_camp = next_best[t.later - k - 1] != 0;
            const double violated_if_same = t.weight < 0 ? -t.weight : 0.0;
            const double violated_if_apart = t.weight > 0 ? t.weight : 0.0;
            with0 += other_camp ? violated_if_apart : violated_if_same;
            with1 += other_camp ? violated_if_same : violated_if_apart;
        }
        const bool flip = with1 < with0;
        m_best.assign(m_n - k, 0);
        for (std::size_t i = 0; i + 1 < m_best.size(); ++i)
            m_best[i + 1] = static_cast<std::uint8_t>(next_best[i] ^ flip);
        m_upper = m_suffix_optimum[k + 1] + std::min(with0, with1);

        for (std::uint32_t p = k; p < m_n; ++p)
            m_cost_in[p] = {0.0, 0.0};
        m_free_bound = 0.0;
        place(k, 0);
        const double root_bound = m_free_bound + m_suffix_optimum[k + 1];
        if (root_bound < m_upper - m_tolerance) branch(k + 1, 0.0);
        m_suffix_optimum[k] = m_upper;
        return m_best;
    }

    /// Puts position p in `camp`: the later vertices' costs against the placed
    /// ones grow, and the free bound follows.
    void place(std::uint32_t p, std::uint8_t camp)
    {
        m_camp[p] = camp;
        m_free_bound -= std::min(m_cost_in[p].first, m_cost_in[p].second);
        for (const LaterTie& t : m_later[p]) {
            auto& [cost0, cost1] = m_cost_in[t.later];
            m_free_bound -= std::min(cost0, cost1);
            // A positive tie is violated when the later vertex goes to the other camp, a negative one when it joins.
            const bool violated_in_camp1 = (t.weight > 0) == (camp == 0);
            (violated_in_camp1 ? cost1 : cost0) += std::abs(t.weight);
            m_free_bound += std::min(cost0, cost1);
        }
    }

    void branch(std::uint32_t p, double cost)
    {
        if (p == m_n) {
            if (cost < m_upper - m_tolerance) {
                m_upper = cost;
                for (std::uint32_t q = m_first; q < m_n; ++q)
                    m_best[q - m_first] = m_camp[q];
            }
            return;
        }
        const auto [cost0, cost1] = m_cost_in[p];
        const std::uint8_t first = cost1 < cost0 ? 1 : 0;
        for (const std::uint8_t camp : {first, static_cast<std::uint8_t>(1 - first)}) {
            const double placed_cost = cost + (camp == 0 ? cost0 : cost1);
            if (placed_cost + m_suffix_optimum[p + 1] >= m_upper - m_tolerance) continue;
            const double saved_bound = m_free_bound;
            const std::size_t mark = m_saved.size();
            for (const LaterTie& t : m_later[p])
                m_saved.push_back({t.later, m_cost_in[t.later]});
            place(p, camp);
            if (placed_cost + m_free_bound + m_suffix_optimum[p + 1] < m_upper - m_tolerance)
                branch(p + 1, placed_cost);
            for (std::size_t i = m_saved.size(); i-- > mark;)
                m_cost_in[m_saved[i].position] = m_saved[i].cost_in;
            m_saved.resize(mark);
            m_free_bound = saved_bound;
        }
    }

    std::size_t m_n;
    std::vector<std::uint32_t> m_vertex;              ///< vertex at each position
    std::vector<std::vector<LaterTie>> m_later;       ///< ties to later positions
    std::vector<double> m_suffix_optimum;             ///< least cost of positions p.. alone
    std::vector<std::pair<double, double>> m_cost_in; ///< a free position's violations against placed ones, per camp
    std::vector<std::uint8_t> m_camp;
    std::vector<Saved> m_saved;
    std::vector<std::uint8_t> m_best;
    std::uint32_t m_first = 0;
    double m_upper = 0.0;
    double m_free_bound = 0.0; ///< sum over free positions of their cheaper camp's cost
    double m_tolerance = 0.0;
};

} // namespace

Split exact_split(const SplitProblem& problem)
{
    return RussianDoll(problem).solve();
}

} // namespace entente::analysis
