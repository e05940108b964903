#include "analysis/positive_cliques.hpp"

#include <algorithm>
#include <bit>
#include <boost/graph/core_numbers.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "analysis/signed_graph.hpp"

#if defined(__x86_64__) && !defined(__POPCNT__)
#define ENTENTE_POPCNT_CLONES [[gnu::target_clones("popcnt", "default")]]
#else
#define ENTENTE_POPCNT_CLONES
#endif

namespace entente::analysis {
namespace {

struct PositiveTie {
    const views::Graph* graph = nullptr;
    bool operator()(views::Graph::edge_descriptor e) const { return (*graph)[e].score > 0; }
};

using PositiveGraph = boost::filtered_graph<views::Graph, PositiveTie>;

/// The bits set in `w`: one instruction in the search's popcnt clone
/// (below), a library call in its baseline x86-64 one.
std::size_t bits_in(std::uint64_t w)
{
    return static_cast<std::size_t>(std::popcount(w));
}

/// The vertices in a set of `words` words of bits.
std::size_t count(const std::uint64_t* bits, std::size_t words)
{
    std::size_t n = 0;
    for (std::size_t w = 0; w < words; ++w)
        n += bits_in(bits[w]);
    return n;
}

/// Bron-Kerbosch with a pivot over bit sets, keeping the largest cliques.
class Search {
public:
    Search(const views::RelationGraph& graph, const CliqueLimits& limits) : m_graph(graph), m_limits(limits)
    {
        m_size = graph.actors().size();
        m_words = (m_size + 63) / 64;
        m_neighbours.assign(m_size * m_words, 0);
        for (const auto e : boost::make_iterator_range(boost::edges(graph.graph()))) {
            if (graph.graph()[e].score <= 0) continue;
            const auto u = boost::source(e, graph.graph()), v = boost::target(e, graph.graph());
            neighbours(u)[v / 64] |= std::uint64_t{1} << (v % 64);
            neighbours(v)[u / 64] |= std::uint64_t{1} << (u % 64);
        }
        // A clique has at most every vertex, so the search goes at most m_size + 1 deep.
        m_sets.assign((m_size + 1) * 2 * m_words, 0);
    }

    Cliques run()
    {
        for (std::size_t v = 0; v < m_size; ++v)
            candidates(0)[v / 64] |= std::uint64_t{1} << (v % 64);
        std::vector<std::size_t> chosen;
        expand(chosen);
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

    /// The positive ties of vertex v, as bits.
    std::uint64_t* neighbours(std::size_t v) { return m_neighbours.data() + v * m_words; }
    /// P and X of the search's depth d (d vertices chosen): each depth keeps
    /// its own in m_sets, so that no branch allocates.
    std::uint64_t* candidates(std::size_t d) { return m_sets.data() + 2 * d * m_words; }
    std::uint64_t* excluded(std::size_t d) { return m_sets.data() + (2 * d + 1) * m_words; }

    /// R = chosen, P = candidates(R's size), X = excluded(R's size).
    /// A branch's work is mostly counting bits: on x86-64 the search is also
    /// built for CPUs with the popcnt instruction (every one since 2008),
    /// picked when the program loads; the baseline build stays for the others.
    ENTENTE_POPCNT_CLONES void expand(std::vector<std::size_t>& chosen)
    {
        if (m_steps++ >= m_limits.steps) {
            m_found.complete = false;
            return;
        }
        const std::size_t depth = chosen.size();
        std::uint64_t* const p = candidates(depth);
        std::uint64_t* const x = excluded(depth);
        const std::size_t reachable = depth + count(p, m_words);
        if (reachable == depth) {
            if (count(x, m_words) == 0) report(chosen);
            return;
        }
        // A branch whose largest clique cannot reach the smallest kept is skipped (ties are kept: actor order decides).
        if (reachable < std::max(m_smallest_kept, m_limits.min_size)) return;
        // The pivot: the vertex of P or X with the most neighbours in P (Tomita, Tanaka and Takahashi 2006).
        std::size_t pivot = 0, most = 0;
        bool any = false;
        for (std::size_t w = 0; w < m_words; ++w)
            for (std::uint64_t bits = p[w] | x[w]; bits != 0; bits &= bits - 1) {
                const std::size_t u = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
                const std::uint64_t* const tied = neighbours(u);
                std::size_t k = 0;
                for (std::size_t i = 0; i < m_words; ++i)
                    k += bits_in(p[i] & tied[i]);
                if (!any || k > most) {
                    pivot = u;
                    most = k;
                    any = true;
                }
            }
        const std::uint64_t* const pivot_tied = neighbours(pivot);
        for (std::size_t w = 0; w < m_words; ++w) {
            for (std::uint64_t bits = p[w] & ~pivot_tied[w]; bits != 0; bits &= bits - 1) {
                const std::size_t v = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
                const std::uint64_t* const tied = neighbours(v);
                std::uint64_t* const next_p = candidates(depth + 1);
                std::uint64_t* const next_x = excluded(depth + 1);
                for (std::size_t i = 0; i < m_words; ++i) {
                    next_p[i] = p[i] & tied[i];
                    next_x[i] = x[i] & tied[i];
                }
                chosen.push_back(v);
                expand(chosen);
                chosen.pop_back();
                if (!m_found.complete) return;
                p[v / 64] &= ~(std::uint64_t{1} << (v % 64));
                x[v / 64] |= std::uint64_t{1} << (v % 64);
            }
        }
    }

    const views::RelationGraph& m_graph;
    CliqueLimits m_limits;
    std::size_t m_size = 0;  ///< vertices
    std::size_t m_words = 0; ///< words of bits a set of vertices takes
    std::vector<std::uint64_t> m_neighbours;
    std::vector<std::uint64_t> m_sets;
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
