#pragma once
// The arcs the shortest-path sweeps still look at (analysis/shortest_path_sums.hpp):
// every arc at first, less each arc shown to lie on no shortest path.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "analysis/shortest_path_sums.hpp"

namespace entente::analysis {

/// Once the sweep from s has its distances, an arc s->w longer than d(s, w)
/// by more than a margin lies on no shortest path from any source: a path
/// through it is beaten, by more than the sweeps' tie tolerance, by one that
/// takes a shortest s-w path instead. When every arc has its reverse at the
/// same length (an undirected graph), d(w, s) = d(s, w), so w->s goes too.
/// Dropping them changes nothing a sweep finds: such an arc could only give a
/// vertex a tentative distance that a shorter path, not tied with it,
/// replaces before the vertex is settled, and the order in which vertices
/// are settled depends on their distances alone. On the yearly graphs of
/// event data about one arc in twenty lies on a shortest path.
class LiveArcs {
public:
    explicit LiveArcs(const ArcLengths& arcs);

    /// Vertex v's live arcs are [first(v), end(v)) of heads() and lengths().
    [[nodiscard]] std::size_t first(std::uint32_t v) const { return m_first[v]; }
    [[nodiscard]] std::size_t end(std::uint32_t v) const { return m_end[v]; }
    [[nodiscard]] const std::uint32_t* heads() const { return m_heads.data(); }
    [[nodiscard]] const double* lengths() const { return m_lengths.data(); }

    /// Drops the arcs out of `s` (and into it, when every arc has its reverse)
    /// that lie on no shortest path, given `distance`: the distances from s
    /// a sweep found. O(degree of s).
    void drop_slack_arcs(std::uint32_t s, const std::vector<double>& distance);

private:
    /// Finds each arc's reverse at the same length; none (m_reverse empty) when one has none.
    void pair_reverse_arcs();
    /// Removes arc `a` of vertex `v`: v's last live arc takes its place.
    void remove(std::uint32_t v, std::size_t a);

    std::vector<std::size_t> m_first, m_end;
    std::vector<std::uint32_t> m_heads;
    std::vector<double> m_lengths;
    std::vector<std::size_t> m_reverse; ///< the place of each arc's reverse; empty when the arcs are not paired
    double m_margin = 0.0;              ///< how much longer than the distance an arc must be to go
};

} // namespace entente::analysis
