#pragma once
// Parsers for the typed fields of a dataset; each returns a value or the
// message that explains why the text is not one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace entente::io {

template <typename T> using Parsed = std::variant<T, std::string>; ///< a value, or an error message

/// A finite number in [-10, 10] (a Goldstein-scale weight).
Parsed<double> parse_weight(std::string_view text);

/// parse_weight of the forms nearly every weight of event data takes (one or
/// two digits, at most one decimal: `-7`, `3.4`, `10.0`), without building
/// its result; none for any other text (parse_weight then reads it).
std::optional<double> simple_weight(std::string_view text);

/// The whole text as an int (digits, a leading minus allowed): a COW state
/// code, a year, a month; none for any other text.
std::optional<int> whole_number(std::string_view text);

/// A whole number from 1 to 4294967295 (a pre-aggregated event count).
Parsed<std::uint32_t> parse_count(std::string_view text);

/// The `mutual` column of events.csv: `yes` (true: the act is by both source
/// and target) or `no` (false); an empty field is no.
Parsed<bool> parse_mutual(std::string_view text);

/// The `per` column of events.csv: `year` (true: the weight is per year of
/// the row's span); an empty field is false (the weight is the row's whole).
Parsed<bool> parse_per(std::string_view text);

/// The `confidence` column of events.csv (a draft of `entente extract`): a
/// number from 0 to 1, how far the row may be trusted unreviewed. Read,
/// checked and not used: every row counts alike.
Parsed<double> parse_confidence(std::string_view text);

} // namespace entente::io
