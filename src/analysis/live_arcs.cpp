#include "analysis/live_arcs.hpp"

#include <algorithm>
#include <limits>

namespace entente::analysis {

namespace {

/// How much longer than a distance an arc must be to go, as a share of the
/// longest path a sweep can compare: ten times the sweeps' tie tolerance, so
/// that no path through a dropped arc ties with a shortest one, whatever the
/// rounding of either sum.
constexpr double k_margin_share = 10 * k_path_tie;

constexpr std::size_t k_no_arc = std::numeric_limits<std::size_t>::max();

} // namespace

LiveArcs::LiveArcs(const ArcLengths& arcs)
    : m_first(arcs.offsets.begin(), arcs.offsets.end() - 1), m_end(arcs.offsets.begin() + 1, arcs.offsets.end()),
      m_heads(arcs.heads), m_lengths(arcs.lengths)
{
    // A path a sweep compares has at most as many arcs as there are vertices.
    double longest = 0.0;
    for (const double length : m_lengths)
        longest = std::max(longest, length);
    m_margin = k_margin_share * longest * static_cast<double>(arcs.vertices());
    pair_reverse_arcs();
}

void LiveArcs::pair_reverse_arcs()
{
    const std::size_t n = m_first.size(), arcs = m_heads.size();
    std::vector<std::uint32_t> tail(arcs);
    std::vector<std::size_t> into_first(n + 1, 0); // the arcs into each vertex, by counting sort
    for (std::uint32_t u = 0; u < n; ++u)
        for (std::size_t a = m_first[u]; a < m_end[u]; ++a) {
            tail[a] = u;
            ++into_first[m_heads[a] + 1];
        }
    for (std::size_t v = 0; v < n; ++v)
        into_first[v + 1] += into_first[v];
    std::vector<std::size_t> into(arcs), next(into_first.begin(), into_first.end() - 1);
    for (std::size_t a = 0; a < arcs; ++a)
        into[next[m_heads[a]]++] = a;

    // The reverse of an arc u->v into v is v's arc to u: v's arcs looked up by head.
    std::vector<std::size_t> arc_to(n, k_no_arc);
    m_reverse.assign(arcs, k_no_arc);
    for (std::uint32_t v = 0; v < n; ++v) {
        for (std::size_t a = m_first[v]; a < m_end[v]; ++a)
            arc_to[m_heads[a]] = a;
        for (std::size_t k = into_first[v]; k < into_first[v + 1]; ++k) {
            const std::size_t a = into[k], back = arc_to[tail[a]];
            if (back == k_no_arc || m_lengths[back] != m_lengths[a]) {
                m_reverse.clear();
                return;
            }
            m_reverse[a] = back;
        }
        for (std::size_t a = m_first[v]; a < m_end[v]; ++a)
            arc_to[m_heads[a]] = k_no_arc;
    }
    // Two arcs the same way between two vertices would leave one unpaired.
    for (std::size_t a = 0; a < arcs; ++a)
        if (m_reverse[m_reverse[a]] != a) {
            m_reverse.clear();
            return;
        }
}

void LiveArcs::drop_slack_arcs(std::uint32_t s, const std::vector<double>& distance)
{
    for (std::size_t a = m_first[s]; a < m_end[s];) {
        const std::uint32_t w = m_heads[a];
        if (w == s || !(m_lengths[a] > distance[w] + m_margin)) {
            ++a;
            continue;
        }
        if (!m_reverse.empty()) remove(w, m_reverse[a]);
        remove(s, a); // its place now holds an arc not looked at yet
    }
}

void LiveArcs::remove(std::uint32_t v, std::size_t a)
{
    const std::size_t last = --m_end[v];
    if (a == last) return;
    m_heads[a] = m_heads[last];
    m_lengths[a] = m_lengths[last];
    if (!m_reverse.empty()) {
        m_reverse[a] = m_reverse[last];
        m_reverse[m_reverse[a]] = a;
    }
}

} // namespace entente::analysis
