#include "analysis/positive_cliques.hpp"

#include <algorithm>
#include <bit>
#include <boost/graph/core_numbers.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "analysis/signed_graph.hpp"

namespace entente::analysis {
namespace {

struct PositiveTie {
    const views::Graph* graph = nullptr;
    bool operator()(views::Graph::edge_descriptor e) const { return (*graph)[e].score > 0; }
};

using PositiveGraph = boost::filtered_graph<views::Graph, PositiveTie>;

/// A set of vertices as bits.
using Bits = std::vector<std::uint64_t>;

std::size_t count(const Bits& bits)
{
    std::size_t n = 0;
    for (const std::uint64_t w : bits)
        n += static_cast<std::size_t>(std::popcount(w));
    return n;
}

/// Bron-Kerbosch with a pivot over bit sets, keeping the largest cliques.
class Search {
public:
    Search(const views::RelationGraph& graph, const CliqueLimits& limits) : m_graph(graph), m_limits(limits)
    {
        const std::size_t n = graph.actors().size();
        m_words = (n + 63) / 64;
        m_neighbours.assign(n, Bits(m_words, 0));
        for (const auto e : boost::make_iterator_range(boost::edges(graph.graph()))) {
            if (graph.graph()[e].score <= 0) continue;
            const auto u = boost::source(e, graph.graph()), v = boost::target(e, graph.graph());
            m_neighbours[u][v / 64] |= std::uint64_t{1} << (v % 64);
            m_neighbours[v][u / 64] |= std::uint64_t{1} << (u % 64);
        }
    }

    Cliques run()
    {
        Bits all(m_words, 0);
        for (std::size_t v = 0; v < m_neighbours.size(); ++v)
            all[v / 64] |= std::uint64_t{1} << (v % 64);
        std::vector<std::size_t> chosen;
        expand(chosen, all, Bits(m_words, 0));
        keep_largest();
        return std::move(m_found);
    }

private:
    bool earlier(const std::vector<ActorIndex>& x, const std::vector<ActorIndex>& y) const
    {
        return x.size() != y.size() ? x.size() > y.size() : x < y;
    }

    /// Sorts the cliques kept and drops those past limits.largest.
    void keep_largest()
    {
        auto& cliques = m_found.cliques;
        std::sort(cliques.begin(), cliques.end(), [&](const auto& x, const auto& y) { return earlier(x, y); });
        if (m_limits.largest != 0 && cliques.size() > m_limits.largest) cliques.resize(m_limits.largest);
        m_smallest_kept = m_limits.largest != 0 && cliques.size() == m_limits.largest ? cliques.back().size() : 0;
    }

    void report(const std::vector<std::size_t>& chosen)
    {
        if (chosen.size() < m_limits.min_size) return;
        ++m_found.met;
        std::vector<ActorIndex> clique;
        for (const std::size_t v : chosen)
            clique.push_back(m_graph.actors()[v]);
        std::sort(clique.begin(), clique.end());
        m_found.cliques.push_back(std::move(clique));
        if (m_limits.largest != 0 && m_found.cliques.size() >= 2 * m_limits.largest) keep_largest();
    }

    /// R = chosen, P = candidates, X = excluded.
    void expand(std::vector<std::size_t>& chosen, Bits candidates, Bits excluded)
    {
        if (m_steps++ >= m_limits.steps) {
            m_found.complete = false;
            return;
        }
        const std::size_t reachable = chosen.size() + count(candidates);
        if (reachable == chosen.size()) {
            if (count(excluded) == 0) report(chosen);
            return;
        }
        // A branch whose largest clique cannot reach the smallest kept is skipped (ties are kept: actor order decides).
        if (reachable < std::max(m_smallest_kept, m_limits.min_size)) return;
        // The pivot: the vertex of P or X with the most neighbours in P (Tomita, Tanaka and Takahashi 2006).
        std::size_t pivot = 0, most = 0;
        bool any = false;
        for (std::size_t w = 0; w < m_words; ++w)
            for (std::uint64_t bits = candidates[w] | excluded[w]; bits != 0; bits &= bits - 1) {
                const std::size_t u = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
                std::size_t k = 0;
                for (std::size_t x = 0; x < m_words; ++x)
                    k += static_cast<std::size_t>(std::popcount(candidates[x] & m_neighbours[u][x]));
                if (!any || k > most) {
                    pivot = u;
                    most = k;
                    any = true;
                }
            }
        for (std::size_t w = 0; w < m_words; ++w) {
            for (std::uint64_t bits = candidates[w] & ~m_neighbours[pivot][w]; bits != 0; bits &= bits - 1) {
                const std::size_t v = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
                Bits next_candidates(m_words), next_excluded(m_words);
                for (std::size_t x = 0; x < m_words; ++x) {
                    next_candidates[x] = candidates[x] & m_neighbours[v][x];
                    next_excluded[x] = excluded[x] & m_neighbours[v][x];
                }
                chosen.push_back(v);
                expand(chosen, std::move(next_candidates), std::move(next_excluded));
                chosen.pop_back();
                if (!m_found.complete) return;
                candidates[v / 64] &= ~(std::uint64_t{1} << (v % 64));
                excluded[v / 64] |= std::uint64_t{1} << (v % 64);
            }
        }
    }

    const views::RelationGraph& m_graph;
    CliqueLimits m_limits;
    std::size_t m_words = 0;
    std::vector<Bits> m_neighbours;
    Cliques m_found;
    std::uint64_t m_steps = 0;
    std::size_t m_smallest_kept = 0;
};

} // namespace

Cliques positive_cliques(const views::RelationGraph& graph, const CliqueLimits& limits)
{
    require_undirected(graph);
    return Search(graph, limits).run();
}

std::vector<ActorCore> positive_cores(const views::RelationGraph& graph)
{
    require_undirected(graph);
    PositiveGraph positive(graph.graph(), PositiveTie{&graph.graph()});
    std::vector<std::size_t> core(graph.actors().size(), 0);
    boost::core_numbers(positive, core.data());
    std::vector<ActorCore> cores;
    for (std::size_t v = 0; v < core.size(); ++v)
        cores.push_back({graph.actors()[v], core[v]});
    return cores;
}

} // namespace entente::analysis
