// GDELT 1.0 and 2.0 event files (see event_importers.hpp).
#include <array>
#include <charconv>
#include <fmt/format.h>

#include "io/country_tables.hpp"
#include "io/event_importers.hpp"
#include "io/field_parsers.hpp"
#include "io/field_splitter.hpp"
#include "io/source_columns.hpp"

namespace entente::io {
namespace {

// Columns of a GDELT event row (0-based); 1.0 and 2.0 share all but SOURCEURL.
constexpr std::size_t c_id = k_gdelt_columns.id.index, c_date = k_gdelt_columns.date.index,
                      c_actor1_country = k_gdelt_columns.source_country.index,
                      c_actor2_country = k_gdelt_columns.target_country.index, c_code = k_gdelt_columns.code.index,
                      c_goldstein = k_gdelt_columns.weight.index;

/// SQLDATE (`20160728`) as a day, remembering the last one: rows come in runs of one date.
class SqlDates {
public:
    /// The date and its ISO text, or nothing when the text is no valid YYYYMMDD date.
    const PartialDate* parse(std::string_view sqldate)
    {
        if (m_valid && sqldate == std::string_view(m_sqldate.data(), m_sqldate.size())) return &m_date;
        m_valid = false;
        if (sqldate.size() != 8) return nullptr;
        std::copy(sqldate.begin(), sqldate.end(), m_sqldate.begin());
        const std::array<char, 10> iso{sqldate[0], sqldate[1], sqldate[2], sqldate[3], '-',
                                       sqldate[4], sqldate[5], '-',        sqldate[6], sqldate[7]};
        m_text = iso;
        const DateParse parsed = parse_date(text());
        if (!parsed.date) return nullptr;
        m_date = *parsed.date;
        m_valid = true;
        return &m_date;
    }
    [[nodiscard]] std::string_view text() const { return {m_text.data(), m_text.size()}; }

private:
    std::array<char, 8> m_sqldate{};
    std::array<char, 10> m_text{};
    PartialDate m_date;
    bool m_valid = false;
};

} // namespace

void import_gdelt(LineReader& lines, ImportFormat format, const CameoTable& cameo, IdSet& imported,
                  ImportWriter& writer, FileTally& tally)
{
    const bool v2 = format == ImportFormat::gdelt2;
    std::array<std::string_view, 61> f;
    ShortKeyCache<const CameoCountry*> countries;
    ShortKeyCache<CodeIndex> codes;
    SqlDates dates;
    const auto find_country = [](std::string_view code) -> std::optional<const CameoCountry*> {
        if (const CameoCountry* c = find_cameo_country(code)) return c;
        return std::nullopt;
    };
    std::string_view line;
    while (lines.next(line)) {
        ++tally.rows;
        const std::size_t n = split_fields(line, '\t', f);
        if (v2 ? n != 61 : (n != 57 && n != 58)) {
            tally.skip(Skip::columns);
            continue;
        }
        std::uint64_t id = 0;
        const std::string_view id_text = f[c_id];
        const auto [id_end, id_error] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
        if (id_error != std::errc{} || id_end != id_text.data() + id_text.size()) {
            tally.skip(Skip::event_id);
            continue;
        }
        const PartialDate* date = dates.parse(f[c_date]);
        if (!date) {
            tally.skip(Skip::date);
            continue;
        }
        const std::string_view code1 = f[c_actor1_country], code2 = f[c_actor2_country];
        if (code1.empty() || code2.empty()) {
            tally.skip(Skip::no_country);
            continue;
        }
        const auto country1 = countries.find(code1, find_country);
        const auto country2 = countries.find(code2, find_country);
        if ((country1 && (*country1)->iso3.empty()) || (country2 && (*country2)->iso3.empty())) {
            tally.skip(Skip::region);
            continue;
        }
        if (!country1 || !country2) {
            tally.skip(Skip::unknown_country);
            continue;
        }
        const std::string_view source = (*country1)->iso3, target = (*country2)->iso3;
        if (source == target) {
            tally.skip(Skip::same_country);
            continue;
        }
        const auto code = codes.find(f[c_code], [&](std::string_view c) { return cameo.find(c); });
        if (!code) {
            tally.skip(Skip::code);
            continue;
        }
        ImportedEvent event;
        event.weight_text = f[c_goldstein];
        std::string goldstein;
        if (event.weight_text.empty()) {
            event.weight = cameo.at(*code).goldstein;
            goldstein = fmt::format("{}", event.weight);
            event.weight_text = goldstein;
        } else {
            const auto weight = parse_weight(event.weight_text);
            if (const double* w = std::get_if<double>(&weight)) {
                event.weight = *w;
            } else {
                tally.skip(Skip::weight);
                continue;
            }
        }
        if (imported.contains(id)) {
            tally.skip(Skip::duplicate);
            continue;
        }
        event.date = *date;
        event.date_text = dates.text();
        event.source = source;
        event.target = target;
        event.code = f[c_code];
        if (v2)
            event.ref = f[k_gdelt2_url.index];
        else if (n == k_gdelt1_url.index + 1)
            event.ref = f[k_gdelt1_url.index];
        if (const auto left_out = writer.add(event, tally)) {
            tally.skip(*left_out);
            continue;
        }
        imported.insert(id);
        ++tally.events;
    }
}

} // namespace entente::io
