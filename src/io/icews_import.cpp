// ICEWS coded event files (see event_importers.hpp).
#include <algorithm>
#include <array>
#include <charconv>
#include <fmt/format.h>
#include <vector>

#include "core/errors.hpp"
#include "io/country_tables.hpp"
#include "io/event_importers.hpp"
#include "io/field_parsers.hpp"
#include "io/field_splitter.hpp"
#include "io/source_columns.hpp"

namespace entente::io {

void import_icews(LineReader& lines, const CameoTable& cameo, IdSet* seen_ids, ImportWriter& writer, FileTally& tally)
{
    std::string_view line;
    if (!lines.next(line)) return;
    std::vector<std::string_view> f(split_fields(line, '\t', {}));
    split_fields(line, '\t', f);
    enum : std::size_t { c_id, c_date, c_source, c_target, c_code, c_intensity, c_count };
    constexpr auto columns = in_order(k_icews_columns);
    static_assert(columns.size() == c_count);
    std::array<std::size_t, c_count> at{};
    for (std::size_t c = 0; c < c_count; ++c) {
        const auto it = std::find(f.begin(), f.end(), columns[c].name);
        if (it == f.end()) {
            throw InputError(fmt::format("{}:1: no '{}' column in the header (is it an ICEWS events file?)", tally.name,
                                         columns[c].name));
        }
        at[c] = static_cast<std::size_t>(it - f.begin());
    }
    const std::size_t width = f.size();

    ShortKeyCache<CodeIndex> codes;
    std::string last_date_text;
    std::optional<PartialDate> last_date;
    std::string ref, goldstein;
    const auto missing = [](std::string_view v) { return v.empty() || v == k_icews_missing; };
    while (lines.next(line)) {
        ++tally.rows;
        if (split_fields(line, '\t', f) != width) {
            tally.skip(Skip::columns);
            continue;
        }
        std::uint64_t id = 0;
        if (seen_ids) {
            const std::string_view id_text = f[at[c_id]];
            const auto [id_end, id_error] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
            if (id_error != std::errc{} || id_end != id_text.data() + id_text.size()) {
                tally.skip(Skip::event_id);
                continue;
            }
        }
        const std::string_view date_text = f[at[c_date]];
        if (!last_date || date_text != last_date_text) {
            const DateParse parsed = parse_date(date_text);
            if (!parsed.date || parsed.date->precision != DatePrecision::day) {
                tally.skip(Skip::date);
                continue;
            }
            last_date = parsed.date;
            last_date_text = date_text;
        }
        const std::string_view name1 = f[at[c_source]], name2 = f[at[c_target]];
        if (missing(name1) || missing(name2)) {
            tally.skip(Skip::no_country);
            continue;
        }
        const auto source = icews_country_code(name1);
        const auto target = icews_country_code(name2);
        if (!source || !target) {
            tally.skip(Skip::unknown_country);
            continue;
        }
        if (*source == *target) {
            tally.skip(Skip::same_country);
            continue;
        }
        const auto code = codes.find(f[at[c_code]], [&](std::string_view c) { return cameo.find(c); });
        if (!code) {
            tally.skip(Skip::code);
            continue;
        }
        ImportedEvent event;
        const std::string_view intensity = f[at[c_intensity]];
        if (missing(intensity)) {
            event.weight = cameo.at(*code).goldstein;
            goldstein = fmt::format("{}", event.weight);
            event.weight_text = goldstein;
        } else {
            const auto weight = parse_weight(intensity);
            if (const double* w = std::get_if<double>(&weight)) {
                event.weight = *w;
                event.weight_text = intensity;
            } else {
                tally.skip(Skip::weight);
                continue;
            }
        }
        // The first row of an Event ID is the event, whatever --from, --to and
        // --countries make of it: the import streams and holds no row back, and
        // ICEWS marks no row of a repeat as the correction of another.
        if (seen_ids && !seen_ids->insert(id)) {
            tally.skip(Skip::duplicate);
            continue;
        }
        event.date = *last_date;
        event.date_text = last_date_text;
        event.source = *source;
        event.target = *target;
        event.code = f[at[c_code]];
        ref.assign("ICEWS event ").append(f[at[c_id]]);
        event.ref = ref;
        if (const auto left_out = writer.add(event, tally)) {
            tally.skip(*left_out);
            continue;
        }
        ++tally.events;
    }
}

} // namespace entente::io
