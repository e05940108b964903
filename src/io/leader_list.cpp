#include "io/leader_list.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "core/text.hpp"
#include "io/country_tables.hpp"
#include "io/field_parsers.hpp"
#include "io/table_reader.hpp"

namespace entente::io {
namespace {

bool missing(std::string_view text)
{
    return text.empty() || text == "NA" || text == ".";
}

/// The state of a `ccode` field as an actor id, or an error at `column`.
std::optional<std::string> state_of(TableReader& table, std::size_t column)
{
    const std::string_view text = table.get(column);
    const auto ccode = whole_number(text);
    const CowCountry* state = ccode ? find_cow_country(*ccode) : nullptr;
    if (!state) {
        table.error(column, ccode ? fmt::format("ccode {} is no Correlates of War state", *ccode)
                                  : fmt::format("ccode '{}' is not a whole number", text));
        return std::nullopt;
    }
    return state->id;
}

/// A date field (YYYY, YYYY-MM or YYYY-MM-DD), or an error at `column`.
std::optional<PartialDate> date_at(TableReader& table, std::size_t column, std::string_view what)
{
    const DateParse parsed = parse_date(table.get(column));
    if (!parsed.date) table.error(column, fmt::format("{}: {}", what, parsed.error));
    return parsed.date;
}

/// A year and month (and a day of that month when `day` is not empty) as a date, or an error.
std::optional<PartialDate> date_of(TableReader& table, std::size_t year_column, std::size_t month_column,
                                   std::optional<std::size_t> day_column, std::string_view what)
{
    const auto year = whole_number(table.get(year_column));
    if (!year || *year < 1 || *year > 9999) {
        table.error(year_column,
                    fmt::format("{} year '{}' is not a year from 1 to 9999", what, table.get(year_column)));
        return std::nullopt;
    }
    const auto month = whole_number(table.get(month_column));
    if (!month || *month < 1 || *month > 12) {
        table.error(month_column,
                    fmt::format("{} month '{}' is not a month from 1 to 12", what, table.get(month_column)));
        return std::nullopt;
    }
    std::string text = fmt::format("{:04}-{:02}", *year, *month);
    if (day_column) {
        const std::string_view day_text = table.get(*day_column);
        if (day_text.size() == 10) { // a full date: it must agree with the year and month
            if (day_text.substr(0, 7) != text) {
                table.error(*day_column,
                            fmt::format("{} date '{}' is not in {} of syear and smonth", what, day_text, text));
                return std::nullopt;
            }
            return date_at(table, *day_column, what);
        }
        const auto day = whole_number(day_text);
        if (!day || *day < 1 || *day > 31) {
            table.error(*day_column, fmt::format("{} day '{}' is not a day of the month", what, day_text));
            return std::nullopt;
        }
        text += fmt::format("-{:02}", *day);
        const DateParse parsed = parse_date(text);
        if (!parsed.date) table.error(*day_column, fmt::format("{}: {}", what, parsed.error));
        return parsed.date;
    }
    return parse_date(text).date;
}

bool wanted(const std::vector<std::string>& countries, const std::string& country)
{
    return countries.empty() || std::find(countries.begin(), countries.end(), country) != countries.end();
}

std::vector<LeaderSpell> read_reign(TableReader& table, const std::vector<std::string>& countries)
{
    enum : std::size_t { c_ccode, c_leader, c_sdate, c_smonth, c_syear, c_emonth, c_eyear };
    std::vector<LeaderSpell> spells;
    while (table.next()) {
        const auto country = state_of(table, c_ccode);
        if (!country || !wanted(countries, *country)) continue;
        const bool day_known = !missing(table.get(c_sdate));
        const auto start =
            date_of(table, c_syear, c_smonth, day_known ? std::optional<std::size_t>(c_sdate) : std::nullopt, "start");
        std::optional<PartialDate> end;
        const bool in_office = missing(table.get(c_eyear)) && missing(table.get(c_emonth));
        if (!in_office) {
            end = date_of(table, c_eyear, c_emonth, std::nullopt, "end");
            if (!end) continue;
        }
        if (!start) continue;
        const int start_column = table.position(day_known ? c_sdate : c_syear) + 1;
        spells.push_back({table.line(), start_column, *country, std::string(table.get(c_leader)), *start, end});
    }
    return spells;
}

std::vector<LeaderSpell> read_archigos(TableReader& table, const std::vector<std::string>& countries)
{
    enum : std::size_t { c_ccode, c_leader, c_startdate, c_enddate, c_exit };
    std::vector<LeaderSpell> spells;
    while (table.next()) {
        const auto country = state_of(table, c_ccode);
        if (!country || !wanted(countries, *country)) continue;
        const auto start = date_at(table, c_startdate, "startdate");
        std::optional<PartialDate> end;
        const bool in_office = missing(table.get(c_enddate)) || to_lower(table.get(c_exit)) == "still in office";
        if (!in_office) {
            end = date_at(table, c_enddate, "enddate");
            if (!end) continue;
        }
        if (!start) continue;
        spells.push_back(
            {table.line(), table.position(c_startdate) + 1, *country, std::string(table.get(c_leader)), *start, end});
    }
    return spells;
}

} // namespace

std::string_view to_string(LeaderSource source)
{
    return source == LeaderSource::reign ? "reign" : "archigos";
}

std::vector<LeaderSpell> read_leader_list(std::istream& in, const std::string& path, LeaderSource source,
                                          const std::vector<std::string>& countries, Diagnostics& diagnostics)
{
    std::vector<ColumnSpec> columns;
    if (source == LeaderSource::reign)
        columns = {{"ccode", true}, {"leader", true}, {"sdate", false}, {"smonth", true},
                   {"syear", true}, {"emonth", true}, {"eyear", true}};
    else
        columns = {{"ccode", true}, {"leader", true}, {"startdate", true}, {"enddate", true}, {"exit", false}};
    TableReader table(in, path, diagnostics, std::move(columns), OtherColumns::ignore);
    std::vector<LeaderSpell> spells =
        source == LeaderSource::reign ? read_reign(table, countries) : read_archigos(table, countries);
    // A spell must end after it starts (on its start date: a leader of one day),
    // and its era needs a day after its end.
    for (const LeaderSpell& s : spells) {
        if (s.end && year_of(s.end->interval.end) > 9999)
            diagnostics.error(
                path, s.line, s.start_column,
                fmt::format("{} ends in 9999: an era ends on the day after, which no date can name", s.leader));
        else if (s.end && s.end->interval.end <= s.start.interval.start)
            diagnostics.error(path, s.line, s.start_column,
                              fmt::format("{} ends on {}, before starting on {}", s.leader, format_date(*s.end),
                                          format_date(s.start)));
    }
    return spells;
}

} // namespace entente::io
