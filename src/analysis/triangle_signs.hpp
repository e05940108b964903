#pragma once
// Signed triangles counted by kind only, for the yearly graphs of
// `entente pipeline`: dense (200 actors, 10,000 ties) and many.
#include <cstddef>
#include <span>

#include "analysis/signed_graph.hpp"
#include "analysis/triangle_census.hpp"

namespace entente::analysis {

/// Largest vertex count count_triangles_by_sign() takes: its bit sets grow as
/// the square of it (4 MB here).
inline constexpr std::size_t k_max_triangle_sign_vertices = 4096;

/// The triangles of `edges` (vertices below `vertices`, u != v, each pair
/// once, weight != 0) by their number of negative ties, as TriangleCensus
/// counts them; the weight sums stay 0. Each vertex's friends and enemies are
/// bit sets, and each tie counts the third vertices above both its ends by
/// intersecting them: O(E V / 64) time and no per-triangle work, which made
/// the census the pipeline's third largest cost.
TriangleCounts count_triangles_by_sign(std::size_t vertices, std::span<const SignedEdge> edges);

} // namespace entente::analysis
