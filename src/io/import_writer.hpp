#pragma once
// The output side of `entente import`: filters the events the importers hand
// over (--from/--to, --countries), gives each country an actor, leaves out
// the repeats of a day (--dedup daily, before any aggregate), and
// writes the dataset's events.csv, event by event or aggregated into one row
// per dyad, CAMEO root code and period (--aggregate), and its actors.csv.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/atomic_file.hpp"
#include "core/date.hpp"
#include "core/text.hpp"
#include "io/import_options.hpp"
#include "io/same_day_filter.hpp"
#include "io/short_key_cache.hpp"

namespace entente::io {

/// An event as an importer hands it over; the views need only last for the call.
struct ImportedEvent {
    PartialDate date;
    std::string_view date_text; ///< as the dataset writes it: `2016-07-28`, `1936`
    /// The last date of a lasting event (a COW tie held to the next
    /// observation), whose weight is then a weight per year held (`per` = `year`).
    std::optional<PartialDate> end;
    std::string_view end_text;
    std::string_view source; ///< actor ids
    std::string_view target;
    std::string_view source_name; ///< the actor's name when the country table has none (COW_ states)
    std::string_view target_name;
    std::string_view code; ///< a code of the CAMEO table
    double weight = 0.0;
    std::string_view weight_text; ///< the weight as written, a number parse_weight accepts
    std::string_view summary;
    std::string_view ref;
};

class ImportWriter {
public:
    /// Starts events.csv in `options.output` (a temporary until commit()).
    explicit ImportWriter(const ImportOptions& options);

    /// Writes the event, or adds it to its aggregate; returns why it was left
    /// out instead (Skip::dates, Skip::countries or Skip::same_day). The summary and ref are
    /// left out (and counted in `tally`) when they are not clean UTF-8 text.
    std::optional<Skip> add(const ImportedEvent& event, FileTally& tally);

    /// Writes the aggregated rows and actors.csv, and renames events.csv into place.
    void commit();

    [[nodiscard]] std::uint64_t events() const { return m_events; }      ///< events taken
    [[nodiscard]] std::uint64_t rows() const { return m_rows; }          ///< rows of events.csv
    [[nodiscard]] std::size_t actors() const { return m_actors.size(); } ///< actors of actors.csv

private:
    struct ActorEntry {
        std::string id;
        std::string name;
    };
    /// The index of the actor with this id, added on first sight.
    std::uint32_t actor(std::string_view id, std::string_view fallback_name);
    bool in_countries(std::string_view id);
    void write_event(const ImportedEvent& event, FileTally& tally);
    void aggregate(const ImportedEvent& event, std::uint32_t source, std::uint32_t target);
    void write_aggregates();
    void flush(bool force);

    struct Period {
        Day start = 0;
        DatePrecision precision = DatePrecision::day;
    };
    Period period_of(const PartialDate& date);

    struct Key {
        Day period = 0;
        Day end = 0; ///< the first day of a lasting event's end date, 0 without one
        std::uint32_t source = 0, target = 0;
        std::uint8_t precision = 0, root = 0;
        std::uint8_t end_precision = 0; ///< DatePrecision + 1, 0 without an end
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept;
    };
    struct Total {
        std::uint64_t count = 0;
        std::int64_t tenths = 0; ///< the weights summed in tenths (io/weight_tenths.hpp)
    };

    const ImportOptions& m_options;
    bool m_lasting = false;          ///< whether events.csv has `end` and `per` columns (the format's events can last)
    std::optional<Day> m_from, m_to; ///< keep events starting in [from, to)
    std::unordered_map<std::string, std::uint8_t, TransparentHash, std::equal_to<>> m_countries;
    ShortKeyCache<std::uint8_t> m_country_cache; ///< 1: in --countries, 2: not
    std::vector<ActorEntry> m_actors;
    std::unordered_map<std::string, std::uint32_t, TransparentHash, std::equal_to<>> m_actor_index;
    ShortKeyCache<std::uint32_t> m_actor_cache;
    std::unordered_map<Key, Total, KeyHash> m_totals;
    std::optional<SameDayFilter> m_same_day; ///< with --dedup daily
    std::optional<PartialDate> m_last_date;  ///< the period of the last date seen, as dates come in runs
    Period m_last_period;
    std::unique_ptr<AtomicFile> m_events_file;
    std::string m_buffer;
    std::uint64_t m_events = 0;
    std::uint64_t m_rows = 0;
};

} // namespace entente::io
