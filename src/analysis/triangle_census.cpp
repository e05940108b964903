#include "analysis/triangle_census.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace entente::analysis {

std::optional<double> TriangleCounts::balance_ratio() const
{
    if (triangles() == 0) return std::nullopt;
    return static_cast<double>(balanced()) / static_cast<double>(triangles());
}

std::optional<double> TriangleCounts::weighted_balance_ratio() const
{
    if (triangles() == 0) return std::nullopt;
    return weight_balanced / weight_total;
}

std::optional<double> ActorBalance::local_balance() const
{
    if (triangles == 0) return std::nullopt;
    return static_cast<double>(balanced) / static_cast<double>(triangles);
}

void TriangleCensus::run()
{
    const std::size_t n = m_graph.size();
    const std::vector<SignedEdge>& edges = m_graph.edges();

    // rank[v]: position of v when sorted by degree, then index.
    std::vector<SignedVertex> order(n);
    std::iota(order.begin(), order.end(), SignedVertex{0});
    std::sort(order.begin(), order.end(), [&](SignedVertex x, SignedVertex y) {
        const std::size_t dx = m_graph.neighbours(x).size(), dy = m_graph.neighbours(y).size();
        return dx != dy ? dx < dy : x < y;
    });
    std::vector<std::uint32_t> rank(n);
    for (std::uint32_t r = 0; r < n; ++r)
        rank[order[r]] = r;

    // Forward adjacency: each tie stored once, at its lower-ranked end, with its weight.
    struct Forward {
        SignedVertex vertex;
        double weight;
    };
    std::vector<std::size_t> offset(n + 1, 0);
    for (const SignedEdge& e : edges)
        ++offset[(rank[e.u] < rank[e.v] ? e.u : e.v) + 1];
    for (std::size_t v = 0; v < n; ++v)
        offset[v + 1] += offset[v];
    std::vector<Forward> forward(edges.size());
    std::vector<std::size_t> fill(offset.begin(), offset.end() - 1);
    for (const SignedEdge& e : edges) {
        if (rank[e.u] < rank[e.v])
            forward[fill[e.u]++] = {e.v, e.weight};
        else
            forward[fill[e.v]++] = {e.u, e.weight};
    }

    std::vector<double> mark(n, 0.0); // mark[w]: weight of the tie u-w while scanning u (ties are never 0)
    std::vector<long long> triangles(n, 0), balanced(n, 0);
    long long kinds[4] = {0, 0, 0, 0}; // by number of negative ties
    TriangleCounts counts;
    // The triangles of a tie u-v: each w of v's forward ties that u is tied
    // to, gathered first without a branch on whether it is (about half are,
    // as the data has it, which no predictor learns), then counted.
    struct Closing {
        SignedVertex w;
        double vw, uw;
    };
    std::vector<Closing> closing(n);
    for (SignedVertex u = 0; u < n; ++u) {
        for (std::size_t i = offset[u]; i < offset[u + 1]; ++i)
            mark[forward[i].vertex] = forward[i].weight;
        long long u_balanced = 0, u_triangles = 0;
        for (std::size_t i = offset[u]; i < offset[u + 1]; ++i) {
            const SignedVertex v = forward[i].vertex;
            const double uv = forward[i].weight;
            std::size_t found = 0;
            for (std::size_t j = offset[v]; j < offset[v + 1]; ++j) {
                const SignedVertex w = forward[j].vertex;
                closing[found] = {w, forward[j].weight, mark[w]};
                found += mark[w] != 0.0 ? 1 : 0;
            }
            // Four counts of 16 bits in one word (found is at most v's forward ties, fewer than the
            // square root of twice the ties, so far below 2^16):
            // a count in memory would wait on its own last store whenever two triangles in a row share a kind.
            std::uint64_t by_kind = 0;
            long long v_balanced = 0;
            for (std::size_t k = 0; k < found; ++k) {
                const auto [w, vw, uw] = closing[k];
                const unsigned negatives = (uv < 0 ? 1U : 0U) + (vw < 0 ? 1U : 0U) + (uw < 0 ? 1U : 0U);
                const bool is_balanced = negatives % 2 == 0;
                const double weight = std::abs(uv * vw * uw);
                by_kind += std::uint64_t{1} << (16U * negatives);
                counts.weight_total += weight;
                counts.weight_balanced += is_balanced ? weight : 0.0;
                ++triangles[w];
                balanced[w] += is_balanced;
                v_balanced += is_balanced;
            }
            for (unsigned kind = 0; kind < 4; ++kind)
                kinds[kind] += static_cast<long long>((by_kind >> (16U * kind)) & 0xFFFFU);
            triangles[v] += static_cast<long long>(found);
            balanced[v] += v_balanced;
            u_triangles += static_cast<long long>(found);
            u_balanced += v_balanced;
        }
        triangles[u] += u_triangles;
        balanced[u] += u_balanced;
        for (std::size_t i = offset[u]; i < offset[u + 1]; ++i)
            mark[forward[i].vertex] = 0.0;
    }
    counts.ppp = kinds[0];
    counts.ppn = kinds[1];
    counts.pnn = kinds[2];
    counts.nnn = kinds[3];

    m_counts = counts;
    m_actors.clear();
    for (SignedVertex v = 0; v < n; ++v)
        m_actors.push_back({m_graph.actor(v), triangles[v], balanced[v]});
    m_graph = SignedGraph({}, {}); // the results are read without it: a yearly series keeps many at once
}

} // namespace entente::analysis
