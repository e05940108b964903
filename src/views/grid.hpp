#pragma once
// The cells of time an accumulation keeps apart (views/dyad_cells.hpp): the
// days between consecutive boundaries, plus everything before the first and
// everything from the last on. A view can be read off an accumulation when
// its window is a run of whole cells, so the grid of a command holds the
// boundaries of every view it will ask for: an era's start and end, a
// window's, an instant's day after, or those of a series of rolling windows.
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/duration.hpp"

namespace entente::views {

/// Index of a cell in its Grid.
using CellIndex = std::uint32_t;

class Grid {
public:
    /// Before the first boundary and after the last: the unbounded ends of the first and last cells.
    static constexpr Day k_before_all = std::numeric_limits<Day>::min();
    static constexpr Day k_after_all = std::numeric_limits<Day>::max();

    /// One cell holding every day.
    Grid() = default;
    /// Cells split at each of `bounds` (in any order; repeats count once).
    explicit Grid(std::vector<Day> bounds);
    /// The boundaries of rolling windows of length `window` every `step`
    /// (aligned as rolling_windows() aligns them) over every day a date can
    /// name (years 1 to 9999): whatever span the data turns out to have, each
    /// of its rolling windows is a run of cells.
    static Grid rolling(const Duration& window, const Duration& step);

    /// The cells of both grids: split at the boundaries of either.
    [[nodiscard]] Grid merged(const Grid& other) const;

    [[nodiscard]] std::size_t size() const { return m_bounds.size() + 1; }
    /// The cell holding `day`. O(log cells).
    [[nodiscard]] CellIndex cell_of(Day day) const;
    /// The same, looked for from cell `hint` on (rows in time order): O(1)
    /// for `hint` and the cell after it, O(log distance) further on, and
    /// cell_of(day) for a day before `hint`.
    [[nodiscard]] CellIndex cell_of(Day day, CellIndex hint) const;
    /// The first day of cell c (k_before_all for the first cell).
    [[nodiscard]] Day start(CellIndex c) const { return c == 0 ? k_before_all : m_bounds[c - 1]; }
    /// The day after the last of cell c (k_after_all for the last cell).
    [[nodiscard]] Day end(CellIndex c) const { return c < m_bounds.size() ? m_bounds[c] : k_after_all; }
    /// The cells [first, last) that hold the days of `window` within `data`
    /// (the days events cover): the window clipped to the data must start and
    /// end on boundaries. Throws std::logic_error when it does not (the grid
    /// was built without this view's boundaries). Empty when the window holds no day of the data.
    [[nodiscard]] std::pair<CellIndex, CellIndex> cells_of(Interval window, Interval data) const;

private:
    std::vector<Day> m_bounds; ///< sorted, distinct
};

/// The first day of years 1 to 10000: every day a date can name is in [first, second).
Interval calendar_days();

} // namespace entente::views
