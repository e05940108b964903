#pragma once
// What one dyad holds of a grid, cell by cell: the unit of the accumulation
// (views/dyad_cells.hpp holds one for every dyad; a dyad's series reads one
// made from its events alone). Each event's weight × count is spread over
// its days (DESIGN.md section 3): a cell it covers in part takes its share,
// the cells it covers whole take a run at its density, so a twenty-year
// stance costs as little as a one-day visit.
#include <cstdint>
#include <memory_resource>
#include <optional>
#include <utility>
#include <vector>

#include "core/binary_record.hpp"
#include "core/cameo.hpp"
#include "core/date.hpp"
#include "core/time_model.hpp"
#include "views/grid.hpp"

namespace entente::views {

/// What passed between two actors over some days: the net score and its
/// parts, by the sign of each contribution and by the kind of act (the two
/// channels: CAMEO's verbal and material cooperation, and verbal and
/// material conflict). score = pos - neg; score = cooperation - conflict
/// for acts whose code has a CAMEO root.
struct Sums {
    double score = 0.0;       ///< signed sum of contributions
    double pos = 0.0;         ///< sum of the positive contributions
    double neg = 0.0;         ///< sum of the absolute negative contributions
    double cooperation = 0.0; ///< contributions of cooperative acts (roots 01-09): positive for cooperation
    double conflict = 0.0;    ///< minus the contributions of conflictual acts (roots 10-20): positive for conflict

    // Inline: every row of a reading adds one.
    Sums& operator+=(const Sums& other)
    {
        score += other.score;
        pos += other.pos;
        neg += other.neg;
        cooperation += other.cooperation;
        conflict += other.conflict;
        return *this;
    }
    [[nodiscard]] Sums scaled(double factor) const
    {
        return {score * factor, pos * factor, neg * factor, cooperation * factor, conflict * factor};
    }
};

/// The channel of an act, from its CAMEO root.
enum class Channel : std::uint8_t { none, cooperation, conflict };
Channel channel_of(const CameoCode& code);

/// The parts of a contribution `c` of an act of channel `channel`.
inline Sums parts_of(double c, Channel channel)
{
    return {c, c > 0 ? c : 0.0, c < 0 ? -c : 0.0, channel == Channel::cooperation ? c : 0.0,
            channel == Channel::conflict ? -c : 0.0};
}

/// Sums and the events behind them.
struct DyadTotals {
    Sums sums;
    std::uint64_t events = 0; ///< contributing events (a row counts `count` times)
};

/// What the rows starting in one cell give a dyad there.
struct CellPart {
    Sums sums;
    std::uint64_t starts = 0; ///< events whose first day is in the cell
    std::uint64_t ends = 0;   ///< events whose last day is in the cell
    std::uint32_t rows = 0;   ///< rows starting in the cell
};

/// How one event of mass `mass` over `interval` falls on the cells of a grid:
/// a part of its first cell, a run of whole cells at `density` a day, a part
/// of its last cell. With a half-life, each part is seen decayed at the last
/// day of its cell.
struct Spread {
    CellIndex first = 0, last = 0; ///< the cells of its first and last days
    Sums in_first, in_last;        ///< in_last only when last != first
    Sums density;                  ///< a day, over the cells strictly between first and last
};

/// Whether an event over `interval`, its first day in cell `cell`, gives
/// that cell its whole mass and no other cell anything (its days all lie in
/// the cell, undecayed: `decay` null): spread() then says only that, so the
/// readings of every row skip it.
inline bool whole_in_cell(const Grid& grid, const Decay* decay, Interval interval, CellIndex cell)
{
    return !decay && interval.end <= grid.end(cell);
}

/// The spread of an event whose first day is in cell `first`, decayed by
/// `decay` unless null. O(log cells) for its last cell when it spans several.
Spread spread(const Grid& grid, const Decay* decay, Interval interval, double mass, Channel channel, CellIndex first);

class CellRecords {
public:
    CellRecords() = default;
    /// Records kept in `memory` (vectors of a polymorphic allocator keep theirs for life).
    explicit CellRecords(std::pmr::memory_resource* memory) : m_records(memory), m_runs(memory) {}

    /// Adds what rows give cell `cell`: to the last record when it is that cell.
    void add(CellIndex cell, const CellPart& part);
    /// Adds the whole cells (first, last) an event covers at `density` a day.
    void add_run(CellIndex first, CellIndex last, const Sums& density);
    /// Adds one event of `count` spread as `s` says, all of it.
    void add_event(const Spread& s, std::uint64_t count);
    /// Adds the records of `later`.
    void append(CellRecords&& later);
    /// Orders the records by cell and counts the events open at each; before any reading.
    void finish();
    /// The bytes the finished records take (what settled() asks of its memory).
    [[nodiscard]] std::size_t bytes() const;
    /// The finished records copied into `memory`, taking no more than they need.
    [[nodiscard]] CellRecords settled(std::pmr::memory_resource* memory) const;

    /// The finished records in bytes (core/binary_record.hpp).
    void write(BinaryWriter& out) const;
    /// Finished records written by write(), checked against a grid of `cells`
    /// cells: false (and `in` failed) when they are not what write() gives.
    bool read(BinaryReader& in, std::size_t cells);

    [[nodiscard]] bool empty() const { return m_records.empty(); }
    /// Rows behind the records (each once, whatever its count).
    [[nodiscard]] std::uint64_t rows() const;
    /// The first and last cells (inclusive) with events.
    [[nodiscard]] std::pair<CellIndex, CellIndex> active() const;
    /// Plain sums over cells [first, last), with the events overlapping them. O(log C + cells + runs).
    [[nodiscard]] DyadTotals totals(const Grid& grid, CellIndex first, CellIndex last) const;
    /// Decayed sums as seen at the last day of cell `at`, with the events started by then.
    [[nodiscard]] DyadTotals decayed(const Grid& grid, double half_life, CellIndex at) const;
    /// Cell by cell over [first, last): plain sums, or each cell's own contributions decayed to its last day.
    [[nodiscard]] std::vector<Sums> per_cell(const Grid& grid, const std::optional<double>& half_life, CellIndex first,
                                             CellIndex last) const;

private:
    struct Record {
        CellIndex cell = 0;
        std::uint32_t rows = 0;       ///< rows starting in the cell
        std::uint64_t starts = 0;     ///< events whose first day is in the cell
        std::uint64_t ends = 0;       ///< events whose last day is in the cell
        std::uint64_t open_after = 0; ///< after finish(): events started and not ended by the cell's end
        Sums sums;
    };
    /// The whole cells [first, last) an event covers, at `density` a day.
    struct Run {
        CellIndex first = 0, last = 0;
        Sums density;
    };

    /// Sets m_first and m_cells from the finished records.
    void index_cells();

    std::pmr::vector<Record> m_records; ///< by cell once finished
    /// Once finished, when every record lies within 64 cells of the first and
    /// no event outlasts the cell it starts in (no runs, nothing open past a
    /// cell): the first record's cell, and bit j set for a record at cell
    /// m_first + j. Then totals() tells a window without events from these
    /// two alone, and finds a record by counting bits, without a search
    /// through records that sit apart from every other dyad's. 0 otherwise.
    CellIndex m_first = 0;
    std::uint64_t m_cells = 0;
    std::pmr::vector<Run> m_runs;
    bool m_sorted = true;
};

} // namespace entente::views
