#pragma once
// The events of a dataset, immutable and sorted by start day, in compact
// columns (31 bytes an event; 35 when some have a count other than 1, 39
// when some have an `end`, one more when some are mutual or per year).
// Summary and ref texts live in one shared pool, kept only when the loader
// asks for them and a row has one; a row that left them in the events file
// (EventRow::text_left) keeps where its line starts there instead.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/cameo.hpp"
#include "core/date.hpp"

#include "io/dataset_reader.hpp"

namespace entente::model {

/// Index of an event in its EventStore (time order).
using EventIndex = std::uint32_t;

class EventStore {
public:
    [[nodiscard]] std::size_t size() const { return m_start.size(); }
    [[nodiscard]] bool empty() const { return m_start.empty(); }

    [[nodiscard]] Interval interval(EventIndex e) const { return {m_start[e], m_end[e]}; }
    [[nodiscard]] ActorIndex source(EventIndex e) const { return m_source[e]; }
    [[nodiscard]] ActorIndex target(EventIndex e) const { return m_target[e]; }
    [[nodiscard]] CodeIndex code(EventIndex e) const { return m_code[e]; }
    [[nodiscard]] double weight(EventIndex e) const { return m_weight[e]; }
    [[nodiscard]] std::uint32_t count(EventIndex e) const { return m_count.empty() ? 1 : m_count[e]; }
    /// The act is by both source and target (the `mutual` column).
    [[nodiscard]] bool mutual(EventIndex e) const { return !m_flags.empty() && (m_flags[e] & k_mutual) != 0; }
    /// The weight is per year of the event's interval (the `per` column).
    [[nodiscard]] bool per_year(EventIndex e) const { return !m_flags.empty() && (m_flags[e] & k_per_year) != 0; }
    /// The event's whole contribution to its undirected dyad, spread uniformly
    /// over its interval: weight × count, times the interval's length in years
    /// (365.2425 days) when the weight is per year.
    [[nodiscard]] double mass(EventIndex e) const
    {
        return io::event_mass(m_weight[e], count(e), per_year(e), interval(e));
    }
    /// What the event gives each dyad it counts in: mass(e) in an undirected
    /// view; in a directed view a mutual event counts in both directions, each
    /// taking half of it, and any other event in source -> target only.
    [[nodiscard]] double dyad_mass(EventIndex e, bool directed) const
    {
        return directed && mutual(e) ? mass(e) / 2.0 : mass(e);
    }
    /// The line of the event in its source file.
    [[nodiscard]] std::uint32_t line(EventIndex e) const { return m_line[e]; }
    /// The `date` as written (a year, a month or a day).
    [[nodiscard]] PartialDate date(EventIndex e) const;
    /// The `end` as written, when the event has one.
    [[nodiscard]] std::optional<PartialDate> end_date(EventIndex e) const;
    /// `2012-08-16` or `2012-08-16..2019-04`.
    [[nodiscard]] std::string date_text(EventIndex e) const;
    [[nodiscard]] std::string_view summary(EventIndex e) const;
    [[nodiscard]] std::string_view ref(EventIndex e) const;
    /// Event e as a row, as it was read (summary and ref view this store's
    /// text, or are left in the file at the row's offset, as they were).
    [[nodiscard]] io::EventRow row(EventIndex e) const;

    /// First day of the earliest event and the day after the latest end; {0, 0} when empty.
    [[nodiscard]] Interval span() const;

private:
    friend class EventStoreBuilder;
    std::vector<Day> m_start, m_end;
    std::vector<ActorIndex> m_source, m_target;
    std::vector<CodeIndex> m_code;
    std::vector<std::uint8_t> m_precision; ///< date precision in bits 0-1, end precision + 1 in bits 2-3 (0 = no end)
    std::vector<Day> m_end_date_start; ///< start of the `end` date's interval, for display; empty when no event has one
    std::vector<double> m_weight;
    std::vector<std::uint32_t> m_count; ///< empty when every count is 1
    static constexpr std::uint8_t k_mutual = 1, k_per_year = 2;
    std::vector<std::uint8_t> m_flags; ///< k_mutual | k_per_year; empty when no event has either
    std::vector<std::uint32_t> m_line;
    std::vector<std::uint64_t> m_text_offset; ///< summary starts here in m_text, ref follows it; empty without text
    std::vector<std::uint32_t> m_summary_length, m_ref_length;
    std::string m_text;
    /// Where the line of a row that left its text starts in the events file
    /// (EventRow::k_no_offset for the others); empty when no row left it.
    std::vector<std::uint64_t> m_text_at;
    Day m_max_end = 0;
};

/// Collects rows as they stream in, then sorts them into an EventStore.
class EventStoreBuilder {
public:
    explicit EventStoreBuilder(bool keep_text) : m_keep_text(keep_text) {}
    /// Reserves room for the events a file of `bytes` bytes can hold, so the
    /// columns do not grow by copying while it streams in. Reserved pages the
    /// events do not fill are never touched and cost no memory.
    void reserve_for_file(std::uintmax_t bytes);
    /// Reserves room for `events` events (pages they do not fill cost no memory).
    void reserve(std::size_t events);
    void add(const io::EventRow& row);
    /// Adds the rows of `later` (read from another part of the file, their
    /// lines counted from line_base), moving its columns rather than copying
    /// rows: both must keep text alike.
    void append(EventStoreBuilder&& later, std::uint32_t line_base);
    [[nodiscard]] std::size_t size() const { return m_store.size(); }
    /// Sorts by start day (then end, then line) and returns the store.
    EventStore build() &&;
    /// Groups the rows by undirected dyad (the dyads in order of their first
    /// row in time), each dyad's rows in time order as build() orders them:
    /// side by side, for readings that go dyad by dyad and would otherwise
    /// jump across memory. The columns are rearranged on `threads` threads.
    EventStore build_by_dyad(std::size_t threads = 1) &&;

private:
    /// The rows' indexes by start day, then end, then line.
    [[nodiscard]] std::vector<EventIndex> time_order() const;
    /// Puts the rows in `order` (row k becomes row order[k]'s), each column
    /// on up to `threads` threads, and returns the store.
    EventStore arranged(const std::vector<EventIndex>& order, std::size_t threads = 1);

    EventStore m_store;
    bool m_keep_text;
};

} // namespace entente::model
