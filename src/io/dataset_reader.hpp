#pragma once
// Readers of the three files of a dataset (DESIGN.md section 2) and of the
// CAMEO table. Each checks every row and reports every problem it finds to
// Diagnostics as `path:line:column: message`; rows with problems are left out.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <istream>
#include <string_view>
#include <vector>

#include "core/actor_registry.hpp"
#include "core/cameo.hpp"
#include "core/date.hpp"
#include "core/era.hpp"
#include "io/diagnostics.hpp"

namespace entente::io {

/// Days in a year for weights per year, as in era rates.
inline constexpr double k_days_per_year = 365.2425;

/// An event's whole contribution to its undirected dyad, spread uniformly
/// over its interval: weight × count, times the interval's length in years
/// when the weight is per year (the `per` column).
inline double event_mass(double weight, std::uint32_t count, bool per_year, Interval interval)
{
    const double whole = weight * count;
    return per_year ? whole * interval.length() / k_days_per_year : whole;
}

/// One valid row of events.csv, handed to an EventSink while streaming.
struct EventRow {
    PartialDate date;               ///< the `date` column
    std::optional<PartialDate> end; ///< the `end` column when given
    Interval interval;              ///< from the start of `date` to the end of `end` (or of `date`)
    ActorIndex source = 0;
    ActorIndex target = 0;
    CodeIndex code = 0;
    double weight = 0.0; ///< the explicit weight, or the code's Goldstein weight
    std::uint32_t count = 1;
    /// The `mutual` column is `yes`: the act is by both source and target (a
    /// treaty both signed, a war both fought). It counts once in its
    /// undirected dyad, and half of it in each direction of a directed view.
    bool mutual = false;
    /// The `per` column is `year`: the weight is an intensity per year, not
    /// the row's whole weight. The row then weighs weight × count × its days
    /// / 365.2425, spread over its days as any row, so a year inside it takes
    /// weight × count whatever its length.
    bool per_year = false;
    std::string_view summary;
    std::string_view ref;
    std::uint32_t line = 0; ///< line in events.csv, for tracing results back
    /// Where the row's line starts in a plain events file read in slices
    /// (k_no_offset otherwise): its summary and ref can be read again there.
    std::uint64_t offset = k_no_offset;
    /// summary and ref were left in the file (a row from model::RowCopy):
    /// io::read_row_texts reads them at `offset` for the rows printed.
    bool text_left = false;

    static constexpr std::uint64_t k_no_offset = ~std::uint64_t{0};

    /// The row's whole contribution, spread over its interval (event_mass).
    [[nodiscard]] double mass() const { return event_mass(weight, count, per_year, interval); }
};

using EventSink = std::function<void(const EventRow&)>;

/// Reads actors.csv (`id,name,kind[,region][,aliases]`).
ActorRegistry read_actors(std::istream& in, const std::string& path, Diagnostics& diagnostics);

/// Reads eras.csv (`id,actor,label,start[,end]`); checks that eras of one actor do not overlap.
/// `why_unknown` ends the message about an actor not in `actors`.
std::vector<Era> read_eras(std::istream& in, const std::string& path, const ActorRegistry& actors,
                           Diagnostics& diagnostics, std::string_view why_unknown = "not in actors.csv");

/// Streams events.csv (`date,source,target,code[,weight][,end][,count][,summary][,ref][,mutual][,per][,confidence]`)
/// into `sink`, one call per valid row. `mutual` is `yes`, `no` or empty (no);
/// `per` is `year` or empty (the weight is the row's whole weight).
void read_events(std::istream& in, const std::string& path, const ActorRegistry& actors, const CameoTable& cameo,
                 Diagnostics& diagnostics, const EventSink& sink);

/// Streams an events file used on its own as a dataset: its actors are not
/// listed anywhere but come from the events, added to `actors` as they first
/// appear. An ISO 3166 alpha-3 code becomes a state named from the built-in
/// country table, an id of data/organisations.csv (`UN`, `FARC`) the actor
/// it lists; any other valid id a group named by its id, all of which one
/// warning lists.
void read_bare_events(std::istream& in, const std::string& path, ActorRegistry& actors, const CameoTable& cameo,
                      Diagnostics& diagnostics, const EventSink& sink);

/// Reads a CAMEO table (`code,name,goldstein`).
CameoTable read_cameo_table(std::istream& in, const std::string& path, Diagnostics& diagnostics);

/// The CAMEO table built into the executable (data/cameo.csv of the source tree).
const CameoTable& builtin_cameo_table();

} // namespace entente::io
