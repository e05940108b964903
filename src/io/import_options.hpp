#pragma once
// What `entente import` is asked to do, and what it counts while doing it.
#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/date.hpp"

namespace entente::io {

enum class ImportFormat { gdelt1, gdelt2, icews, cow_dipex };
enum class Aggregation { none, day, month, year };
/// `--dedup`: none, or one event per date, source, target and code (Phoenix's "one-a-day" rule).
enum class Dedup { none, daily };

/// `gdelt1`, `gdelt2`, `icews`, `cow-dipex`.
std::string_view to_string(ImportFormat format);
/// `day`, `month`, `year` (and `none`).
std::string_view to_string(Aggregation aggregation);
/// `none`, `daily`.
std::string_view to_string(Dedup dedup);

struct ImportOptions {
    ImportFormat format = ImportFormat::gdelt1;
    std::vector<std::string> inputs; ///< paths, `-` for standard input
    std::filesystem::path output;    ///< the dataset folder to write
    Aggregation aggregate = Aggregation::none;
    Dedup dedup = Dedup::none;          ///< applied before --aggregate
    bool keep_repeated_ids = false;     ///< ICEWS: import every row of a repeated Event ID
    std::vector<std::string> countries; ///< keep events with at least one of them (ISO codes); empty: all
    std::optional<PartialDate> from;    ///< keep events starting on or after its start
    std::optional<PartialDate> to;      ///< keep events starting before its end
};

/// The options but the files, as a command line writes them:
/// `--source gdelt1 --dedup daily --aggregate month --from 2016`.
std::string option_words(const ImportOptions& options);

/// Why a row was not imported; each skipped row counts once, under the first
/// reason found, in this order.
enum class Skip : std::uint8_t {
    columns,         ///< wrong number of columns
    event_id,        ///< GLOBALEVENTID or Event ID not a whole number
    date,            ///< malformed or impossible date
    no_country,      ///< blank or NA country: not a state actor
    region,          ///< a CAMEO region code, not a state
    unknown_country, ///< in none of the country tables
    same_country,    ///< the same country on both sides
    code,            ///< not a CAMEO event code
    weight,          ///< weight not a number from -10 to 10
    duplicate,       ///< GLOBALEVENTID or Event ID already seen
    dates,           ///< outside --from/--to
    countries,       ///< neither country in --countries
    same_day,        ///< --dedup daily: the date, source, target and code of a row already written
};
inline constexpr std::size_t k_skip_kinds = 13;

/// What became of the rows of one input.
struct FileTally {
    std::string name;                         ///< the path as given, or `(standard input)`
    std::uint64_t rows = 0;                   ///< data rows (a header is not one)
    std::uint64_t bytes = 0;                  ///< bytes read (uncompressed)
    std::uint64_t events = 0;                 ///< events imported from it
    std::uint64_t refs_left_out = 0;          ///< refs not written: not valid UTF-8 or holding control characters
    std::uint64_t unchecked_for_same_day = 0; ///< --dedup daily: rows kept unchecked, too far out of date order
    std::array<std::uint64_t, k_skip_kinds> skipped{};
    /// Counts particular to a format, in order (COW: observations and how they were used).
    std::vector<std::pair<std::string, std::uint64_t>> notes;

    [[nodiscard]] std::uint64_t skipped_rows() const;
    void skip(Skip reason) { ++skipped[static_cast<std::size_t>(reason)]; }
};

/// The note of an import whose events are made after reading (COW) that counts
/// the events --dedup daily removed.
inline constexpr std::string_view k_same_day_note = "events removed by --dedup daily (a date, dyad and code kept)";

/// The reasons an import can skip a row for, in the order they are checked.
std::vector<Skip> skip_reasons(const ImportOptions& options);
/// What a reason means for a format, for the README: "SQLDATE not a valid YYYYMMDD date".
std::string_view skip_text(ImportFormat format, Skip reason);

} // namespace entente::io
