#include "io/field_parsers.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fmt/format.h>
#include <limits>
#include <optional>

namespace entente::io {

Parsed<double> parse_weight(std::string_view text)
{
    if (const std::optional<double> simple = simple_weight(text)) return *simple;
    double value = 0.0;
    // from_chars takes no leading '+'; a weight written `+2.5` is still a number.
    const std::string_view digits = text.size() > 1 && text[0] == '+' && text[1] != '-' ? text.substr(1) : text;
    const char* end = digits.data() + digits.size();
    const auto [ptr, ec] = std::from_chars(digits.data(), end, value);
    if (ec == std::errc::result_out_of_range && ptr == end) {
        // Too large, or too close to zero to be represented (it reads as 0).
        if (std::isinf(std::strtod(std::string(digits).c_str(), nullptr)))
            return fmt::format("weight '{}' is out of range (expected a number from -10 to 10)", text);
        return 0.0;
    }
    if (ec != std::errc{} || ptr != end)
        return fmt::format("weight '{}' is not a number (expected a number from -10 to 10)", text);
    if (!std::isfinite(value)) return fmt::format("weight '{}' is not a finite number", text);
    if (value < -10.0 || value > 10.0) return fmt::format("weight {} is outside [-10, 10]", text);
    return value == 0.0 ? 0.0 : value; // -0 reads as 0
}

Parsed<std::uint32_t> parse_count(std::string_view text)
{
    std::uint64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || value == 0 || value > std::numeric_limits<std::uint32_t>::max())
        return fmt::format("count '{}' is not a whole number from 1 to {}", text,
                           std::numeric_limits<std::uint32_t>::max());
    return static_cast<std::uint32_t>(value);
}

Parsed<bool> parse_mutual(std::string_view text)
{
    if (text.empty() || text == "no") return false;
    if (text == "yes") return true;
    return fmt::format("mutual '{}' is not yes or no (yes: the act is by both source and target)", text);
}

Parsed<bool> parse_per(std::string_view text)
{
    if (text.empty()) return false;
    if (text == "year") return true;
    return fmt::format("per '{}' is not year (year: the weight is per year of the row's span; empty: the row's "
                       "whole weight)",
                       text);
}

Parsed<double> parse_confidence(std::string_view text)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc{} && end == text.data() + text.size() && value >= 0 && value <= 1) return value;
    return fmt::format("confidence '{}' is not a number from 0 to 1", text);
}

std::optional<int> whole_number(std::string_view text)
{
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

} // namespace entente::io
