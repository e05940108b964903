#include "io/leader_eras.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "io/csv_field.hpp"
#include "io/date_text.hpp"

namespace entente::io {
namespace {

constexpr Day k_open = std::numeric_limits<Day>::max();

Day first_day(const LeaderSpell& s)
{
    return s.start.interval.start;
}
/// The first day after the spell: the day after its end date.
Day day_after(const LeaderSpell& s)
{
    return s.end ? s.end->interval.end : k_open;
}
/// Up to this day the spell is surely in office: its end date's first day.
Day surely_until(const LeaderSpell& s)
{
    return s.end ? s.end->interval.start : k_open;
}

/// A Latin letter with an accent (the second byte of its two-byte UTF-8
/// form after 0xC3) as its plain lower-case letter; 0 for anything else.
char plain_letter(unsigned char second)
{
    // U+00C0 to U+00FF, upper and lower case alike.
    constexpr std::string_view k_letters = "aaaaaaaceeeeiiiidnooooo_ouuuuyts";
    if (second < 0x80 || second > 0xBF) return 0;
    const char c = k_letters[(second - 0x80U) % 32U];
    return c == '_' ? 0 : c;
}

/// A name as an id: lower-case ASCII letters and digits, runs of anything else one `_`.
std::string slug(std::string_view name)
{
    std::string out;
    bool gap = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        char letter = 0;
        if (c < 0x80 && std::isalnum(c))
            letter = static_cast<char>(std::tolower(c));
        else if (c == 0xC3 && i + 1 < name.size())
            letter = plain_letter(static_cast<unsigned char>(name[++i]));
        else if (c >= 0xC0) // another letter of another script: skip its bytes
            while (i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0U) == 0x80U)
                ++i;
        if (letter == 0) {
            gap = true;
            continue;
        }
        if (gap && !out.empty()) out += '_';
        gap = false;
        out += letter;
    }
    return out;
}

/// Gives out ids: `ecu_correa`, then `ecu_correa_2`, ...
class EraIds {
public:
    std::string next(const std::string& country, const std::string& leader)
    {
        std::string base = to_lower_ascii(country) + "_" + slug(leader);
        if (base.back() == '_') base += "leader";
        std::string id = base;
        for (int n = 2; !m_used.insert(id).second; ++n)
            id = fmt::format("{}_{}", base, n);
        return id;
    }

private:
    static std::string to_lower_ascii(std::string text)
    {
        for (char& c : text)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    }
    std::set<std::string> m_used;
};

/// The eras of one country's spells, sorted by first day and row.
void country_eras(const std::vector<const LeaderSpell*>& spells, const std::string& path, Diagnostics& diagnostics,
                  EraIds& ids, std::vector<EraRow>& out)
{
    // Overlaps: a spell starting while an earlier one is surely in office.
    std::vector<const LeaderSpell*> within(spells.size(), nullptr); // the spell each one overlaps
    std::vector<std::size_t> active;                                // earlier spells still surely in office
    for (std::size_t j = 0; j < spells.size(); ++j) {
        const Day start = first_day(*spells[j]);
        std::erase_if(active, [&](std::size_t i) { return surely_until(*spells[i]) <= start; });
        for (const std::size_t i : active) {
            const LeaderSpell& earlier = *spells[i];
            diagnostics.warning(
                path, spells[j]->line, spells[j]->start_column,
                fmt::format("{} takes office on {} while {} (line {}) is in office {}: an interim or "
                            "a shared rule? {}'s era is cut around it",
                            spells[j]->leader, format_date(spells[j]->start), earlier.leader, earlier.line,
                            earlier.end ? "up to " + format_date(*earlier.end) : "with no end", earlier.leader));
            // An interim: in office within the other's spell, which goes on after it.
            if (day_after(*spells[j]) < day_after(earlier)) within[j] = &earlier;
        }
        active.push_back(j);
    }

    // Every day where a spell starts or ends, at the finest precision given for it.
    std::map<Day, DatePrecision> bounds;
    const auto bound = [&](Day day, DatePrecision precision) {
        const auto [it, added] = bounds.emplace(day, precision);
        if (!added) it->second = std::max(it->second, precision);
    };
    for (const LeaderSpell* s : spells) {
        bound(first_day(*s), s->start.precision);
        if (s->end) bound(day_after(*s), s->end->precision);
    }

    // Each stretch between bounds belongs to the spell in office that began
    // last; consecutive stretches of one spell are one era.
    using Begun = std::pair<Day, std::size_t>; // (first day, index): the latest is the last element
    std::set<Begun> in_office;
    std::multimap<Day, Begun> leaving; // day after -> spell
    std::vector<int> eras_of(spells.size(), 0);
    std::size_t next_spell = 0;
    std::optional<std::size_t> owner;
    Day owner_since = 0;
    const auto close = [&](Day at) {
        if (!owner) return;
        const LeaderSpell& s = *spells[*owner];
        std::string label = s.leader;
        if (within[*owner]) label += fmt::format(" (interim, within {}'s spell)", within[*owner]->leader);
        if (eras_of[*owner]++ > 0) label += " (resumed)";
        out.push_back({ids.next(s.country, s.leader), s.country, label, date_text(owner_since, bounds[owner_since]),
                       at == k_open ? std::string() : date_text(at, bounds[at])});
        owner.reset();
    };
    for (const auto& [day, precision] : bounds) {
        for (auto it = leaving.begin(); it != leaving.end() && it->first <= day; it = leaving.erase(it))
            in_office.erase(it->second);
        for (; next_spell < spells.size() && first_day(*spells[next_spell]) <= day; ++next_spell) {
            const Begun begun{first_day(*spells[next_spell]), next_spell};
            in_office.insert(begun);
            leaving.emplace(day_after(*spells[next_spell]), begun);
        }
        const std::optional<std::size_t> now =
            in_office.empty() ? std::nullopt : std::optional<std::size_t>(in_office.rbegin()->second);
        if (now == owner) continue;
        close(day);
        owner = now;
        owner_since = day;
    }
    close(k_open);
}

} // namespace

std::vector<EraRow> leader_eras(const std::vector<LeaderSpell>& spells, const std::string& path,
                                Diagnostics& diagnostics)
{
    std::map<std::string, std::vector<const LeaderSpell*>> by_country;
    for (const LeaderSpell& s : spells)
        by_country[s.country].push_back(&s);
    EraIds ids;
    std::vector<EraRow> rows;
    for (auto& [country, list] : by_country) {
        std::stable_sort(list.begin(), list.end(),
                         [](const LeaderSpell* a, const LeaderSpell* b) { return first_day(*a) < first_day(*b); });
        country_eras(list, path, diagnostics, ids, rows);
    }
    return rows;
}

std::string eras_csv(const std::vector<EraRow>& rows)
{
    std::string out = "id,actor,label,start,end\n";
    for (const EraRow& r : rows) {
        out += fmt::format("{},{},", r.id, r.actor);
        append_csv_field(out, r.label);
        out += fmt::format(",{},{}\n", r.start, r.end);
    }
    return out;
}

} // namespace entente::io
