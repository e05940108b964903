#pragma once
// Parsers for the typed fields of a dataset; each returns a value or the
// message that explains why the text is not one.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace entente::io {

template <typename T> using Parsed = std::variant<T, std::string>; ///< a value, or an error message

/// A finite number in [-10, 10] (a Goldstein-scale weight).
Parsed<double> parse_weight(std::string_view text);

/// k_tenths[k] is k / 10.0, the double nearest the decimal k tenths (as
/// from_chars gives it: both operands are exact), for k from 0 to 100.
inline constexpr std::array<double, 101> k_tenths = [] {
    std::array<double, 101> table{};
    for (std::size_t k = 0; k < table.size(); ++k)
        table[k] = static_cast<double>(k) / 10.0;
    return table;
}();

/// k / 10.0 for any whole number of tenths k, from the table when it holds it.
inline double tenths_value(std::int64_t k)
{
    if (k >= 0 && k <= 100) return k_tenths[static_cast<std::size_t>(k)];
    if (k < 0 && k >= -100) return -k_tenths[static_cast<std::size_t>(-k)];
    return static_cast<double>(k) / 10.0;
}

/// parse_weight of the forms nearly every weight of event data takes (one or
/// two digits, at most one decimal: `-7`, `3.4`, `10.0`), without building
/// its result; none for any other text (parse_weight then reads it). Inline
/// and a table rather than a division: it runs once a row of every reading.
inline std::optional<double> simple_weight(std::string_view text)
{
    std::size_t i = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) ++i;
    std::size_t tenths = 0, digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 2; ++i, ++digits)
        tenths = tenths * 10 + static_cast<std::size_t>(text[i] - '0');
    if (digits == 0) return std::nullopt;
    tenths *= 10;
    if (i + 2 == text.size() && text[i] == '.' && text[i + 1] >= '0' && text[i + 1] <= '9') {
        tenths += static_cast<std::size_t>(text[i + 1] - '0');
        i += 2;
    }
    if (i != text.size() || tenths > 100) return std::nullopt;
    if (tenths == 0) return 0.0; // -0 reads as 0
    const auto value = static_cast<std::int64_t>(tenths);
    return tenths_value(negative ? -value : value);
}

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
