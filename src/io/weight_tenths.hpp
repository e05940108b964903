#pragma once
// How an aggregated row's weight is written: its events' weights summed in
// whole tenths (exact in every engine: GDELT and ICEWS write one decimal)
// and their mean written to at most k_mean_decimals decimals, so that the
// import and the SQL of `import --emit-sql` print the same digits.
#include <cstdint>
#include <string>

namespace entente::io {

/// Decimals of an aggregated row's mean weight (rounded half away from zero,
/// trailing zeros dropped): weight × count is the total to within
/// count × 5e-7.
inline constexpr int k_mean_decimals = 6;

/// A weight in whole tenths, rounded half away from zero.
std::int64_t weight_tenths(double weight);

/// The mean of `count` weights summing to `tenths` tenths, as events.csv
/// writes it: `2.35`, `-5`, `0.333333`, never `-0`.
std::string mean_weight_text(std::int64_t tenths, std::uint64_t count);

} // namespace entente::io
