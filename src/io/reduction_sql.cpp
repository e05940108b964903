#include "io/reduction_sql.hpp"

#include <fmt/format.h>

#include "core/cameo.hpp"
#include "core/errors.hpp"
#include "io/country_tables.hpp"
#include "io/dataset_reader.hpp"
#include "io/date_text.hpp"
#include "io/same_day_filter.hpp"
#include "io/source_columns.hpp"
#include "io/weight_tenths.hpp"

namespace entente::io {
namespace {

constexpr TextPattern k_eight_digits{"[0-9]{8}", "{0} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"};
constexpr TextPattern k_iso_day{"[0-9]{4}-[0-9]{2}-[0-9]{2}", "{0} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"};
constexpr TextPattern k_whole_number{"[0-9]+", "({0} <> '' AND {0} NOT GLOB '*[^0-9]*')"};
// A decimal number (the weights of GDELT and ICEWS): a sign, digits and one point.
constexpr TextPattern k_decimal{
    "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)",
    "(CASE WHEN substr({0}, 1, 1) IN ('+', '-') THEN substr({0}, 2) ELSE {0} END NOT GLOB '*[^0-9.]*' AND "
    "{0} GLOB '*[0-9]*' AND {0} NOT GLOB '*.*.*')"};

/// The columns every step after the mapping passes on.
constexpr std::string_view k_event_columns = "event_id, id_key, day, period, source, target, code, root, tenths";

bool is_gdelt(ImportFormat format)
{
    return format == ImportFormat::gdelt1 || format == ImportFormat::gdelt2;
}

/// Whether the import reads ids and keeps one row of each (always for GDELT; ICEWS unless --keep-repeated-ids).
bool one_row_an_id(const ImportOptions& o)
{
    return is_gdelt(o.format) || !o.keep_repeated_ids;
}

const EventColumns& columns_of(ImportFormat format)
{
    return is_gdelt(format) ? k_gdelt_columns : k_icews_columns;
}

/// The CAMEO country codes of states (regions have no ISO code, so no row) or the ICEWS names, with their ISO code.
std::string country_table(const Sql& sql, ImportFormat format)
{
    std::vector<std::vector<std::string>> rows;
    if (is_gdelt(format)) {
        for (const CameoCountry& c : cameo_countries())
            if (!c.iso3.empty()) rows.push_back({sql.text(c.code), sql.text(c.iso3)});
    } else {
        for (const IcewsCountry& c : icews_countries())
            rows.push_back({sql.text(c.name), sql.text(c.iso3)});
    }
    return sql.table("countries", {{"code"}, {"iso"}}, rows);
}

/// The CAMEO event codes with their root and Goldstein weight in tenths.
std::string cameo_table(const Sql& sql)
{
    const CameoTable& cameo = builtin_cameo_table();
    std::vector<std::vector<std::string>> rows;
    for (const CameoCode& c : cameo.codes())
        rows.push_back({sql.text(c.code), sql.text(fmt::format("{:02}", CameoTable::root(c.code))),
                        std::to_string(weight_tenths(c.goldstein))});
    return sql.table("cameo", {{"code"}, {"root"}, {"goldstein_tenths", true}}, rows);
}

/// The day as `YYYY-MM-DD`, NULL when the text has not the date's shape.
std::string day_expression(const Sql& sql, ImportFormat format)
{
    if (is_gdelt(format))
        return fmt::format("CASE WHEN {0} THEN substr(date_text, 1, 4) || '-' || substr(date_text, 5, 2) || '-' || "
                           "substr(date_text, 7, 2) END",
                           sql.matches("date_text", k_eight_digits));
    return fmt::format("CASE WHEN {} THEN date_text END", sql.matches("date_text", k_iso_day));
}

/// Whether y, m, d are a day of the calendar (parse_date's rule: no year 0).
std::string calendar_check(const Sql& sql)
{
    const auto remainder = [&](int by) { return sql.remainder("y", std::to_string(by)); };
    return fmt::format(
        "y >= 1 AND m BETWEEN 1 AND 12 AND d BETWEEN 1 AND CASE WHEN m = 2 THEN CASE WHEN {} = 0 AND ({} "
        "<> 0 OR {} = 0) THEN 29 ELSE 28 END WHEN m IN (4, 6, 9, 11) THEN 30 ELSE 31 END",
        remainder(4), remainder(100), remainder(400));
}

std::string period_expression(Aggregation aggregate)
{
    switch (aggregate) {
    case Aggregation::month:
        return "substr(day, 1, 7)";
    case Aggregation::year:
        return "substr(day, 1, 4)";
    case Aggregation::day:
    case Aggregation::none:
        break;
    }
    return "day";
}

/// --from, --to and --countries as a condition on a step's rows; empty without them.
std::string filters(const Sql& sql, const ImportOptions& o)
{
    std::vector<std::string> conditions;
    if (o.from) conditions.push_back("day >= " + sql.text(date_text(o.from->interval.start, DatePrecision::day)));
    if (o.to) conditions.push_back("day < " + sql.text(date_text(o.to->interval.end, DatePrecision::day)));
    if (!o.countries.empty()) {
        std::string list;
        for (const std::string& c : o.countries)
            list += (list.empty() ? "" : ", ") + sql.text(c);
        conditions.push_back(fmt::format("(source IN ({0}) OR target IN ({0}))", list));
    }
    return fmt::format("{}", fmt::join(conditions, " AND "));
}

/// The step `name`: the rows of `from` that come first of their `partition` in `order`.
std::string first_of(std::string_view name, std::string_view from, std::string_view partition, std::string_view order,
                     std::string_view comment)
{
    return fmt::format("{0} AS (\n  -- {5}\n  SELECT {1} FROM (\n    SELECT {1}, ROW_NUMBER() OVER (PARTITION BY {2} "
                       "ORDER BY {3}) AS nth\n    FROM {4}\n  ) AS numbered\n  WHERE nth = 1\n)",
                       name, k_event_columns, partition, order, from, comment);
}

std::string header(const ImportOptions& o, SqlDialect dialect, std::string_view table)
{
    std::string text =
        fmt::format("-- entente import {} --emit-sql {}\n"
                    "-- The rows of the events.csv that this import writes, from the raw events in {}.\n"
                    "-- Columns read: {}.\n"
                    "-- Save the result as CSV with a header row: entente reads it as an events file.\n",
                    option_words(o), to_string(dialect), table, fmt::join(reduction_columns(o.format), ", "));
    if (one_row_an_id(o))
        text += fmt::format("-- Of rows sharing one {}, the earliest dated is kept (the import keeps the first in the "
                            "files).\n",
                            columns_of(o.format).id.name);
    if (o.dedup == Dedup::daily)
        text += fmt::format("-- --dedup daily: of rows sharing a date, source, target and code, the lowest {} is kept "
                            "(the import keeps the first\n-- in the files), however far apart in the files (the "
                            "import checks rows up to {} days before the latest date read).\n",
                            columns_of(o.format).id.name, SameDayFilter::k_window_days);
    return text;
}

} // namespace

std::vector<std::string_view> reduction_columns(ImportFormat format)
{
    std::vector<std::string_view> names;
    for (const SourceColumn& c : in_order(columns_of(format)))
        names.push_back(c.name);
    return names;
}

std::string_view public_bigquery_table(ImportFormat format)
{
    switch (format) {
    case ImportFormat::gdelt1:
        return "gdelt-bq.full.events";
    case ImportFormat::gdelt2:
        return "gdelt-bq.gdeltv2.events";
    case ImportFormat::icews:
    case ImportFormat::cow_dipex:
        break;
    }
    return "";
}

std::string reduction_sql(const ImportOptions& o, SqlDialect dialect, std::string_view table)
{
    if (!is_gdelt(o.format) && o.format != ImportFormat::icews)
        throw UsageError(fmt::format("--emit-sql reduces gdelt1, gdelt2 or icews events, not {}", to_string(o.format)));
    if (o.aggregate == Aggregation::none)
        throw UsageError("--emit-sql needs --aggregate day, month or year: the query reduces the events to rows per "
                         "dyad, root code and period");
    const Sql sql(dialect);
    const EventColumns& c = columns_of(o.format);
    const std::string missing_weight =
        is_gdelt(o.format) ? "weight_text IS NULL OR weight_text = ''"
                           : fmt::format("weight_text IS NULL OR weight_text IN ('', {})", sql.text(k_icews_missing));
    const bool ids = one_row_an_id(o);

    std::vector<std::string> steps{country_table(sql, o.format), cameo_table(sql)};
    steps.push_back(fmt::format("source_rows AS (\n  SELECT\n    {} AS event_id,\n    {} AS date_text,\n    {} AS "
                                "source_code,\n    {} AS target_code,\n    {} AS code,\n    {} AS weight_text\n  "
                                "FROM {}\n)",
                                sql.as_text(sql.name(c.id.name)), sql.as_text(sql.name(c.date.name)),
                                sql.as_text(sql.name(c.source_country.name)),
                                sql.as_text(sql.name(c.target_country.name)), sql.as_text(sql.name(c.code.name)),
                                sql.as_text(sql.name(c.weight.name)), table));
    steps.push_back(fmt::format(
        "dated AS (\n  SELECT event_id, source_code, target_code, code, weight_text, day,\n    {} AS y, {} AS m, {} AS "
        "d\n  FROM (SELECT *, {} AS day FROM source_rows) AS with_day\n)",
        sql.to_number("substr(day, 1, 4)", true), sql.to_number("substr(day, 6, 2)", true),
        sql.to_number("substr(day, 9, 2)", true), day_expression(sql, o.format)));
    steps.push_back(fmt::format(
        "events_read AS (\n"
        "  -- the rules of the import: a whole-number id, a real date, two states (no region, no blank),\n"
        "  -- not the same one, a CAMEO code, a weight from -10 to 10 (blank: the code's Goldstein weight)\n"
        "  SELECT event_id, {} AS id_key, day, {} AS period, s.iso AS source, t.iso AS target, r.code, k.root,\n"
        "    CASE WHEN {} THEN k.goldstein_tenths ELSE {} END AS tenths\n"
        "  FROM dated AS r\n"
        "  JOIN countries AS s ON s.code = r.source_code\n"
        "  JOIN countries AS t ON t.code = r.target_code\n"
        "  JOIN cameo AS k ON k.code = r.code\n"
        "  WHERE {}day IS NOT NULL AND {}\n"
        "    AND s.iso <> t.iso\n"
        "    AND ({} OR ({} AND {} BETWEEN -10 AND 10))\n"
        ")",
        ids ? sql.trim_zeros("event_id", true) : "event_id", period_expression(o.aggregate), missing_weight,
        sql.to_number(fmt::format("ROUND({} * 10)", sql.to_number("weight_text", false)), true),
        ids ? sql.matches("event_id", k_whole_number) + " AND " : "", calendar_check(sql), missing_weight,
        sql.matches("weight_text", k_decimal), sql.to_number("weight_text", false)));

    // The order of the import: GDELT skips an id already imported, after --from/--to and
    // --countries; ICEWS keeps the first row of an id before them.
    const std::string by_date = "day, source, target, code, tenths";
    std::string last = "events_read";
    const auto keep_filtered = [&] {
        const std::string condition = filters(sql, o);
        if (condition.empty()) return;
        steps.push_back(fmt::format("kept AS (\n  -- --from, --to, --countries\n  SELECT {} FROM {}\n  WHERE {}\n)",
                                    k_event_columns, last, condition));
        last = "kept";
    };
    if (is_gdelt(o.format)) {
        keep_filtered();
        steps.push_back(first_of("first_of_id", last, "id_key", by_date, "a GLOBALEVENTID is imported once"));
        last = "first_of_id";
    } else if (ids) {
        steps.push_back(first_of("first_of_id", last, "id_key", by_date,
                                 "the first row of an Event ID is kept, whatever the filters make of it"));
        last = "first_of_id";
        keep_filtered();
    } else {
        keep_filtered();
    }
    if (o.dedup == Dedup::daily) {
        steps.push_back(first_of("one_a_day", last, "day, source, target, code", "LENGTH(id_key), id_key, tenths",
                                 "--dedup daily: one event a date, source, target and code"));
        last = "one_a_day";
    }
    std::uint64_t scale = 1; // tenths to units of 10^-k_mean_decimals
    for (int i = 1; i < k_mean_decimals; ++i)
        scale *= 10;
    const std::string one = std::to_string(scale * 10);
    steps.push_back(fmt::format("totals AS (\n  SELECT period, source, target, root, SUM(tenths) AS tenths, COUNT(*) "
                                "AS events\n  FROM {}\n  GROUP BY period, source, target, root\n)",
                                last));
    steps.push_back(fmt::format("means AS (\n  -- the mean weight in units of 1e-{}, rounded half away from zero\n"
                                "  SELECT period, source, target, root, tenths, events,\n    {} AS units\n"
                                "  FROM totals\n)",
                                k_mean_decimals,
                                sql.divide(fmt::format("(2 * ABS(tenths) * {} + events)", scale), "(2 * events)")));
    const std::string whole = sql.as_text(sql.divide("units", one));
    const std::string fraction = sql.remainder("units", one);
    return fmt::format("{}WITH\n{}\nSELECT\n  period AS {},\n  source AS {},\n  target AS {},\n  root AS {},\n"
                       "  CASE WHEN tenths < 0 AND units > 0 THEN '-' ELSE '' END || {} ||\n"
                       "    CASE WHEN {} = 0 THEN '' ELSE '.' || {} END AS {},\n"
                       "  events AS {}\nFROM means\nORDER BY period, source, target, root;\n",
                       header(o, dialect, table), fmt::join(steps, ",\n"), sql.name("date"), sql.name("source"),
                       sql.name("target"), sql.name("code"), whole, fraction,
                       sql.trim_zeros(sql.pad_zeros(sql.as_text(fraction), k_mean_decimals), false), sql.name("weight"),
                       sql.name("count"));
}

} // namespace entente::io
