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
/// arcs that reached them on the way (nor from how the heap is kept). Each
/// entry holds its key, and a pop takes the hole at the root down to a leaf
/// by the smaller child, then lets the last entry rise from there (Floyd):
/// one comparison a level, its outcome added rather than branched on, where
/// the distances of event data make every such branch a coin toss.
class VertexHeap {
public:
    explicit VertexHeap(std::size_t vertices) : m_position(vertices, k_absent), m_heap(vertices + 1, k_end) {}

    [[nodiscard]] bool empty() const { return m_size == 0; }

    /// Adds `v` at `distance`, or moves it up now that its distance decreased to that.
    void push_or_decrease(std::uint32_t v, double distance)
    {
        std::size_t at = m_position[v];
        if (at == k_absent) {
            at = m_size++;
            m_heap[m_size] = k_end;
        }
        rise(at, {distance, v});
    }

    std::uint32_t pop()
    {
        const std::uint32_t top = m_heap[0].vertex;
        m_position[top] = k_absent;
        const Entry last = m_heap[--m_size];
        m_heap[m_size] = k_end; // past the end: a right child there never comes first
        if (m_size == 0) return top;
        std::size_t hole = 0;
        for (std::size_t child = 1; child < m_size; child = 2 * hole + 1) {
            child += static_cast<std::size_t>(before(m_heap[child + 1], m_heap[child]));
            place(hole, m_heap[child]);
            hole = child;
        }
        rise(hole, last);
        return top;
    }

private:
    struct Entry {
        double distance;
        std::uint32_t vertex;
    };
    static constexpr std::size_t k_absent = std::numeric_limits<std::size_t>::max();
    static constexpr Entry k_end{std::numeric_limits<double>::infinity(), std::numeric_limits<std::uint32_t>::max()};

    /// `x` comes out before `y` (bitwise operators: no branch).
    static bool before(const Entry& x, const Entry& y)
    {
        return (x.distance < y.distance) | ((x.distance == y.distance) & (x.vertex < y.vertex));
    }

    void place(std::size_t at, const Entry& e)
    {
        m_heap[at] = e;
        m_position[e.vertex] = at;
    }

    /// Puts `e` at `at` or above, moving down the entries it comes before.
    void rise(std::size_t at, const Entry& e)
    {
        while (at > 0) {
            const std::size_t parent = (at - 1) / 2;
            if (!before(e, m_heap[parent])) break;
            place(at, m_heap[parent]);
            at = parent;
        }
        place(at, e);
    }

    std::vector<std::size_t> m_position;
    std::vector<Entry> m_heap; ///< m_size entries, then k_end
    std::size_t m_size = 0;
};

constexpr std::uint32_t k_none = std::numeric_limits<std::uint32_t>::max();

/// Lengths `x` and `y` are equal up to rounding; an infinite `y` (not reached yet) ties with nothing.
bool tied(double x, double y)
{
    return std::isfinite(y) && std::abs(x - y) <= k_path_tie * std::max(x, y);
}

/// `x`, a finite length, is shorter than `y` or tied with it: tied() for x > y
/// (then |x - y| is x - y and the longer is x; an infinite y is never below
/// x), the same arithmetic, in bitwise operators: no branch.
bool at_most_tied(double x, double y)
{
    return (x <= y) | (x - y <= k_path_tie * x);
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
          m_is_settled(arcs.vertices()), m_last_predecessor(arcs.vertices()), m_heap(arcs.vertices())
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
        m_heap.push_or_decrease(s, 0.0);
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
            m_heap.push_or_decrease(w, through_v);
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
