#include "analysis/shortest_path_betweenness.hpp"

#include <limits>

namespace entente::analysis {

namespace {

/// A binary min-heap of vertices keyed by their tentative distance, with decrease-key.
class VertexHeap {
public:
    VertexHeap(const std::vector<double>& distance, std::size_t vertices)
        : m_distance(distance), m_position(vertices, k_absent)
    {
    }

    [[nodiscard]] bool empty() const { return m_heap.empty(); }

    /// Adds `v`, or moves it up after its distance decreased.
    void push_or_decrease(std::uint32_t v)
    {
        if (m_position[v] == k_absent) {
            m_position[v] = m_heap.size();
            m_heap.push_back(v);
        }
        sift_up(m_position[v]);
    }

    std::uint32_t pop()
    {
        const std::uint32_t top = m_heap.front();
        m_position[top] = k_absent;
        const std::uint32_t last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty()) {
            m_heap.front() = last;
            m_position[last] = 0;
            sift_down(0);
        }
        return top;
    }

private:
    static constexpr std::size_t k_absent = std::numeric_limits<std::size_t>::max();

    void place(std::size_t at, std::uint32_t v)
    {
        m_heap[at] = v;
        m_position[v] = at;
    }

    void sift_up(std::size_t at)
    {
        const std::uint32_t v = m_heap[at];
        while (at > 0) {
            const std::size_t parent = (at - 1) / 2;
            if (m_distance[m_heap[parent]] <= m_distance[v]) break;
            place(at, m_heap[parent]);
            at = parent;
        }
        place(at, v);
    }

    void sift_down(std::size_t at)
    {
        const std::uint32_t v = m_heap[at];
        const std::size_t size = m_heap.size();
        for (;;) {
            std::size_t child = 2 * at + 1;
            if (child >= size) break;
            if (child + 1 < size && m_distance[m_heap[child + 1]] < m_distance[m_heap[child]]) ++child;
            if (m_distance[m_heap[child]] >= m_distance[v]) break;
            place(at, m_heap[child]);
            at = child;
        }
        place(at, v);
    }

    const std::vector<double>& m_distance;
    std::vector<std::size_t> m_position;
    std::vector<std::uint32_t> m_heap;
};

/// One predecessor of a vertex, and the link to the one found before it.
struct PredecessorLink {
    std::uint32_t vertex, next;
};

} // namespace

std::vector<double> shortest_path_betweenness(const ArcLengths& arcs)
{
    const std::size_t n = arcs.vertices();
    constexpr double k_unreached = std::numeric_limits<double>::infinity();
    constexpr std::uint32_t k_none = std::numeric_limits<std::uint32_t>::max();
    std::vector<double> betweenness(n, 0.0), distance(n), paths(n), dependency(n);
    std::vector<std::uint32_t> settled; // in order of non-decreasing distance
    settled.reserve(n);
    // The predecessors of each vertex on its shortest paths, as lists linked
    // through one pool reset for each source: a shorter path found later
    // starts a new list and leaves the old one behind, unreached.
    std::vector<std::uint32_t> last_predecessor(n);
    std::vector<PredecessorLink> pool;
    pool.reserve(arcs.heads.size());
    VertexHeap heap(distance, n);

    for (std::uint32_t s = 0; s < n; ++s) {
        std::fill(distance.begin(), distance.end(), k_unreached);
        std::fill(paths.begin(), paths.end(), 0.0);
        std::fill(dependency.begin(), dependency.end(), 0.0);
        settled.clear();
        pool.clear();
        distance[s] = 0.0;
        paths[s] = 1.0;
        last_predecessor[s] = k_none;
        heap.push_or_decrease(s);
        while (!heap.empty()) {
            const std::uint32_t v = heap.pop();
            settled.push_back(v);
            for (std::size_t a = arcs.offsets[v]; a < arcs.offsets[v + 1]; ++a) {
                const std::uint32_t w = arcs.heads[a];
                const double through_v = distance[v] + arcs.lengths[a];
                if (through_v < distance[w]) {
                    distance[w] = through_v;
                    paths[w] = paths[v];
                    pool.push_back({v, k_none});
                    last_predecessor[w] = static_cast<std::uint32_t>(pool.size() - 1);
                    heap.push_or_decrease(w);
                } else if (through_v == distance[w]) {
                    paths[w] += paths[v];
                    pool.push_back({v, last_predecessor[w]});
                    last_predecessor[w] = static_cast<std::uint32_t>(pool.size() - 1);
                }
            }
        }
        // Farthest first: a vertex's dependency is complete once every vertex
        // after it on a shortest path has passed its share back.
        for (auto it = settled.rbegin(); it != settled.rend(); ++it) {
            const std::uint32_t w = *it;
            const double share = (1.0 + dependency[w]) / paths[w];
            for (std::uint32_t p = last_predecessor[w]; p != k_none; p = pool[p].next)
                dependency[pool[p].vertex] += paths[pool[p].vertex] * share;
            if (w != s) betweenness[w] += dependency[w];
        }
    }
    return betweenness;
}

} // namespace entente::analysis
