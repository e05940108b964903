#pragma once
// Every dyad's score as a time series on one calendar grid (DESIGN.md
// sections 3 and 5), built in a single sweep over the time-sorted events.
// Point j of the grid is the step cell [start(j), start(j + 1)); its value
// is the score of the window starting there, or the decayed score at the
// cell's last day.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "core/duration.hpp"
#include "model/dataset.hpp"
#include "views/relation_graph.hpp"

namespace entente::views {

enum class SeriesKind {
    window, ///< sum of the contributions in [start(j), start(j) + window)
    decayed ///< decayed score at the end of step cell j: sum of w · 2^(-age / half_life)
};

struct SeriesSpec {
    SeriesKind kind = SeriesKind::window;
    Duration step;                   ///< grid step, calendar aligned like rolling_windows()
    Duration window;                 ///< window series: window length, at least the step
    double half_life = 730.5;        ///< days, > 0: the decayed values (a decayed series, sign flips)
    bool directed = false;           ///< dyads are ordered (who acted on whom)
    std::optional<ActorIndex> actor; ///< keep only the dyads of this actor
};

/// A dyad of the series: undirected dyads order the pair by actor index (a < b).
struct SeriesDyad {
    ActorIndex a = 0, b = 0;
};

/// Series of all dyads in one pass over the events: O(E log C + C) time and
/// O(E + D + C) memory for E events, C grid cells and D dyads, whatever the
/// events' lengths. An event adds its share to the cells it overlaps; the
/// cells it covers whole are filled through a difference array of densities,
/// so a twenty-year stance costs as little as a one-day visit. A dyad's series
/// is then read in O(C). Values agree with RelationGraph's windows and
/// instants (overlap_share, decayed_share).
class DyadSeries {
public:
    /// Throws UsageError when the step is longer than the window.
    DyadSeries(const model::Dataset& dataset, SeriesSpec spec);

    [[nodiscard]] const model::Dataset& dataset() const { return *m_dataset; }
    [[nodiscard]] const SeriesSpec& spec() const { return m_spec; }

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

    [[nodiscard]] std::size_t size() const { return m_dyads.size(); }
    [[nodiscard]] const SeriesDyad& dyad(std::size_t i) const { return m_dyads[i]; }
    /// Points [first, last) from the step cell of the dyad's first event day to that of its last.
    [[nodiscard]] std::pair<std::size_t, std::size_t> active(std::size_t i) const { return m_active[i]; }
    /// The dyad's events in time order.
    [[nodiscard]] const std::vector<model::EventIndex>& events(std::size_t i) const { return m_events[i]; }

    /// The series spec.kind asks for, over the active points. O(C).
    [[nodiscard]] std::vector<double> values(std::size_t i) const;
    /// Window sums over the active points. O(C).
    [[nodiscard]] std::vector<double> window_sums(std::size_t i) const;
    /// Decayed score (half-life spec.half_life) at the last day of each active point's step cell. O(C).
    [[nodiscard]] std::vector<double> decayed(std::size_t i) const;
    /// Decayed score (half-life spec.half_life) at the end of `day`, from the events. O(events).
    [[nodiscard]] double decayed_at(std::size_t i, Day day) const;
    /// The dyad's score on each day of `days`. O(events overlapping + days).
    [[nodiscard]] std::vector<double> daily(std::size_t i, Interval days) const;
    /// Each event's contribution to `days`, in time order (zero contributions left out).
    [[nodiscard]] std::vector<Evidence> evidence(std::size_t i, Interval days) const;

private:
    /// Additions to one elementary cell: partial shares, and a change of the
    /// density of the events that cover whole cells from this one on.
    struct CellDelta {
        std::uint32_t cell = 0;
        double sum = 0.0;     ///< contributions inside the cell
        double decayed = 0.0; ///< the same, decayed to the cell's last day
        double density = 0.0; ///< change of the per-day density of whole-cell coverage
        int runs = 0;         ///< change of the number of events covering whole cells
    };

    void add_event(std::size_t dyad, model::EventIndex e, std::uint32_t first_cell);
    void add_part(std::size_t dyad, std::uint32_t cell, Interval part, double density);
    /// Elementary cells [from, to) of dyad i as sums and as decayed increments.
    void cell_values(std::size_t i, std::uint32_t from, std::uint32_t to, std::vector<double>* sums,
                     std::vector<double>* decayed) const;
    /// Index range in events(i) of the events that may overlap `days`.
    [[nodiscard]] std::pair<std::size_t, std::size_t> event_range(std::size_t i, Interval days) const;

    const model::Dataset* m_dataset;
    SeriesSpec m_spec;
    std::vector<Day> m_grid;                 ///< step boundaries t_0 < ... < t_n
    std::vector<Day> m_cells;                ///< elementary boundaries: the grid and the windows' ends
    std::vector<std::uint32_t> m_grid_cell;  ///< elementary index of each t_j
    std::vector<std::uint32_t> m_window_end; ///< elementary index of each window's end (clipped to t_n)
    std::vector<double> m_cell_gain;         ///< decayed value at its last day of a unit density over a cell
    std::vector<double> m_cell_decay;        ///< decay factor across a cell
    std::vector<SeriesDyad> m_dyads;
    std::vector<std::pair<std::size_t, std::size_t>> m_active;
    std::vector<std::vector<model::EventIndex>> m_events;
    std::vector<std::vector<CellDelta>> m_deltas; ///< by cell after construction
    std::vector<Day> m_longest;                   ///< longest event of each dyad, in days
};

} // namespace entente::views
