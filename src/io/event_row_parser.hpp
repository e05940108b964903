#pragma once
// The checks and conversions of one row of an events file, shared by the
// reader that takes a file in one pass (io/dataset_reader.cpp) and the one
// that reads line-aligned slices of it in parallel (io/event_scan.cpp), so
// that both accept the same rows and word every problem alike.
#include <concepts>
#include <fmt/format.h>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor_registry.hpp"
#include "core/cameo.hpp"
#include "core/date.hpp"
#include "io/byte_scan.hpp"
#include "io/dataset_reader.hpp"
#include "io/field_parsers.hpp"
#include "io/short_key_cache.hpp"
#include "io/table_reader.hpp"

namespace entente::io {

/// The columns of an events file, in the order of event_columns().
enum EventColumn : std::size_t {
    c_date,
    c_source,
    c_target,
    c_code,
    c_weight,
    c_end,
    c_count,
    c_summary,
    c_ref,
    c_mutual,
    c_per,
    c_confidence
};

/// The column specs of an events file (date, source, target and code required).
std::vector<ColumnSpec> event_columns();

/// What a row reader offers the parser: the text of a column of the current
/// row (empty when the file has no such column), its line, and a way to
/// report a problem at a column.
template <class Fields>
concept RowFields = requires(Fields& fields, std::size_t column, std::string message)
{
    {
        fields.get(column)
        } -> std::convertible_to<std::string_view>;
    {
        fields.line()
        } -> std::convertible_to<int>;
    fields.error(column, std::move(message));
};

/// A lookup by short text keys remembered in direct tables: three upper-case
/// letters (ISO 3166 alpha-3 codes, most actor ids) and two to four digits
/// (CAMEO codes) each have a slot; other keys go to the ShortKeyCache. The
/// lookup of every row of a large file: no hashing, no string compare, and
/// a plain index with a sentinel rather than an optional returned through
/// the stack.
template <typename Index> class KeyTable {
public:
    static constexpr Index k_none = std::numeric_limits<Index>::max();

    /// The index of `key`, from `lookup(key)` (an optional) the first time; k_none when it has none.
    template <typename Lookup> Index find(std::string_view key, Lookup&& lookup)
    {
        const int slot = slot_of(key);
        if (slot < 0) [[unlikely]] {
            const std::optional<Index> found = m_others.find(key, lookup);
            return found ? *found : k_none;
        }
        Index& known = m_slots[static_cast<std::size_t>(slot)];
        if (known == k_unknown) [[unlikely]] {
            const std::optional<Index> found = lookup(key);
            known = found ? *found : k_none;
        }
        return known;
    }

private:
    static constexpr Index k_unknown = std::numeric_limits<Index>::max() - 1; ///< not looked up yet
    static constexpr std::size_t k_letters = 26 * 26 * 26;
    /// The slot of three upper-case letters (0..17575) or of 2 to 4 digits (after them); -1 for other keys.
    static int slot_of(std::string_view key)
    {
        if (key.size() == 3 && key[0] >= 'A' && key[0] <= 'Z' && key[1] >= 'A' && key[1] <= 'Z' && key[2] >= 'A' &&
            key[2] <= 'Z')
            return ((key[0] - 'A') * 26 + (key[1] - 'A')) * 26 + (key[2] - 'A');
        if (key.size() < 2 || key.size() > 4) return -1;
        int number = 0;
        for (const char c : key) {
            if (c < '0' || c > '9') return -1;
            number = number * 10 + (c - '0');
        }
        // 2 digits: 0..99, 3 digits: 100..1099, 4 digits: 1100..11099 (a leading 0 counts).
        const int offset = key.size() == 2 ? 0 : key.size() == 3 ? 100 : 1100;
        return static_cast<int>(k_letters) + offset + number;
    }

    std::vector<Index> m_slots = std::vector<Index>(k_letters + 11100, k_unknown);
    ShortKeyCache<Index> m_others;
};

/// "invalid actor id ..." for an id that breaks is_valid_actor_id.
std::string invalid_id_message(std::string_view id);

/// "unknown actor" messages with a "did you mean" hint. A hint costs a pass
/// over every actor, so each distinct id is looked up once, and only the
/// first k_max_hinted distinct ids get one: past that many the file is not
/// meant for this actors.csv, and hints would cost O(rows x actors).
/// `why_unknown` ends a message without a hint.
class UnknownActorMessages {
public:
    explicit UnknownActorMessages(const ActorRegistry& actors, std::string_view why_unknown = "not in actors.csv")
        : m_actors(actors), m_why_unknown(why_unknown)
    {
    }

    std::string operator()(std::string_view id);

private:
    static constexpr std::size_t k_max_hinted = 100;
    const ActorRegistry& m_actors;
    std::string_view m_why_unknown;
    std::map<std::string, std::string, std::less<>> m_messages;
};

/// Actors named by a dataset folder's actors.csv: an id not there is an error.
class KnownActors {
public:
    explicit KnownActors(const ActorRegistry& actors) : m_actors(actors), m_unknown(actors) {}

    /// The actor, or KeyTable::k_none (and a problem reported).
    template <RowFields Fields> ActorIndex resolve(Fields& fields, std::size_t column, std::string_view role)
    {
        const std::string_view id = fields.get(column);
        const ActorIndex actor = m_table.find(id, [&](std::string_view key) { return m_actors.find(key); });
        if (actor == KeyTable<ActorIndex>::k_none) [[unlikely]]
            report(fields, column, role, id);
        return actor;
    }

private:
    template <RowFields Fields>
    [[gnu::cold, gnu::noinline]] void report(Fields& fields, std::size_t column, std::string_view role,
                                             std::string_view id)
    {
        fields.error(column, !id.empty() ? m_unknown(id) : fmt::format("missing {} actor", role));
    }

    const ActorRegistry& m_actors;
    UnknownActorMessages m_unknown;
    KeyTable<ActorIndex> m_table;
};

/// Actors of an events file used on its own: every valid id is an actor,
/// added to `actors` when it first appears (an ISO 3166 alpha-3 code as the
/// state the built-in country table names, any other id as a group named by
/// its id, listed by not_countries()).
class ActorsFromEvents {
public:
    /// `named`, when set, hears of each actor added: its index and id.
    explicit ActorsFromEvents(ActorRegistry& actors, std::function<void(ActorIndex, std::string_view)> named = {})
        : m_actors(actors), m_named(std::move(named))
    {
    }

    /// The actor, or KeyTable::k_none (and a problem reported).
    template <RowFields Fields> ActorIndex resolve(Fields& fields, std::size_t column, std::string_view role)
    {
        const std::string_view id = fields.get(column);
        const ActorIndex actor = m_table.find(id, [&](std::string_view key) { return add(key); });
        if (actor == KeyTable<ActorIndex>::k_none) [[unlikely]]
            report(fields, column, role, id);
        return actor;
    }

    /// The ids taken as groups, in order of first appearance.
    [[nodiscard]] const std::vector<std::string>& not_countries() const { return m_not_countries; }

private:
    template <RowFields Fields>
    [[gnu::cold, gnu::noinline]] static void report(Fields& fields, std::size_t column, std::string_view role,
                                                    std::string_view id)
    {
        fields.error(column, id.empty() ? fmt::format("missing {} actor", role) : invalid_id_message(id));
    }

    std::optional<ActorIndex> add(std::string_view id);

    /// Adds `actor` to the registry and tells `m_named`.
    std::optional<ActorIndex> added(const Actor& actor);

    ActorRegistry& m_actors;
    std::function<void(ActorIndex, std::string_view)> m_named;
    KeyTable<ActorIndex> m_table;
    std::vector<std::string> m_not_countries;
};

/// The warning that lists the ids of an events file taken as groups; none when there are none.
std::optional<std::string> not_countries_warning(const std::vector<std::string>& ids);

/// Checks one row and fills an EventRow from it. Keeps caches between rows
/// (codes, the last date), so one parser serves one reader.
class EventRowParser {
public:
    explicit EventRowParser(const CameoTable& cameo) : m_cameo(cameo) {}

    /// True with `row` filled when the row is valid; otherwise every problem
    /// found is reported through `fields` and `row` is unspecified. With
    /// `wanted`, a row of a dyad it refuses is false at once.
    template <RowFields Fields, class Actors>
    bool parse(Fields& fields, Actors& actors, EventRow& row,
               const std::function<bool(ActorIndex, ActorIndex)>* wanted = nullptr)
    {
        constexpr ActorIndex no_actor = KeyTable<ActorIndex>::k_none;
        ActorIndex source = no_actor, target = no_actor;
        if (wanted && *wanted) {
            source = actors.resolve(fields, c_source, "source");
            target = actors.resolve(fields, c_target, "target");
            if (source == no_actor || target == no_actor || !(*wanted)(source, target)) return false;
        }
        bool ok = true;
        row.end.reset();
        row.weight = 0.0;
        row.count = 1;
        row.mutual = false;
        row.per_year = false;
        // A file sorted by date repeats each date over many rows: parse it once
        // per run. The date is pointed to, not copied: g++ wrote a copy into
        // the stack in parts and read it back whole, which waited for the
        // parts' stores to reach the cache on every row.
        const PartialDate* date = m_last_date ? &*m_last_date : nullptr;
        if (const std::string_view text = fields.get(c_date); !date || !same_as_last_date(text)) {
            date = nullptr;
            if (const std::optional<PartialDate> parsed = date_field(fields)) {
                m_last_date_text.assign(text);
                m_last_date = parsed;
                date = &*m_last_date;
            }
        }
        if (date)
            row.date = *date;
        else
            ok = false;

        if (source == no_actor) source = actors.resolve(fields, c_source, "source");
        if (target == no_actor) target = actors.resolve(fields, c_target, "target");
        if (source == no_actor || target == no_actor) ok = false;
        if (source != no_actor && target != no_actor && source == target) [[unlikely]] {
            report_self_dyad(fields);
            ok = false;
        }

        const std::string_view code_text = fields.get(c_code);
        const CodeIndex code = m_codes.find(code_text, [&](std::string_view c) { return m_cameo.find(c); });
        const bool known_code = code != KeyTable<CodeIndex>::k_none;
        if (!known_code) [[unlikely]] {
            report_code(fields, code_text);
            ok = false;
        }

        if (const std::string_view weight = fields.get(c_weight); !weight.empty()) {
            if (const std::optional<double> simple = simple_weight(weight)) [[likely]] {
                row.weight = *simple;
            } else if (auto parsed = parse_weight(weight); auto* message = std::get_if<std::string>(&parsed)) {
                fields.error(c_weight, std::move(*message));
                ok = false;
            } else {
                row.weight = std::get<double>(parsed);
            }
        } else if (known_code) {
            row.weight = m_cameo.at(code).goldstein;
        }

        if (const std::string_view count = fields.get(c_count); !count.empty()) {
            auto parsed = parse_count(count);
            if (auto* message = std::get_if<std::string>(&parsed)) {
                fields.error(c_count, std::move(*message));
                ok = false;
            } else {
                row.count = std::get<std::uint32_t>(parsed);
            }
        }

        // mutual and per: empty fields (or no such columns) read as before: one-sided, a whole weight.
        if (!fields.get(c_mutual).empty() && !parsed_field(fields, c_mutual, parse_mutual, row.mutual)) ok = false;
        if (!fields.get(c_per).empty() && !parsed_field(fields, c_per, parse_per, row.per_year)) ok = false;
        double confidence = 0;
        if (!fields.get(c_confidence).empty() && !parsed_field(fields, c_confidence, parse_confidence, confidence))
            ok = false;

        if (const std::string_view end = fields.get(c_end); !end.empty()) {
            DateParse parsed = parse_date(end);
            if (!parsed.date) {
                fields.error(c_end, parsed.error);
                ok = false;
            } else if (date && parsed.date->interval.end < date->interval.end) {
                fields.error(c_end, fmt::format("end {} is before date {}", end, fields.get(c_date)));
                ok = false;
            }
            row.end = parsed.date;
        }
        if (!ok) return false;
        row.interval = {row.date.interval.start, row.end ? row.end->interval.end : row.date.interval.end};
        row.source = source;
        row.target = target;
        row.code = code;
        row.summary = fields.get(c_summary);
        row.ref = fields.get(c_ref);
        row.line = static_cast<std::uint32_t>(fields.line());
        return true;
    }

private:
    template <RowFields Fields> [[gnu::cold, gnu::noinline]] static void report_self_dyad(Fields& fields)
    {
        fields.error(c_target, fmt::format("source and target are the same actor '{}'", fields.get(c_source)));
    }
    template <RowFields Fields>
    [[gnu::cold, gnu::noinline]] static void report_code(Fields& fields, std::string_view code_text)
    {
        fields.error(c_code, code_text.empty() ? std::string("missing CAMEO code")
                                               : fmt::format("unknown CAMEO code '{}'", code_text));
    }

    /// Whether `text` is the last date parsed: 8 bytes at a time, then byte
    /// by byte, as a call of memcmp for ten bytes cost more than the compare itself.
    [[nodiscard]] bool same_as_last_date(std::string_view text) const
    {
        if (text.size() != m_last_date_text.size()) return false;
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8)
            if (load_word(text.data() + i) != load_word(m_last_date_text.data() + i)) return false;
        for (; i < text.size(); ++i)
            if (text[i] != m_last_date_text[i]) return false;
        return true;
    }

    /// Reads a column through one of io/field_parsers.hpp into `value`; reports
    /// the parser's message at the field and returns false when it refuses it.
    template <RowFields Fields, typename T>
    static bool parsed_field(Fields& fields, std::size_t column, Parsed<T> (*parse)(std::string_view), T& value)
    {
        auto parsed = parse(fields.get(column));
        if (auto* message = std::get_if<std::string>(&parsed)) {
            fields.error(column, std::move(*message));
            return false;
        }
        value = std::get<T>(parsed);
        return true;
    }

    template <RowFields Fields> std::optional<PartialDate> date_field(Fields& fields)
    {
        const std::string_view text = fields.get(c_date);
        if (text.empty()) {
            fields.error(c_date, "missing date");
            return std::nullopt;
        }
        DateParse parsed = parse_date(text);
        if (!parsed.date) fields.error(c_date, parsed.error);
        return parsed.date;
    }

    const CameoTable& m_cameo;
    KeyTable<CodeIndex> m_codes;
    std::string m_last_date_text;
    std::optional<PartialDate> m_last_date;
};

} // namespace entente::io
