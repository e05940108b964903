#include "analysis/shortest_path_sums.hpp"

#include "analysis/live_arcs.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace entente::analysis {

namespace {

/// A binary min-heap of vertices keyed by their tentative distance, with
/// decrease-key. Equal distances go by vertex number, so the order in which
/// vertices are settled follows from their distances alone, not from the
/// arcs that reached them on the way.
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

    /// `v` comes out before `w`.
    [[nodiscard]] bool before(std::uint32_t v, std::uint32_t w) const
    {
        return m_distance[v] < m_distance[w] || (m_distance[v] == m_distance[w] && v < w);
    }

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
            if (!before(v, m_heap[parent])) break;
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
            if (child + 1 < size && before(m_heap[child + 1], m_heap[child])) ++child;
            if (!before(m_heap[child], v)) break;
            place(at, m_heap[child]);
            at = child;
        }
        place(at, v);
    }

    const std::vector<double>& m_distance;
    std::vector<std::size_t> m_position;
    std::vector<std::uint32_t> m_heap;
};

constexpr std::uint32_t k_none = std::numeric_limits<std::uint32_t>::max();

/// Two path lengths tie when they differ by at most this share of the longer:
/// sums of the same lengths taken in another order differ in their last bits.
/// igraph's tolerance (IGRAPH_SHORTEST_PATH_EPSILON).
constexpr double k_tie = 1e-10;

/// Lengths `x` and `y` are equal up to rounding; an infinite `y` (not reached yet) ties with nothing.
bool tied(double x, double y)
{
    return std::isfinite(y) && std::abs(x - y) <= k_tie * std::max(x, y);
}

/// `x` is shorter than `y` or tied with it.
bool at_most_tied(double x, double y)
{
    return x <= y || tied(x, y);
}

/// One predecessor of a vertex, and the link to the one found before it.
struct PredecessorLink {
    std::uint32_t vertex, next;
};

/// Shortest paths from one source at a time, and the dependencies they give.
class Sweep {
public:
    explicit Sweep(const ArcLengths& arcs)
        : m_arcs(arcs), m_distance(arcs.vertices()), m_paths(arcs.vertices()), m_dependency(arcs.vertices()),
          m_is_settled(arcs.vertices()), m_last_predecessor(arcs.vertices()), m_heap(m_distance, arcs.vertices())
    {
        m_settled.reserve(arcs.vertices());
        m_pool.reserve(arcs.heads.size());
    }

    /// Adds to `sums` the dependency of every vertex but `s` on `s`, and 1 / its distance from `s`.
    void add_from(std::uint32_t s, PathSums& sums)
    {
        settle_from(s);
        m_arcs.drop_slack_arcs(s, m_distance);
        // Farthest first: a vertex's dependency is complete once every vertex
        // after it on a shortest path has passed its share back.
        for (auto it = m_settled.rbegin(); it != m_settled.rend(); ++it) {
            const std::uint32_t w = *it;
            const double share = (1.0 + m_dependency[w]) / m_paths[w];
            for (std::uint32_t p = m_last_predecessor[w]; p != k_none; p = m_pool[p].next)
                m_dependency[m_pool[p].vertex] += m_paths[m_pool[p].vertex] * share;
            if (w == s) continue;
            sums.betweenness[w] += m_dependency[w];
            if (m_distance[w] > 0.0) sums.closeness[w] += 1.0 / m_distance[w];
        }
    }

private:
    /// Dijkstra from `s`: distances, path counts, predecessors and the order settled.
    void settle_from(std::uint32_t s)
    {
        std::fill(m_distance.begin(), m_distance.end(), std::numeric_limits<double>::infinity());
        std::fill(m_paths.begin(), m_paths.end(), 0.0);
        std::fill(m_dependency.begin(), m_dependency.end(), 0.0);
        std::fill(m_is_settled.begin(), m_is_settled.end(), std::uint8_t{0});
        m_settled.clear();
        m_pool.clear();
        m_distance[s] = 0.0;
        m_paths[s] = 1.0;
        m_last_predecessor[s] = k_none;
        m_heap.push_or_decrease(s);
        const std::uint32_t* const heads = m_arcs.heads();
        const double* const lengths = m_arcs.lengths();
        const double* const distance = m_distance.data();
        const std::uint8_t* const settled = m_is_settled.data();
        while (!m_heap.empty()) {
            const std::uint32_t v = m_heap.pop();
            m_settled.push_back(v);
            m_is_settled[v] = 1;
            // Most arcs lead nowhere shorter: they cost a compare or two in a
            // loop small enough to keep its pointers in registers.
            const double to_v = distance[v];
            const std::size_t first = m_arcs.first(v), last = m_arcs.end(v);
            for (std::size_t a = first; a < last; ++a) {
                const double through_v = to_v + lengths[a];
                if (!at_most_tied(through_v, distance[heads[a]]) || settled[heads[a]]) continue;
                reach(v, heads[a], through_v);
            }
        }
    }

    /// `w`, not yet settled, is reached from `v` at `through_v`, shorter than or tied with its distance so far.
    [[gnu::noinline]] void reach(std::uint32_t v, std::uint32_t w, double through_v)
    {
        if (!tied(through_v, m_distance[w])) {
            m_distance[w] = through_v;
            m_paths[w] = m_paths[v];
            m_pool.push_back({v, k_none});
            m_heap.push_or_decrease(w);
        } else {
            m_paths[w] += m_paths[v];
            m_pool.push_back({v, m_last_predecessor[w]});
        }
        m_last_predecessor[w] = static_cast<std::uint32_t>(m_pool.size() - 1);
    }

    LiveArcs m_arcs;
    std::vector<double> m_distance, m_paths, m_dependency;
    std::vector<std::uint32_t> m_settled; // in order of non-decreasing distance
    // A settled vertex takes no more predecessors: the predecessors then follow
    // the settling order, so they form no cycle even where rounding makes an arc
    // cost nothing (a length of 1 after a distance of 1e56), and no pair (s, t)
    // shares out more than one path's worth.
    std::vector<std::uint8_t> m_is_settled;
    // The predecessors of each vertex on its shortest paths, as lists linked
    // through one pool reset for each source: a shorter path found later
    // starts a new list and leaves the old one behind, unreached.
    std::vector<std::uint32_t> m_last_predecessor;
    std::vector<PredecessorLink> m_pool;
    VertexHeap m_heap;
};

} // namespace

PathSums shortest_path_sums(const ArcLengths& arcs)
{
    PathSums sums{std::vector<double>(arcs.vertices(), 0.0), std::vector<double>(arcs.vertices(), 0.0)};
    Sweep sweep(arcs);
    for (std::uint32_t s = 0; s < arcs.vertices(); ++s)
        sweep.add_from(s, sums);
    return sums;
}

} // namespace entente::analysis
