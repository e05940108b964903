#pragma once
// Agreement of two partitions of the same items.
#include <optional>
#include <span>

namespace entente::analysis {

/// Adjusted Rand index (Hubert and Arabie 1985) of partitions a and b, given
/// as a group label per item: 1 for identical partitions, about 0 for chance
/// agreement, negative below chance. Two partitions that are both all
/// singletons, or both one group, are identical: 1. Returns nothing for
/// fewer than two items. O(n log n).
std::optional<double> adjusted_rand_index(std::span<const int> a, std::span<const int> b);

} // namespace entente::analysis
