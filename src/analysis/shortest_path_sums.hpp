#pragma once
// Brandes' betweenness and harmonic closeness, from one shortest-path sweep
// per source, on arcs stored contiguously (compressed sparse rows).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente::analysis {

/// Arcs out of each vertex 0..n-1: those of v are heads[offsets[v] .. offsets[v + 1]),
/// with their lengths (positive) at the same places.
struct ArcLengths {
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint32_t> heads;
    std::vector<double> lengths;

    [[nodiscard]] std::size_t vertices() const { return offsets.size() - 1; }
};

/// Two path lengths tie when they differ by at most this share of the longer:
/// sums of the same lengths taken in another order differ in their last bits.
/// igraph's tolerance (IGRAPH_SHORTEST_PATH_EPSILON).
inline constexpr double k_path_tie = 1e-10;

/// What the shortest paths give each vertex v.
struct PathSums {
    /// The sum over ordered pairs (s, t) of other vertices of the share of the shortest s-t paths through v.
    std::vector<double> betweenness;
    /// The sum over the other vertices s that reach v of 1 / d(s, v) (harmonic closeness along paths towards v:
    /// Marchiori and Latora, "Harmony in the small-world", 2000).
    std::vector<double> closeness;
};

/// Both sums of PathSums, from one Dijkstra per source. Two path lengths
/// tie when they differ by at most 1e-10 of the longer (igraph's tolerance),
/// and a vertex takes predecessors only until it is settled, so each pair
/// shares out at most one path's worth whatever the lengths: no vertex exceeds
/// (n-1)(n-2), even when lengths span 1e-3 to 1e60 and rounding swallows the
/// short ones. Written by hand rather than
/// through Boost's brandes_betweenness_centrality: on the dense yearly graphs
/// of event data (200 actors, 10,000 dyads) Boost's edge lists and
/// predecessor vectors made it the largest cost of a yearly `metrics` run; here the
/// arcs are contiguous and the predecessors linked in one pool per source.
/// Closeness takes each distance as the sweep settles it (a tie within 1e-10
/// may keep the first of two lengths). Vertices at the same distance are
/// settled in the order of their numbers: where rounding swallows an arc
/// between two of them, the first takes the second as a predecessor, not
/// the other way, whatever order the arcs came in. After each source's sweep
/// the arcs it shows to lie on no shortest path are dropped for the sources
/// after it (analysis/live_arcs.hpp), which changes no result: on yearly
/// graphs of event data that halves the work or better.
/// O(V E log V) time, O(V + E) space.
/// Reference: Brandes, "A faster algorithm for betweenness centrality", 2001.
PathSums shortest_path_sums(const ArcLengths& arcs);

} // namespace entente::analysis
