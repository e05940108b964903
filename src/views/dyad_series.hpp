#pragma once
// Every dyad's score as a time series on one calendar grid (DESIGN.md
// sections 3 and 5), with the events behind it. Change detection looks at a
// dyad's events day by day, so they are held in memory (the dyads a filter
// lets through: a batch of them, for a large file); a dyad's values are
// accumulated from its events when asked for, in the cells of the
// accumulation (views/cell_records.hpp), one dyad at a time.
// Point j of the grid is the step cell [start(j), start(j + 1)); its value
// is the score of the window starting there, or the decayed score at the
// cell's last day.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/duration.hpp"
#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "views/accumulate.hpp"
#include "views/cell_records.hpp"
#include "views/dyad_cells.hpp"
#include "views/relation_graph.hpp"

namespace entente::views {

enum class SeriesKind {
    window, ///< sum of the contributions in [start(j), start(j) + window)
    decayed ///< decayed score at the end of step cell j: sum of w · 2^(-age / half_life)
};

struct SeriesSpec {
    SeriesKind kind = SeriesKind::window;
    Duration step;            ///< grid step, calendar aligned like rolling_windows()
    Duration window;          ///< window series: window length, at least the step
    double half_life = 730.5; ///< days, > 0: the decayed values (a decayed series, sign flips)
    bool directed = false;    ///< dyads are ordered (who acted on whom)
};

/// One part of each of `sums` (Sums::score, Sums::conflict, ...).
std::vector<double> part_of(const std::vector<Sums>& sums, double Sums::*part);

class DyadSeries {
public:
    /// Reads the events of the dyads `keep` lets through (after the
    /// dataset's first reading; with `copy_group`, from that group of the
    /// dataset's RowCopy alone, which must hold every row `keep` wants) into
    /// the series of their dyads. Throws UsageError when the step is longer
    /// than the window. O(E log E + D·C) time and O(E + cells with events)
    /// memory for E events, D dyads and C grid points.
    DyadSeries(const model::Dataset& dataset, SeriesSpec spec, const DyadFilter& keep, std::size_t threads,
               std::optional<std::size_t> copy_group = std::nullopt);

    [[nodiscard]] const model::Dataset& dataset() const { return *m_dataset; }
    [[nodiscard]] const SeriesSpec& spec() const { return m_spec; }
    /// The rows of the series' dyads, by undirected dyad, each dyad's in time order.
    [[nodiscard]] const model::EventStore& rows() const { return m_rows; }

    /// Grid points; point j is the step cell [start(j), start(j + 1)).
    [[nodiscard]] std::size_t points() const { return m_grid.empty() ? 0 : m_grid.size() - 1; }
    [[nodiscard]] Day start(std::size_t j) const { return m_grid[j]; }
    /// The days point j's value covers: its window, or its step cell for a decayed series.
    [[nodiscard]] Interval point_window(std::size_t j) const;
    /// The point whose step cell holds `day` (clamped to the grid).
    [[nodiscard]] std::size_t point_of(Day day) const;
    /// The first point whose value `day` counts in: the first window holding it, or
    /// for a decayed series the step cell holding it (clamped to the grid).
    [[nodiscard]] std::size_t first_point_seeing(Day day) const;

    [[nodiscard]] std::size_t size() const { return m_events.size(); }
    [[nodiscard]] DyadKey dyad(std::size_t i) const { return m_dyads[i]; }
    /// Points [first, last) from the step cell of the dyad's first event day to that of its last.
    [[nodiscard]] std::pair<std::size_t, std::size_t> active(std::size_t i) const { return m_active[i]; }
    /// The dyad's events in time order (indexes into rows()).
    [[nodiscard]] const std::vector<model::EventIndex>& events(std::size_t i) const { return m_events[i]; }

    /// The series spec.kind asks for, over the active points: of the net
    /// score, or of another part of the sums (Sums::conflict: the conflict
    /// channel alone). O(events + C log C).
    [[nodiscard]] std::vector<double> values(std::size_t i, double Sums::*part = &Sums::score) const;
    /// Every part of the sums at each active point, as spec.kind asks. O(events + C log C).
    [[nodiscard]] std::vector<Sums> point_sums(std::size_t i) const;
    /// Window sums over the active points. O(events + C log C).
    [[nodiscard]] std::vector<double> window_sums(std::size_t i, double Sums::*part = &Sums::score) const;
    /// Decayed score (half-life spec.half_life) at the last day of each active point's step cell. O(events + C).
    [[nodiscard]] std::vector<double> decayed(std::size_t i, double Sums::*part = &Sums::score) const;
    /// Decayed score (half-life spec.half_life) at the end of `day`, from the events. O(events).
    [[nodiscard]] double decayed_at(std::size_t i, Day day) const;
    /// The dyad's score on each day of `days`. O(events overlapping + days).
    [[nodiscard]] std::vector<double> daily(std::size_t i, Interval days) const;
    /// Each event's contribution to `days`, in time order (zero contributions left out).
    [[nodiscard]] std::vector<Evidence> evidence(std::size_t i, Interval days) const;

private:
    /// Index range in events(i) of the events that may overlap `days`.
    [[nodiscard]] std::pair<std::size_t, std::size_t> event_range(std::size_t i, Interval days) const;
    [[nodiscard]] std::vector<Sums> window_totals(std::size_t i) const;
    [[nodiscard]] std::vector<Sums> decayed_sums(std::size_t i) const;
    /// Dyad i's events in the cells of the grid, plain or decayed.
    [[nodiscard]] CellRecords cells(std::size_t i, const Decay* decay) const;

    const model::Dataset* m_dataset;
    SeriesSpec m_spec;
    model::EventStore m_rows;
    Grid m_cell_grid; ///< the boundaries of the rolling windows, as an accumulation of them has
    std::vector<Channel> m_channel_of_code;
    Decay m_decay;           ///< of spec.half_life: the decayed values
    std::vector<Day> m_grid; ///< step boundaries t_0 < ... < t_n over the data
    std::vector<Day> m_window_end;
    std::vector<CellIndex> m_point_cell;      ///< the cell each step boundary of m_grid starts
    std::vector<CellIndex> m_window_end_cell; ///< the cell each window's end starts
    std::vector<DyadKey> m_dyads;             ///< in key order
    std::vector<std::pair<std::size_t, std::size_t>> m_active;
    std::vector<std::vector<model::EventIndex>> m_events; ///< by dyad
    std::vector<Day> m_longest;                           ///< longest event of each dyad, in days
};

} // namespace entente::views
