#pragma once
// The time model of DESIGN.md section 3: days since 1970-01-01, and dates of
// reduced precision (a year, a month, a day) read as half-open day intervals.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace entente {

/// Days since 1970-01-01 (negative before it).
using Day = std::int32_t;

/// A half-open interval of days [start, end).
struct Interval {
    Day start = 0;
    Day end = 0;
    [[nodiscard]] Day length() const { return end - start; }
    friend bool operator==(const Interval&, const Interval&) = default;
};

enum class DatePrecision { year, month, day };

/// A parsed date: the interval it covers and the precision it was given with.
struct PartialDate {
    Interval interval;
    DatePrecision precision = DatePrecision::day;
};

/// The outcome of parsing a date: a value, or the reason it is not one.
struct DateParse {
    std::optional<PartialDate> date;
    std::string error; ///< set when `date` is empty
};

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 0001 to 9999).
/// Errors name the rule broken: "malformed date '2019-1' (expected ...)" or
/// "impossible date '2019-02-30' (February 2019 has 28 days)".
DateParse parse_date(std::string_view text);

/// The day a `YYYY-MM-DD` string names; std::nullopt when it is not one.
std::optional<Day> parse_day(std::string_view text);

/// Day number of a calendar date (the date must be valid).
Day day_from_civil(int year, unsigned month, unsigned day);

/// `YYYY-MM-DD` of a day.
std::string format_day(Day day);

/// A window's days as `FIRST to LAST`, both included (the rule --from/--to
/// and FIRST..LAST follow): [2000-01-01, 2002-01-01) is `2000-01-01 to 2001-12-31`.
/// The window must hold a day.
std::string format_days(Interval window);

/// The date at the precision it was written with (`1928`, `2012-09`, `2008-03-02`).
std::string format_date(const PartialDate& date);

/// A window's first and last days at the coarsest precision that names them
/// exactly: `2000` and `2006` for [2000-01-01, 2007-01-01), `2018-06` and
/// `2018-06` for June 2018, else days. `first == last` for one period.
struct SpanText {
    std::string first, last;
    DatePrecision precision = DatePrecision::day;
};
SpanText describe_span(Interval window);

/// The calendar year a day falls in.
int year_of(Day day);

/// The month (1-12) a day falls in.
int month_of(Day day);

/// The first day of the month `months` months after the month holding `day`.
Day add_months(Day day, int months);

} // namespace entente
