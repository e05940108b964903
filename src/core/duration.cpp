#include "core/duration.hpp"

#include <charconv>
#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente {

double Duration::approx_days() const
{
    return months * (365.2425 / 12.0) + days;
}

Day Duration::after(Day from) const
{
    return months != 0 ? add_months(from, months) : from + days;
}

Duration parse_duration(std::string_view text)
{
    int n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
    Duration d;
    d.text = std::string(text);
    // Longer than every date there is (years 1 to 9999), and small enough
    // that a step of it from any date stays in the range of the calendar.
    constexpr int max_years = 10000;
    const bool known = unit == "y" || unit == "mo" || unit == "w" || unit == "d";
    if (ec == std::errc{} && n > 0 && known) {
        const double years = unit == "y" ? n : unit == "mo" ? n / 12.0 : (unit == "w" ? 7.0 * n : n) / 365.2425;
        if (years > max_years) throw UsageError(fmt::format("duration '{}' is longer than {} years", text, max_years));
        if (unit == "y") {
            d.months = 12 * n;
            return d;
        }
        if (unit == "mo") {
            d.months = n;
            return d;
        }
        if (unit == "w") {
            d.days = 7 * n;
            return d;
        }
        d.days = n;
        return d;
    }
    throw UsageError(fmt::format("invalid duration '{}' (expected a positive number followed by y, mo, w or d, "
                                 "e.g. 1y, 3mo, 2w, 10d)",
                                 text));
}

} // namespace entente
