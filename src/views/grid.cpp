#include "views/grid.hpp"

#include <algorithm>
#include <iterator>
#include <stdexcept>

#include "views/view_spec.hpp"

namespace entente::views {

Grid::Grid(std::vector<Day> bounds) : m_bounds(std::move(bounds))
{
    std::sort(m_bounds.begin(), m_bounds.end());
    m_bounds.erase(std::unique(m_bounds.begin(), m_bounds.end()), m_bounds.end());
}

Grid Grid::rolling(const Duration& window, const Duration& step)
{
    // Starts and ends both increase: merged, not sorted (a 1d step makes millions).
    const Interval calendar = calendar_days();
    std::vector<Day> starts, ends;
    for (Day start = first_rolling_start(calendar.start, step); start < calendar.end; start = step.after(start)) {
        starts.push_back(start);
        ends.push_back(window.after(start));
    }
    Grid grid;
    grid.m_bounds.reserve(starts.size() + ends.size());
    std::merge(starts.begin(), starts.end(), ends.begin(), ends.end(), std::back_inserter(grid.m_bounds));
    grid.m_bounds.erase(std::unique(grid.m_bounds.begin(), grid.m_bounds.end()), grid.m_bounds.end());
    return grid;
}

Grid Grid::merged(const Grid& other) const
{
    Grid grid;
    std::set_union(m_bounds.begin(), m_bounds.end(), other.m_bounds.begin(), other.m_bounds.end(),
                   std::back_inserter(grid.m_bounds));
    return grid;
}

CellIndex Grid::cell_of(Day day) const
{
    return static_cast<CellIndex>(std::upper_bound(m_bounds.begin(), m_bounds.end(), day) - m_bounds.begin());
}

CellIndex Grid::cell_of(Day day, CellIndex hint) const
{
    if (hint >= size() || day < start(hint)) return cell_of(day);
    // Cell c ends at m_bounds[c]: the answer is the first bound after `day`, from the hint's on.
    std::size_t below = hint, above = hint;
    for (std::size_t stride = 1; above < m_bounds.size() && m_bounds[above] <= day; stride *= 2) {
        below = above;
        above = std::min(above + stride, m_bounds.size());
    }
    return static_cast<CellIndex>(std::upper_bound(m_bounds.begin() + static_cast<std::ptrdiff_t>(below),
                                                   m_bounds.begin() + static_cast<std::ptrdiff_t>(above), day) -
                                  m_bounds.begin());
}

std::pair<CellIndex, CellIndex> Grid::cells_of(Interval window, Interval data) const
{
    const Day from = std::max(window.start, data.start), to = std::min(window.end, data.end);
    if (to <= from) return {0, 0};
    const CellIndex first = cell_of(from), last = cell_of(to - 1) + 1;
    if ((from != data.start && start(first) != from) || (to != data.end && end(last - 1) != to))
        throw std::logic_error("a view's window does not fall on the boundaries of the accumulation's grid");
    return {first, last};
}

Interval calendar_days()
{
    return {day_from_civil(1, 1, 1), day_from_civil(10000, 1, 1)};
}

} // namespace entente::views
