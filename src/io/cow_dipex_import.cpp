// Correlates of War Diplomatic Exchange files (see event_importers.hpp).
#include <algorithm>
#include <array>
#include <filesystem>
#include <fmt/format.h>
#include <optional>
#include <vector>

#include "core/errors.hpp"
#include "io/country_tables.hpp"
#include "io/event_importers.hpp"
#include "io/field_parsers.hpp"
#include "io/field_splitter.hpp"

namespace entente::io {
namespace {

// Counts kept in each file's notes, in this order.
constexpr std::string_view k_observations = "observations (two a row: each side's representation at the other)";
constexpr std::string_view k_twice = "observations also given by the mirrored row (used once)";
constexpr std::string_view k_conflict = "observations contradicting the mirrored row (the first one kept)";
constexpr std::string_view k_level9 = "observations of level 9, missing (the level known before holds)";
constexpr std::string_view k_bad_level =
    "observations of a level that is not 0, 1, 2, 3 or 9 (missing: the level known before holds)";
constexpr std::string_view k_ties = "observations of a representative: ties (CAMEO 050) held to the next observation";
constexpr std::string_view k_downgrades = "observations of a lower level than the one before: downgrades (CAMEO 161)";
constexpr std::string_view k_dates = "events dated before --from or after --to";
constexpr std::string_view k_countries = "events with neither country in --countries";

std::uint64_t& note(FileTally& tally, std::string_view label)
{
    for (auto& [name, count] : tally.notes)
        if (name == label) return count;
    return tally.notes.emplace_back(std::string(label), 0).second;
}

std::string_view unquoted(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') return text.substr(1, text.size() - 2);
    return text;
}

std::string_view level_name(int level)
{
    switch (level) {
    case 1:
        return "a chargé d'affaires";
    case 2:
        return "a minister";
    default:
        return "an ambassador";
    }
}

} // namespace

void DipexImport::read(LineReader& lines, std::size_t file, FileTally& tally)
{
    for (const auto label : {k_observations, k_twice, k_conflict, k_level9, k_bad_level, k_ties, k_downgrades, k_dates,
                             k_countries, k_same_day_note})
        note(tally, label);
    std::string_view line;
    if (!lines.next(line)) return;
    std::vector<std::string_view> f(split_fields(line, ',', {}));
    split_fields(line, ',', f);
    for (auto& name : f)
        name = unquoted(name);
    enum : std::size_t { c_ccode1, c_ccode2, c_year, c_dr_at_1, c_dr_at_2, c_count };
    constexpr std::array<std::string_view, c_count> names{"ccode1", "ccode2", "year", "DR_at_1", "DR_at_2"};
    std::array<std::size_t, c_count> at{};
    for (std::size_t c = 0; c < c_count; ++c) {
        const auto it = std::find(f.begin(), f.end(), names[c]);
        if (it == f.end()) {
            throw InputError(
                fmt::format("{}:1: no '{}' column in the header (is it a Correlates of War Diplomatic Exchange file?)",
                            tally.name, names[c]));
        }
        at[c] = static_cast<std::size_t>(it - f.begin());
    }
    const std::size_t width = f.size();

    while (lines.next(line)) {
        ++tally.rows;
        if (split_fields(line, ',', f) != width) {
            tally.skip(Skip::columns);
            continue;
        }
        const auto year = whole_number(f[at[c_year]]);
        if (!year || *year < 1 || *year > 9999) {
            tally.skip(Skip::date);
            continue;
        }
        const auto ccode1 = whole_number(f[at[c_ccode1]]);
        const auto ccode2 = whole_number(f[at[c_ccode2]]);
        const CowCountry* side1 = ccode1 ? find_cow_country(*ccode1) : nullptr;
        const CowCountry* side2 = ccode2 ? find_cow_country(*ccode2) : nullptr;
        if (!side1 || !side2) {
            tally.skip(Skip::unknown_country);
            continue;
        }
        if (side1->id == side2->id) {
            tally.skip(Skip::same_country);
            continue;
        }
        // DR_at_1: side 2's representative at side 1; DR_at_2 the other way.
        const std::array<std::tuple<int, int, std::string_view>, 2> observed{
            {{*ccode2, *ccode1, f[at[c_dr_at_1]]}, {*ccode1, *ccode2, f[at[c_dr_at_2]]}}};
        for (const auto& [sender, host, level_text] : observed) {
            ++note(tally, k_observations);
            const int level = whole_number(level_text).value_or(-1);
            if (level == 9)
                ++note(tally, k_level9);
            else if (level < 0 || level > 3)
                ++note(tally, k_bad_level);
            const auto [it, added] =
                m_dyads[{sender, host}].try_emplace(*year, Observation{level, file, lines.line_number()});
            if (!added) ++note(tally, it->second.level == level ? k_twice : k_conflict);
        }
    }
}

void DipexImport::write(ImportWriter& writer, std::vector<FileTally>& tallies) const
{
    struct Event {
        int year = 0;
        int last_year = 0; ///< a tie's last year, held to the next observation
        const CowCountry* sender = nullptr;
        const CowCountry* host = nullptr;
        int level = 0;  ///< a tie's level, or the level a downgrade falls to
        int before = 0; ///< a downgrade's level before
        const Observation* observation = nullptr;
    };
    std::vector<Event> events;
    for (const auto& [dyad, years] : m_dyads) {
        const CowCountry* sender = find_cow_country(dyad.first);
        const CowCountry* host = find_cow_country(dyad.second);
        // The record's last survey is taken to span the gap before it (a
        // survey's usual span), or its year alone; years end at 9999.
        const int last_surveyed = years.rbegin()->first;
        const int record_end =
            std::min(9999, years.size() < 2 ? last_surveyed : 2 * last_surveyed - std::next(years.rbegin())->first - 1);
        // Level 9 (and a level that is none of 0-3) is a missing observation,
        // not "no representative": the level known before holds through it, so
        // a gap in the survey is neither a break nor, when it ends, a renewal.
        int known = 0;
        std::optional<Event> held; // the tie last observed, until the next level is known
        for (const auto& [year, observation] : years) {
            const int level = observation.level;
            if (level < 0 || level > 3) continue;
            if (held) {
                held->last_year = year - 1;
                events.push_back(*held);
                held.reset();
            }
            if (level < known) events.push_back({year, year, sender, host, level, known, &observation});
            known = level;
            if (level > 0) held = Event{year, year, sender, host, level, 0, &observation};
        }
        if (held) {
            held->last_year = std::max(held->year, record_end);
            events.push_back(*held);
        }
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.year, a.sender->id, a.host->id, a.before) <
               std::tie(b.year, b.sender->id, b.host->id, b.before);
    });

    const std::string_view tie = m_cameo.at(*m_cameo.find("050")).code;
    const std::string_view downgrade = m_cameo.at(*m_cameo.find("161")).code;
    // Names as actors.csv gives them: the country table's, else COW's.
    const auto name = [](const CowCountry* state) -> std::string_view {
        const Country* country = find_country(state->id);
        return country ? std::string_view(country->name) : std::string_view(state->name);
    };
    for (const Event& e : events) {
        FileTally& tally = tallies[e.observation->file];
        const bool is_tie = e.before == 0;
        const std::string year = fmt::format("{:04}", e.year);
        const std::string last_year = fmt::format("{:04}", e.last_year);
        // The weight is the level: a tie weighs 1 to 3 a year held, a downgrade the levels lost.
        const int weight = is_tie ? e.level : e.level - e.before;
        const std::string weight_text = fmt::format("{}", weight);
        std::string summary;
        if (is_tie)
            summary = fmt::format("{} has {} in {}", name(e.sender), level_name(e.level), name(e.host));
        else if (e.level == 0)
            summary = fmt::format("{} no longer has a representative in {} (had {})", name(e.sender), name(e.host),
                                  level_name(e.before));
        else
            summary = fmt::format("{} has {} in {}, down from {}", name(e.sender), level_name(e.level), name(e.host),
                                  level_name(e.before));
        const std::string ref =
            fmt::format("{}:{}", std::filesystem::path(tally.name).filename().string(), e.observation->line);
        ImportedEvent event;
        event.date = *parse_date(year).date;
        event.date_text = year;
        if (e.last_year != e.year) {
            event.end = parse_date(last_year).date;
            event.end_text = last_year;
        }
        event.source = e.sender->id;
        event.target = e.host->id;
        event.source_name = e.sender->name;
        event.target_name = e.host->name;
        event.code = is_tie ? tie : downgrade;
        event.weight = weight;
        event.weight_text = weight_text;
        event.summary = summary;
        event.ref = ref;
        ++note(tally, is_tie ? k_ties : k_downgrades);
        if (const auto left_out = writer.add(event, tally)) {
            ++note(tally, *left_out == Skip::dates       ? k_dates
                          : *left_out == Skip::countries ? k_countries
                                                         : k_same_day_note);
            continue;
        }
        ++tally.events;
    }
}

} // namespace entente::io
