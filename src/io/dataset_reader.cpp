#include "io/dataset_reader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "io/country_tables.hpp"
#include "io/embedded_data.hpp"
#include "io/event_row_parser.hpp"
#include "io/field_parsers.hpp"
#include "io/short_key_cache.hpp"
#include "io/table_reader.hpp"

namespace entente::io {
namespace {

/// Reads a date column; reports and returns nothing when it is not a date.
std::optional<PartialDate> date_field(TableReader& table, std::size_t column, std::string_view name)
{
    const std::string_view text = table.get(column);
    if (text.empty()) {
        table.error(column, fmt::format("missing {}", name));
        return std::nullopt;
    }
    DateParse parsed = parse_date(text);
    if (!parsed.date) table.error(column, parsed.error);
    return parsed.date;
}

} // namespace

ActorRegistry read_actors(std::istream& in, const std::string& path, Diagnostics& diagnostics)
{
    enum : std::size_t { c_id, c_name, c_kind, c_region, c_aliases };
    TableReader table(in, path, diagnostics,
                      {{"id", true}, {"name", true}, {"kind", true}, {"region", false}, {"aliases", false}});
    ActorRegistry actors;
    std::map<std::string, int, std::less<>> first_line;
    while (table.next()) {
        bool ok = true;
        const std::string_view id = table.get(c_id);
        if (id.empty()) {
            table.error(c_id, "missing actor id");
            ok = false;
        } else if (!is_valid_actor_id(id)) {
            table.error(c_id, invalid_id_message(id));
            ok = false;
        } else if (const auto it = first_line.find(id); it != first_line.end()) {
            table.error(c_id, fmt::format("duplicate actor id '{}' (first defined on line {})", id, it->second));
            ok = false;
        }
        if (table.get(c_name).empty()) {
            table.error(c_name, "missing name");
            ok = false;
        }
        const auto kind = parse_actor_kind(table.get(c_kind));
        if (!kind) {
            table.error(c_kind,
                        fmt::format("unknown kind '{}' (expected state, organization or group)", table.get(c_kind)));
            ok = false;
        }
        if (!ok) continue;
        first_line.emplace(std::string(id), table.line());
        actors.add(Actor{std::string(id), std::string(table.get(c_name)), *kind, std::string(table.get(c_region)),
                         split(table.get(c_aliases), '|')});
    }
    return actors;
}

std::vector<Era> read_eras(std::istream& in, const std::string& path, const ActorRegistry& actors,
                           Diagnostics& diagnostics, std::string_view why_unknown)
{
    enum : std::size_t { c_id, c_actor, c_label, c_start, c_end };
    TableReader table(in, path, diagnostics,
                      {{"id", true}, {"actor", true}, {"label", true}, {"start", true}, {"end", false}});
    std::vector<Era> eras;
    std::vector<int> lines;
    std::map<std::string, int, std::less<>> first_line;
    // The accepted eras of each actor by start day; they never overlap, so
    // an overlap is found next to where a new era would go, in O(log n).
    std::map<ActorIndex, std::map<Day, std::size_t>> by_start;
    UnknownActorMessages unknown_actor(actors, why_unknown);
    while (table.next()) {
        bool ok = true;
        const std::string_view id = table.get(c_id);
        if (id.empty()) {
            table.error(c_id, "missing era id");
            ok = false;
        } else if (id.front() == '.' || id.find_first_of("/\\") != std::string_view::npos ||
                   std::any_of(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
            // A report names the files of an era after its id (eras/<id>.svg).
            table.error(c_id, fmt::format("invalid era id '{}' (it names files: no / or \\, no control "
                                          "characters, not starting with .)",
                                          id));
            ok = false;
        } else if (const auto it = first_line.find(id); it != first_line.end()) {
            table.error(c_id, fmt::format("duplicate era id '{}' (first defined on line {})", id, it->second));
            ok = false;
        }
        const auto actor = actors.find(table.get(c_actor));
        if (!actor) {
            table.error(c_actor, unknown_actor(table.get(c_actor)));
            ok = false;
        }
        const auto start = date_field(table, c_start, "start date");
        std::optional<PartialDate> end;
        if (!table.get(c_end).empty()) {
            DateParse parsed = parse_date(table.get(c_end));
            if (!parsed.date) {
                table.error(c_end, parsed.error);
                ok = false;
            }
            end = parsed.date;
        }
        if (!start) ok = false;
        if (ok && end && end->interval.start == start->interval.start) {
            table.error(c_end, fmt::format("era ends on {}, the day it starts (the end is exclusive: a one-day era "
                                           "ends the day after)",
                                           table.get(c_end)));
            ok = false;
        } else if (ok && end && end->interval.start < start->interval.start) {
            table.error(c_end,
                        fmt::format("era ends on {} before it starts on {}", table.get(c_end), table.get(c_start)));
            ok = false;
        }
        if (!ok) continue;
        first_line.emplace(std::string(id), table.line());
        Era era{std::string(id), *actor, std::string(table.get(c_label)), start->interval.start, std::nullopt};
        if (end) era.end = end->interval.start;
        // An era may not overlap an earlier era of the same actor; the one
        // reported is the earliest it overlaps.
        constexpr Day open = std::numeric_limits<Day>::max();
        auto& starts = by_start[era.actor];
        const Day era_end = era.end.value_or(open);
        auto next = starts.lower_bound(era.start);
        std::optional<std::size_t> clash;
        if (next != starts.begin() && eras[std::prev(next)->second].end.value_or(open) > era.start)
            clash = std::prev(next)->second;
        else if (next != starts.end() && next->first < era_end)
            clash = next->second;
        if (clash) {
            const Era& other = eras[*clash];
            const Day from = std::max(era.start, other.start);
            const Day to = std::min(era_end, other.end.value_or(open));
            std::string when = fmt::format("from {} on", format_day(from));
            if (to == from + 1)
                when = fmt::format("on {}", format_day(from));
            else if (to != open)
                when = fmt::format("from {} to {}", format_day(from), format_day(to - 1));
            table.error(c_start,
                        fmt::format("era '{}' overlaps era '{}' (line {}) {}", era.id, other.id, lines[*clash], when));
            continue;
        }
        starts.emplace(era.start, eras.size());
        eras.push_back(std::move(era));
        lines.push_back(table.line());
    }
    return eras;
}

namespace {

/// The current row of a TableReader, as the row parser reads it.
class TableRow {
public:
    explicit TableRow(TableReader& table) : m_table(table) {}
    [[nodiscard]] std::string_view get(std::size_t column) const { return m_table.get(column); }
    [[nodiscard]] int line() const { return m_table.line(); }
    void error(std::size_t column, std::string message) { m_table.error(column, std::move(message)); }

private:
    TableReader& m_table;
};

template <class Actors>
void read_event_rows(std::istream& in, const std::string& path, const CameoTable& cameo, Diagnostics& diagnostics,
                     const EventSink& sink, Actors& actors)
{
    TableReader table(in, path, diagnostics, event_columns());
    EventRowParser parser(cameo);
    TableRow fields(table);
    EventRow row; // reused: clearing a fresh one per row showed in profiles
    while (table.next())
        if (parser.parse(fields, actors, row)) sink(row);
}

} // namespace

std::vector<ColumnSpec> event_columns()
{
    return {{"date", true},    {"source", true},  {"target", true}, {"code", true},
            {"weight", false}, {"end", false},    {"count", false}, {"summary", false},
            {"ref", false},    {"mutual", false}, {"per", false},   {"confidence", false}};
}

std::string invalid_id_message(std::string_view id)
{
    return fmt::format("invalid actor id '{}' (expected an upper-case letter, then upper-case letters, digits or _, "
                       "at most 32 characters)",
                       id);
}

std::string UnknownActorMessages::operator()(std::string_view id)
{
    if (const auto it = m_messages.find(id); it != m_messages.end()) return it->second;
    std::string message = fmt::format("unknown actor '{}' ({})", id, m_why_unknown);
    if (m_messages.size() >= k_max_hinted) return message;
    if (const auto hint = m_actors.suggest(id))
        message = fmt::format("unknown actor '{}' (did you mean '{}'?)", id, *hint);
    return m_messages.emplace(std::string(id), std::move(message)).first->second;
}

std::optional<ActorIndex> ActorsFromEvents::add(std::string_view id)
{
    if (auto known = m_actors.find(id)) return known;
    if (!is_valid_actor_id(id)) return std::nullopt;
    if (const Country* country = find_country(id))
        return added(Actor{country->code, country->name, ActorKind::state, {}, {}});
    if (const auto known = builtin_organisations().find(id)) return added(builtin_organisations().at(*known));
    m_not_countries.emplace_back(id);
    return added(Actor{std::string(id), std::string(id), ActorKind::group, {}, {}});
}

std::optional<ActorIndex> ActorsFromEvents::added(const Actor& actor)
{
    const std::optional<ActorIndex> index = m_actors.add(actor);
    if (index && m_named) m_named(*index, m_actors.id(*index));
    return index;
}

std::optional<std::string> not_countries_warning(const std::vector<std::string>& ids)
{
    if (ids.empty()) return std::nullopt;
    if (ids.size() == 1)
        return fmt::format("actor '{}' is not an ISO 3166 country code: taken as a group named {} (a dataset folder's "
                           "actors.csv can say what it is)",
                           ids[0], ids[0]);
    std::string listed;
    for (std::size_t i = 0; i < ids.size() && i < 10; ++i)
        listed += (i ? ", " : "") + ids[i];
    if (ids.size() > 10) listed += fmt::format(" and {} more", ids.size() - 10);
    return fmt::format("{} actors are not ISO 3166 country codes: taken as groups named by their ids: {} (a dataset "
                       "folder's actors.csv can say what they are)",
                       ids.size(), listed);
}

void read_events(std::istream& in, const std::string& path, const ActorRegistry& actors, const CameoTable& cameo,
                 Diagnostics& diagnostics, const EventSink& sink)
{
    KnownActors known(actors);
    read_event_rows(in, path, cameo, diagnostics, sink, known);
}

void read_bare_events(std::istream& in, const std::string& path, ActorRegistry& actors, const CameoTable& cameo,
                      Diagnostics& diagnostics, const EventSink& sink)
{
    ActorsFromEvents found(actors);
    read_event_rows(in, path, cameo, diagnostics, sink, found);
    if (const auto warning = not_countries_warning(found.not_countries())) diagnostics.warning(path, 0, 0, *warning);
}

CameoTable read_cameo_table(std::istream& in, const std::string& path, Diagnostics& diagnostics)
{
    enum : std::size_t { c_code, c_name, c_goldstein };
    TableReader table(in, path, diagnostics, {{"code", true}, {"name", true}, {"goldstein", true}});
    CameoTable cameo;
    while (table.next()) {
        const std::string_view code = table.get(c_code);
        const bool digits = !code.empty() && code.size() <= 4 &&
                            std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || code.size() < 2) {
            table.error(c_code, fmt::format("invalid CAMEO code '{}' (expected 2 to 4 digits)", code));
            continue;
        }
        auto weight = parse_weight(table.get(c_goldstein));
        if (auto* message = std::get_if<std::string>(&weight)) {
            table.error(c_goldstein, std::move(*message));
            continue;
        }
        if (cameo.size() >= std::numeric_limits<CodeIndex>::max()) {
            table.error(c_code, "too many codes");
            break;
        }
        if (!cameo.add({std::string(code), std::string(table.get(c_name)), std::get<double>(weight)}))
            table.error(c_code, fmt::format("duplicate CAMEO code '{}'", code));
    }
    return cameo;
}

const CameoTable& builtin_cameo_table()
{
    static const CameoTable table = [] {
        std::istringstream in{std::string(embedded_cameo_csv())};
        Diagnostics diagnostics;
        return read_cameo_table(in, "<built-in cameo.csv>", diagnostics);
    }();
    return table;
}

} // namespace entente::io
