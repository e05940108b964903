#include "views/dyad_series.hpp"

#include <algorithm>
#include <cmath>

#include "core/time_model.hpp"
#include "views/view_spec.hpp"

namespace entente::views {
namespace {

/// What one part of the reading keeps: the rows and both accumulations.
struct SeriesPart {
    model::EventStoreBuilder rows{true};
    DyadCells sums, decayed;
};

} // namespace

DyadSeries::DyadSeries(const model::Dataset& dataset, SeriesSpec spec, const RowFilter& keep, std::size_t threads)
    : m_dataset(&dataset), m_spec(std::move(spec)), m_sums(nullptr, dataset.cameo), m_decayed(nullptr, dataset.cameo)
{
    if (m_spec.kind == SeriesKind::decayed || m_spec.window.approx_days() <= 0) m_spec.window = m_spec.step;
    const std::vector<ViewSpec> windows = rolling_windows(dataset.span, m_spec.window, m_spec.step, ViewSpec{});

    auto plain = std::make_shared<CellsSpec>();
    plain->grid = Grid::rolling(m_spec.window, m_spec.step);
    plain->directed = m_spec.directed;
    auto decaying = std::make_shared<CellsSpec>(*plain);
    decaying->half_life = m_spec.half_life;
    m_sums = DyadCells(plain, dataset.cameo);
    m_decayed = DyadCells(decaying, dataset.cameo);
    if (windows.empty()) {
        m_sums.finish();
        m_decayed.finish();
        return;
    }

    std::vector<SeriesPart> parts;
    const io::ScanCallbacks callbacks{[&](std::size_t n) {
                                          parts.clear();
                                          for (std::size_t p = 0; p < n; ++p)
                                              parts.push_back({model::EventStoreBuilder(true),
                                                               DyadCells(plain, dataset.cameo),
                                                               DyadCells(decaying, dataset.cameo)});
                                      },
                                      [&](std::size_t p, const io::EventRow& row) {
                                          if (keep && !keep(row)) return;
                                          parts[p].rows.add(row);
                                          parts[p].sums.add(row);
                                          parts[p].decayed.add(row);
                                      }};
    const io::ScanOutcome outcome = model::reread_events(dataset, threads, callbacks);
    model::EventStoreBuilder rows(true);
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const model::EventStore part = std::move(parts[p].rows).build();
        for (model::EventIndex e = 0; e < part.size(); ++e) {
            io::EventRow row = part.row(e);
            row.line += outcome.line_base[p];
            rows.add(row);
        }
        m_sums.append(std::move(parts[p].sums), outcome.actor_of[p]);
        m_decayed.append(std::move(parts[p].decayed), outcome.actor_of[p]);
    }
    m_rows = std::move(rows).build();
    m_sums.finish();
    m_decayed.finish();

    for (const ViewSpec& w : windows)
        m_grid.push_back(w.window.start);
    const Day grid_end = m_spec.step.after(m_grid.back());
    m_grid.push_back(grid_end);
    for (const ViewSpec& w : windows)
        m_window_end.push_back(std::min(w.window.end, grid_end));

    m_events.resize(m_sums.size());
    m_longest.assign(m_sums.size(), 0);
    std::vector<Day> last_end(m_sums.size(), 0);
    for (model::EventIndex e = 0; e < m_rows.size(); ++e) {
        const Interval iv = m_rows.interval(e);
        const auto add = [&](DyadKey key) {
            const std::size_t d = *m_sums.find(key);
            m_events[d].push_back(e);
            m_longest[d] = std::max(m_longest[d], iv.length());
            last_end[d] = std::max(last_end[d], iv.end);
        };
        add({m_rows.source(e), m_rows.target(e)});
        // A mutual act counts once in its undirected dyad; a directed series splits it between the two directions.
        if (m_spec.directed && m_rows.mutual(e)) add({m_rows.target(e), m_rows.source(e)});
    }
    for (std::size_t d = 0; d < m_events.size(); ++d)
        m_active.emplace_back(point_of(m_rows.interval(m_events[d].front()).start), point_of(last_end[d] - 1) + 1);
}

Interval DyadSeries::point_window(std::size_t j) const
{
    if (m_spec.kind == SeriesKind::decayed) return {m_grid[j], m_grid[j + 1]};
    return {m_grid[j], m_window_end[j]};
}

std::size_t DyadSeries::point_of(Day day) const
{
    const auto it = std::upper_bound(m_grid.begin(), m_grid.end() - 1, day);
    return it == m_grid.begin() ? 0 : static_cast<std::size_t>(it - m_grid.begin() - 1);
}

std::size_t DyadSeries::first_point_seeing(Day day) const
{
    if (m_spec.kind == SeriesKind::decayed) return point_of(day);
    // Window ends grow with the point, so the first window ending after `day` holds it.
    const auto it = std::upper_bound(m_window_end.begin(), m_window_end.end(), day);
    return std::min(static_cast<std::size_t>(it - m_window_end.begin()), points() - 1);
}

std::vector<double> DyadSeries::values(std::size_t i) const
{
    return m_spec.kind == SeriesKind::decayed ? decayed(i) : window_sums(i);
}

std::vector<double> DyadSeries::window_sums(std::size_t i) const
{
    const Grid& grid = m_sums.spec().grid;
    const auto [first, last] = m_active[i];
    std::vector<double> series;
    series.reserve(last - first);
    for (std::size_t j = first; j < last; ++j)
        series.push_back(m_sums.totals(i, grid.cell_of(m_grid[j]), grid.cell_of(m_window_end[j])).sums.score);
    return series;
}

std::vector<double> DyadSeries::decayed(std::size_t i) const
{
    const Grid& grid = m_decayed.spec().grid;
    const auto [first, last] = m_active[i];
    const CellIndex from = grid.cell_of(m_grid[first]), to = grid.cell_of(m_grid[last]);
    const std::vector<Sums> increments = m_decayed.per_cell(i, from, to);
    std::vector<double> series;
    series.reserve(last - first);
    double score = 0.0;
    CellIndex c = from;
    for (std::size_t j = first; j < last; ++j) {
        for (const CellIndex end = grid.cell_of(m_grid[j + 1]); c < end; ++c)
            score = score * std::exp2(-(grid.end(c) - grid.start(c)) / m_spec.half_life) +
                    increments[c - from].score;
        series.push_back(score);
    }
    return series;
}

double DyadSeries::decayed_at(std::size_t i, Day day) const
{
    double score = 0.0;
    for (const model::EventIndex e : m_events[i]) {
        if (m_rows.interval(e).start > day) break;
        score += m_rows.dyad_mass(e, m_spec.directed) * decayed_share(m_rows.interval(e), day, m_spec.half_life);
    }
    return score;
}

std::pair<std::size_t, std::size_t> DyadSeries::event_range(std::size_t i, Interval days) const
{
    const auto& list = m_events[i];
    const auto starts_before = [&](model::EventIndex e, Day day) { return m_rows.interval(e).start < day; };
    // An event starting at s reaches day `days.start` only when s > days.start - longest.
    const auto first = std::lower_bound(list.begin(), list.end(), days.start - m_longest[i] + 1, starts_before);
    const auto last = std::lower_bound(first, list.end(), days.end, starts_before);
    return {static_cast<std::size_t>(first - list.begin()), static_cast<std::size_t>(last - list.begin())};
}

std::vector<double> DyadSeries::daily(std::size_t i, Interval days) const
{
    std::vector<double> density(static_cast<std::size_t>(std::max(days.length(), 0)) + 1, 0.0);
    const auto [first, last] = event_range(i, days);
    for (std::size_t k = first; k < last; ++k) {
        const model::EventIndex e = m_events[i][k];
        const Interval iv = m_rows.interval(e);
        const Day lo = std::max(iv.start, days.start), hi = std::min(iv.end, days.end);
        if (hi <= lo) continue;
        const double d = m_rows.dyad_mass(e, m_spec.directed) / iv.length();
        density[lo - days.start] += d;
        density[hi - days.start] -= d;
    }
    std::vector<double> daily(density.size() - 1);
    double running = 0.0;
    for (std::size_t k = 0; k < daily.size(); ++k)
        daily[k] = running += density[k];
    return daily;
}

std::vector<Evidence> DyadSeries::evidence(std::size_t i, Interval days) const
{
    std::vector<Evidence> evidence;
    const auto [first, last] = event_range(i, days);
    for (std::size_t k = first; k < last; ++k) {
        const model::EventIndex e = m_events[i][k];
        const double contribution = m_rows.dyad_mass(e, m_spec.directed) * overlap_share(m_rows.interval(e), days);
        if (contribution != 0.0) evidence.push_back({e, contribution});
    }
    return evidence;
}

} // namespace entente::views
