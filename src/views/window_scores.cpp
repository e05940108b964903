#include "views/window_scores.hpp"

#include <algorithm>
#include <map>

#include "views/relation_graph.hpp"

namespace entente::views {

WindowScores::WindowScores(const model::Dataset& dataset, std::vector<ViewSpec> windows) : m_windows(std::move(windows))
{
    std::map<std::pair<ActorIndex, ActorIndex>, std::vector<WindowScore>> by_dyad;
    for (std::size_t w = 0; w < m_windows.size(); ++w) {
        ViewSpec spec = m_windows[w];
        spec.max_evidence = 0;
        const RelationGraph view(dataset, std::move(spec));
        for (const Dyad& d : view.dyads())
            by_dyad[{d.a, d.b}].push_back({w, d.score});
    }
    m_tracks.reserve(by_dyad.size());
    for (auto& [pair, scores] : by_dyad)
        m_tracks.push_back({pair.first, pair.second, std::move(scores)});
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
