#include "views/window_scores.hpp"

#include <algorithm>

namespace entente::views {

WindowScores::WindowScores(const DyadCells& cells, Interval data, std::vector<ViewSpec> windows)
    : m_windows(std::move(windows))
{
    const Grid& grid = cells.spec().grid;
    std::vector<std::pair<CellIndex, CellIndex>> ranges;
    for (const ViewSpec& w : m_windows)
        ranges.push_back(grid.cells_of(w.window, data));
    for (std::size_t i = 0; i < cells.size(); ++i) {
        DyadTrack track{cells.dyad(i).a, cells.dyad(i).b, {}};
        for (std::size_t w = 0; w < ranges.size(); ++w) {
            if (ranges[w].first >= ranges[w].second) continue;
            const DyadTotals t = cells.totals(i, ranges[w].first, ranges[w].second);
            if (t.events != 0) track.scores.push_back({w, t.sums.score});
        }
        if (!track.scores.empty()) m_tracks.push_back(std::move(track));
    }
}

std::vector<double> WindowScores::series(ActorIndex a, ActorIndex b) const
{
    const bool directed = !m_windows.empty() && m_windows.front().directed;
    if (!directed && b < a) std::swap(a, b);
    std::vector<double> values(m_windows.size(), 0.0);
    const auto it = std::lower_bound(m_tracks.begin(), m_tracks.end(), std::pair{a, b},
                                     [](const DyadTrack& t, const std::pair<ActorIndex, ActorIndex>& key) {
                                         return std::pair{t.a, t.b} < key;
                                     });
    if (it != m_tracks.end() && it->a == a && it->b == b)
        for (const WindowScore& s : it->scores)
            values[s.window] = s.score;
    return values;
}

std::vector<ViewSpec> slices(const ViewSpec& view, const Duration& slice)
{
    std::vector<ViewSpec> out = rolling_windows(view.window, slice, slice, view);
    for (ViewSpec& s : out) {
        s.window = {std::max(s.window.start, view.window.start), std::min(s.window.end, view.window.end)};
        s.label = format_day(s.window.start);
        s.partial = false;
    }
    return out;
}

} // namespace entente::views
