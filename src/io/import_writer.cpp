#include "io/import_writer.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <tuple>

#include "core/cameo.hpp"
#include "io/country_tables.hpp"
#include "io/csv_field.hpp"
#include "io/date_text.hpp"
#include "io/weight_tenths.hpp"

namespace entente::io {
namespace {

/// Whether text can go into a CSV field of a dataset: valid UTF-8, no control characters.
bool clean_text(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
    return first_invalid_utf8(text) == std::string_view::npos;
}

} // namespace

std::size_t ImportWriter::KeyHash::operator()(const Key& k) const noexcept
{
    std::uint64_t h = static_cast<std::uint32_t>(k.period);
    h = h * 0x9E3779B97F4A7C15ULL + k.source;
    h = h * 0x9E3779B97F4A7C15ULL + k.target;
    h = h * 0x9E3779B97F4A7C15ULL + (static_cast<unsigned>(k.root) << 8U | k.precision);
    h = h * 0x9E3779B97F4A7C15ULL +
        (static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.end)) << 8U | k.end_precision);
    return static_cast<std::size_t>(h ^ (h >> 29U));
}

ImportWriter::ImportWriter(const ImportOptions& options) : m_options(options)
{
    if (options.from) m_from = options.from->interval.start;
    if (options.to) m_to = options.to->interval.end;
    for (const std::string& c : options.countries)
        m_countries.emplace(c, 1);
    if (options.dedup == Dedup::daily) m_same_day.emplace();
    m_events_file = std::make_unique<AtomicFile>(options.output / "events.csv");
    m_buffer.reserve(std::size_t{1} << 20);
    m_lasting = options.format == ImportFormat::cow_dipex;
    if (options.aggregate == Aggregation::none)
        m_buffer += m_lasting ? "date,source,target,code,weight,end,per,summary,ref\n"
                              : "date,source,target,code,weight,summary,ref\n";
    else
        m_buffer +=
            m_lasting ? "date,source,target,code,weight,count,end,per\n" : "date,source,target,code,weight,count\n";
}

bool ImportWriter::in_countries(std::string_view id)
{
    const auto flag = m_country_cache.find(id, [&](std::string_view key) -> std::optional<std::uint8_t> {
        return m_countries.find(key) != m_countries.end() ? 1 : 2;
    });
    return flag == 1;
}

std::uint32_t ImportWriter::actor(std::string_view id, std::string_view fallback_name)
{
    return *m_actor_cache.find(id, [&](std::string_view key) -> std::optional<std::uint32_t> {
        if (const auto it = m_actor_index.find(key); it != m_actor_index.end()) return it->second;
        const Country* country = find_country(key);
        const auto index = static_cast<std::uint32_t>(m_actors.size());
        m_actors.push_back({std::string(key), country ? country->name : std::string(fallback_name)});
        m_actor_index.emplace(std::string(key), index);
        return index;
    });
}

std::optional<Skip> ImportWriter::add(const ImportedEvent& event, FileTally& tally)
{
    const Day start = event.date.interval.start;
    if ((m_from && start < *m_from) || (m_to && start >= *m_to)) return Skip::dates;
    if (!m_countries.empty() && !in_countries(event.source) && !in_countries(event.target)) return Skip::countries;
    const std::uint32_t source = actor(event.source, event.source_name);
    const std::uint32_t target = actor(event.target, event.target_name);
    if (m_same_day) {
        const SameDayFilter::Verdict verdict = m_same_day->check(event.date, source, target, event.code);
        if (verdict == SameDayFilter::Verdict::repeat) return Skip::same_day;
        if (verdict == SameDayFilter::Verdict::unchecked) ++tally.unchecked_for_same_day;
    }
    ++m_events;
    if (m_options.aggregate == Aggregation::none)
        write_event(event, tally);
    else
        aggregate(event, source, target);
    return std::nullopt;
}

void ImportWriter::write_event(const ImportedEvent& event, FileTally& tally)
{
    std::string& out = m_buffer;
    out.append(event.date_text);
    out += ',';
    out.append(event.source);
    out += ',';
    out.append(event.target);
    out += ',';
    out.append(event.code);
    out += ',';
    out.append(event.weight_text);
    out += ',';
    if (m_lasting) {
        out.append(event.end_text);
        out += event.end ? ",year," : ",,";
    }
    const bool summary_ok = clean_text(event.summary);
    const bool ref_ok = clean_text(event.ref);
    if (!ref_ok) ++tally.refs_left_out;
    if (summary_ok) append_csv_field(out, event.summary);
    out += ',';
    if (ref_ok) append_csv_field(out, event.ref);
    out += '\n';
    ++m_rows;
    flush(false);
}

ImportWriter::Period ImportWriter::period_of(const PartialDate& date)
{
    if (m_last_date && m_last_date->interval == date.interval && m_last_date->precision == date.precision)
        return m_last_period;
    Period period{date.interval.start, date.precision};
    const Aggregation a = m_options.aggregate;
    if (a == Aggregation::year || date.precision == DatePrecision::year) {
        period = {day_from_civil(year_of(date.interval.start), 1, 1), DatePrecision::year};
    } else if (a == Aggregation::month || date.precision == DatePrecision::month) {
        period = {add_months(date.interval.start, 0), DatePrecision::month};
    }
    m_last_date = date;
    m_last_period = period;
    return period;
}

void ImportWriter::aggregate(const ImportedEvent& event, std::uint32_t source, std::uint32_t target)
{
    const Period period = period_of(event.date);
    Key key{period.start,
            0,
            source,
            target,
            static_cast<std::uint8_t>(period.precision),
            static_cast<std::uint8_t>(CameoTable::root(event.code)),
            0};
    // A lasting event keeps its end, and so a row of its own beside those that end otherwise.
    if (event.end) {
        key.end = event.end->interval.start;
        key.end_precision = static_cast<std::uint8_t>(static_cast<int>(event.end->precision) + 1);
    }
    Total& total = m_totals[key];
    ++total.count;
    total.tenths += weight_tenths(event.weight);
}

void ImportWriter::write_aggregates()
{
    std::vector<std::pair<Key, Total>> rows(m_totals.begin(), m_totals.end());
    m_totals.clear();
    std::sort(rows.begin(), rows.end(), [&](const auto& x, const auto& y) {
        const Key& a = x.first;
        const Key& b = y.first;
        if (a.period != b.period) return a.period < b.period;
        if (a.precision != b.precision) return a.precision < b.precision;
        if (a.source != b.source) return m_actors[a.source].id < m_actors[b.source].id;
        if (a.target != b.target) return m_actors[a.target].id < m_actors[b.target].id;
        if (a.root != b.root) return a.root < b.root;
        return std::tie(a.end_precision, a.end) < std::tie(b.end_precision, b.end);
    });
    for (const auto& [key, total] : rows) {
        // The mean weight: weight × count gives back the period's total.
        fmt::format_to(std::back_inserter(m_buffer), "{},{},{},{:02},{},{}",
                       date_text(key.period, static_cast<DatePrecision>(key.precision)), m_actors[key.source].id,
                       m_actors[key.target].id, key.root, mean_weight_text(total.tenths, total.count), total.count);
        if (m_lasting) {
            m_buffer += ',';
            if (key.end_precision != 0)
                m_buffer += date_text(key.end, static_cast<DatePrecision>(key.end_precision - 1)) + ",year";
            else
                m_buffer += ',';
        }
        m_buffer += '\n';
        ++m_rows;
        flush(false);
    }
}

void ImportWriter::flush(bool force)
{
    if (!force && m_buffer.size() < (std::size_t{1} << 20)) return;
    m_events_file->stream().write(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
    m_buffer.clear();
}

void ImportWriter::commit()
{
    if (m_options.aggregate != Aggregation::none) write_aggregates();
    flush(true);

    std::vector<const ActorEntry*> sorted;
    for (const ActorEntry& a : m_actors)
        sorted.push_back(&a);
    std::sort(sorted.begin(), sorted.end(), [](const ActorEntry* a, const ActorEntry* b) { return a->id < b->id; });
    std::string actors = "id,name,kind\n";
    for (const ActorEntry* a : sorted) {
        actors += a->id;
        actors += ',';
        append_csv_field(actors, a->name);
        actors += ",state\n";
    }
    m_events_file->commit();
    write_file_atomically(m_options.output / "actors.csv", actors);
}

} // namespace entente::io
