#include "io/import_options.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <numeric>

namespace entente::io {

std::string_view to_string(ImportFormat format)
{
    switch (format) {
    case ImportFormat::gdelt1:
        return "gdelt1";
    case ImportFormat::gdelt2:
        return "gdelt2";
    case ImportFormat::icews:
        return "icews";
    case ImportFormat::cow_dipex:
        return "cow-dipex";
    }
    return "gdelt1";
}

std::string_view to_string(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::none:
        return "none";
    case Aggregation::day:
        return "day";
    case Aggregation::month:
        return "month";
    case Aggregation::year:
        return "year";
    }
    return "none";
}

std::string_view to_string(Dedup dedup)
{
    return dedup == Dedup::daily ? "daily" : "none";
}

std::string option_words(const ImportOptions& o)
{
    std::string words = fmt::format("--source {}", to_string(o.format));
    if (o.dedup != Dedup::none) words += fmt::format(" --dedup {}", to_string(o.dedup));
    if (o.keep_repeated_ids) words += " --keep-repeated-ids";
    if (o.aggregate != Aggregation::none) words += fmt::format(" --aggregate {}", to_string(o.aggregate));
    if (!o.countries.empty()) words += fmt::format(" --countries {}", fmt::join(o.countries, ","));
    if (o.from) words += " --from " + format_date(*o.from);
    if (o.to) words += " --to " + format_date(*o.to);
    return words;
}

std::uint64_t FileTally::skipped_rows() const
{
    return std::accumulate(skipped.begin(), skipped.end(), std::uint64_t{0});
}

std::vector<Skip> skip_reasons(const ImportOptions& options)
{
    using enum Skip;
    std::vector<Skip> reasons;
    switch (options.format) {
    case ImportFormat::gdelt1:
    case ImportFormat::gdelt2:
        reasons = {columns,      event_id, date,   no_country, region, unknown_country,
                   same_country, code,     weight, duplicate,  dates,  countries};
        break;
    case ImportFormat::icews:
        // The Event ID is read only to find repeats.
        reasons = options.keep_repeated_ids
                      ? std::vector<Skip>{columns, date, no_country, unknown_country, same_country, code, weight}
                      : std::vector<Skip>{columns,      event_id, date,   no_country, unknown_country,
                                          same_country, code,     weight, duplicate};
        reasons.insert(reasons.end(), {dates, countries});
        break;
    case ImportFormat::cow_dipex:
        // The events are made from the observations once all are read: their
        // own counts (--from/--to, --countries, --dedup) are observation notes.
        return {columns, date, unknown_country, same_country};
    }
    if (options.dedup == Dedup::daily) reasons.push_back(same_day);
    return reasons;
}

std::string_view skip_text(ImportFormat format, Skip reason)
{
    const bool gdelt = format == ImportFormat::gdelt1 || format == ImportFormat::gdelt2;
    const bool icews = format == ImportFormat::icews;
    switch (reason) {
    case Skip::columns:
        if (format == ImportFormat::gdelt1) return "not 57 or 58 tab-separated columns";
        if (format == ImportFormat::gdelt2) return "not 61 tab-separated columns";
        return "not as many columns as the header";
    case Skip::event_id:
        return gdelt ? "GLOBALEVENTID not a whole number" : "Event ID not a whole number";
    case Skip::date:
        if (gdelt) return "SQLDATE not a valid YYYYMMDD date";
        if (icews) return "Event Date not a valid YYYY-MM-DD date";
        return "year not a year from 1 to 9999";
    case Skip::no_country:
        if (gdelt) return "Actor1CountryCode or Actor2CountryCode blank (not a state actor)";
        return "Source Country or Target Country missing (NA or empty)";
    case Skip::region:
        return "a CAMEO region code (AFR, EUR, WSB, ...), not a state";
    case Skip::unknown_country:
        if (gdelt) return "a country code in no table";
        if (icews) return "a country name in no table";
        return "a ccode that is no Correlates of War state";
    case Skip::same_country:
        return "the same country on both sides";
    case Skip::code:
        return gdelt ? "EventCode not a CAMEO code" : "CAMEO Code not a CAMEO code";
    case Skip::weight:
        return gdelt ? "GoldsteinScale not a number from -10 to 10" : "Intensity not a number from -10 to 10";
    case Skip::duplicate:
        if (gdelt) return "GLOBALEVENTID already imported";
        return "Event ID already seen: a repeat, the first row kept (--keep-repeated-ids imports every one)";
    case Skip::dates:
        return "dated before --from or after --to";
    case Skip::countries:
        return "neither country in --countries";
    case Skip::same_day:
        return "the same date, source, target and code as a row kept (--dedup daily)";
    }
    return "";
}

} // namespace entente::io
