#pragma once
// The score of every dyad in each window of a series, read off an
// accumulation, for drawings that follow relations through time (timeline
// charts, dynamic GEXF). Sparse: a dyad only holds the windows it has
// contributing events in.
#include <cstddef>
#include <utility>
#include <vector>

#include "core/duration.hpp"
#include "views/dyad_cells.hpp"
#include "views/view_spec.hpp"

namespace entente::views {

/// A dyad's score in one window of the series.
struct WindowScore {
    std::size_t window = 0; ///< index into WindowScores::windows()
    double score = 0.0;
};

/// A dyad and its scores, in window order.
struct DyadTrack {
    ActorIndex a = 0, b = 0; ///< as in Dyad: a < b unless the windows are directed
    std::vector<WindowScore> scores;
};

class WindowScores {
public:
    /// Each window's score of each dyad of `cells` (plain sums, on a grid
    /// holding the windows' boundaries), `data` being the days the events
    /// cover. O(D · W · log C).
    WindowScores(const DyadCells& cells, Interval data, std::vector<ViewSpec> windows);

    [[nodiscard]] const std::vector<ViewSpec>& windows() const { return m_windows; }
    /// Every dyad with a contributing event in some window, sorted by (a, b).
    [[nodiscard]] const std::vector<DyadTrack>& tracks() const { return m_tracks; }
    /// The score of {a, b} in every window (0 where nothing happened); order-free unless directed.
    [[nodiscard]] std::vector<double> series(ActorIndex a, ActorIndex b) const;

private:
    std::vector<ViewSpec> m_windows;
    std::vector<DyadTrack> m_tracks;
};

/// `view`'s window cut into consecutive slices of length `slice`, calendar
/// aligned as rolling_windows aligns them, the first and last clipped to the
/// window: 2007-01-15..2017-05-23 in 1y slices gives 2007-01-15..2007-12-31,
/// 2008, ..., 2017-01-01..2017-05-23. Each slice keeps the view's settings.
std::vector<ViewSpec> slices(const ViewSpec& view, const Duration& slice);

} // namespace entente::views
