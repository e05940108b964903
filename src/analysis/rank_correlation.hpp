#pragma once
// Rank agreement of two paired samples.
#include <optional>
#include <span>

namespace entente::analysis {

/// Kendall's tau-b of paired samples x and y (Kendall 1945): (C - D) /
/// sqrt((n0 - n1)(n0 - n2)), with C and D the concordant and discordant pairs,
/// n0 = n(n-1)/2, and n1, n2 the pairs tied in x and in y. Ties count in
/// neither C nor D. Returns nothing when it is undefined (fewer than two items,
/// or every item tied in x or in y). O(n^2), which suits a few hundred actors.
std::optional<double> kendall_tau_b(std::span<const double> x, std::span<const double> y);

} // namespace entente::analysis
