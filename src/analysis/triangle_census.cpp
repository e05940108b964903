#include "analysis/triangle_census.hpp"

#include <algorithm>
#include <cmath>
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
    std::vector<Vertex> order(n);
    std::iota(order.begin(), order.end(), Vertex{0});
    std::sort(order.begin(), order.end(), [&](Vertex x, Vertex y) {
        const std::size_t dx = m_graph.neighbours(x).size(), dy = m_graph.neighbours(y).size();
        return dx != dy ? dx < dy : x < y;
    });
    std::vector<std::uint32_t> rank(n);
    for (std::uint32_t r = 0; r < n; ++r) rank[order[r]] = r;

    // Forward adjacency: each tie stored once, at its lower-ranked end.
    std::vector<std::size_t> offset(n + 1, 0);
    for (const SignedEdge& e : edges) ++offset[(rank[e.u] < rank[e.v] ? e.u : e.v) + 1];
    for (std::size_t v = 0; v < n; ++v) offset[v + 1] += offset[v];
    std::vector<Neighbour> forward(edges.size());
    std::vector<std::size_t> fill(offset.begin(), offset.end() - 1);
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
        const auto [low, high] = rank[edges[i].u] < rank[edges[i].v] ? std::pair{edges[i].u, edges[i].v}
                                                                      : std::pair{edges[i].v, edges[i].u};
        forward[fill[low]++] = {high, i};
    }

    constexpr std::uint32_t unmarked = UINT32_MAX;
    std::vector<std::uint32_t> mark(n, unmarked); // mark[w]: the tie u-w while scanning u
    std::vector<long long> triangles(n, 0), balanced(n, 0);
    TriangleCounts counts;
    for (Vertex u = 0; u < n; ++u) {
        for (std::size_t i = offset[u]; i < offset[u + 1]; ++i) mark[forward[i].vertex] = forward[i].edge;
        for (std::size_t i = offset[u]; i < offset[u + 1]; ++i) {
            const Vertex v = forward[i].vertex;
            const double uv = edges[forward[i].edge].weight;
            for (std::size_t j = offset[v]; j < offset[v + 1]; ++j) {
                const Vertex w = forward[j].vertex;
                if (mark[w] == unmarked) continue;
                const double vw = edges[forward[j].edge].weight, uw = edges[mark[w]].weight;
                const int negatives = (uv < 0) + (vw < 0) + (uw < 0);
                const double weight = std::abs(uv * vw * uw);
                const bool is_balanced = negatives % 2 == 0;
                switch (negatives) {
                case 0: ++counts.ppp; break;
                case 1: ++counts.ppn; break;
                case 2: ++counts.pnn; break;
                default: ++counts.nnn; break;
                }
                counts.weight_total += weight;
                if (is_balanced) counts.weight_balanced += weight;
                for (const Vertex x : {u, v, w}) {
                    ++triangles[x];
                    balanced[x] += is_balanced;
                }
            }
        }
        for (std::size_t i = offset[u]; i < offset[u + 1]; ++i) mark[forward[i].vertex] = unmarked;
    }

    m_counts = counts;
    m_actors.clear();
    for (Vertex v = 0; v < n; ++v) m_actors.push_back({m_graph.actor(v), triangles[v], balanced[v]});
}

} // namespace entente::analysis
