#include "core/date.hpp"

#include <charconv>
#include <chrono>
#include <fmt/format.h>

namespace entente {
namespace {

using namespace std::chrono;

constexpr const char* k_month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};

bool all_digits(std::string_view s)
{
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

Day to_day(year_month_day ymd)
{
    return static_cast<Day>(sys_days{ymd}.time_since_epoch().count());
}

} // namespace

Day day_from_civil(int y, unsigned m, unsigned d)
{
    return to_day(year_month_day{year{y}, month{m}, day{d}});
}

DateParse parse_date(std::string_view text)
{
    auto malformed = [&] {
        return DateParse{std::nullopt, fmt::format("malformed date '{}' (expected YYYY, YYYY-MM or YYYY-MM-DD)", text)};
    };
    const bool shape_ok = (text.size() == 4 || (text.size() == 7 && text[4] == '-') ||
                           (text.size() == 10 && text[4] == '-' && text[7] == '-')) &&
                          all_digits(text.substr(0, 4)) && (text.size() < 7 || all_digits(text.substr(5, 2))) &&
                          (text.size() < 10 || all_digits(text.substr(8, 2)));
    if (!shape_ok) return malformed();

    const int y = to_int(text.substr(0, 4));
    if (y == 0) return {std::nullopt, fmt::format("impossible date '{}' (there is no year 0000)", text)};
    if (text.size() == 4) {
        return {PartialDate{{day_from_civil(y, 1, 1), day_from_civil(y + 1, 1, 1)}, DatePrecision::year}, {}};
    }
    const int m = to_int(text.substr(5, 2));
    if (m < 1 || m > 12)
        return {std::nullopt, fmt::format("impossible date '{}' (month {:02} does not exist)", text, m)};
    const year_month ym{year{y}, month{static_cast<unsigned>(m)}};
    const Day month_start = to_day(ym / 1);
    const Day next_month = add_months(month_start, 1);
    if (text.size() == 7) return {PartialDate{{month_start, next_month}, DatePrecision::month}, {}};

    const int d = to_int(text.substr(8, 2));
    const int days_in_month = next_month - month_start;
    if (d == 0) return {std::nullopt, fmt::format("impossible date '{}' (there is no day 00)", text)};
    if (d > days_in_month) {
        return {std::nullopt,
                fmt::format("impossible date '{}' ({} {} has {} days)", text, k_month_names[m - 1], y, days_in_month)};
    }
    const Day start = month_start + d - 1;
    return {PartialDate{{start, start + 1}, DatePrecision::day}, {}};
}

std::optional<Day> parse_day(std::string_view text)
{
    const DateParse p = parse_date(text);
    if (!p.date || p.date->precision != DatePrecision::day) return std::nullopt;
    return p.date->interval.start;
}

std::string format_day(Day d)
{
    const year_month_day ymd{sys_days{days{d}}};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

std::string format_days(Interval window)
{
    return format_day(window.start) + " to " + format_day(window.end - 1);
}

std::string format_date(const PartialDate& date)
{
    const std::string full = format_day(date.interval.start);
    switch (date.precision) {
    case DatePrecision::year:
        return full.substr(0, 4);
    case DatePrecision::month:
        return full.substr(0, 7);
    case DatePrecision::day:
        break;
    }
    return full;
}

SpanText describe_span(Interval window)
{
    const auto starts = [&](Day d, bool year) {
        const year_month_day ymd{sys_days{days{d}}};
        return ymd.day() == std::chrono::day{1} && (!year || ymd.month() == std::chrono::January);
    };
    DatePrecision precision = DatePrecision::day;
    if (starts(window.start, false) && starts(window.end, false))
        precision = starts(window.start, true) && starts(window.end, true) ? DatePrecision::year : DatePrecision::month;
    return {format_date({{window.start, window.start + 1}, precision}),
            format_date({{window.end - 1, window.end}, precision}), precision};
}

int year_of(Day d)
{
    return static_cast<int>(year_month_day{sys_days{days{d}}}.year());
}

int month_of(Day d)
{
    return static_cast<int>(static_cast<unsigned>(year_month_day{sys_days{days{d}}}.month()));
}

Day add_months(Day d, int n)
{
    const year_month_day ymd{sys_days{days{d}}};
    const year_month ym = year_month{ymd.year(), ymd.month()} + months{n};
    return to_day(ym / 1);
}

} // namespace entente
