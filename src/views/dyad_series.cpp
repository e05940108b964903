#include "views/dyad_series.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/time_model.hpp"
#include "views/view_spec.hpp"

namespace entente::views {
namespace {

/// The decayed value, on its last day, of a unit density over `part` (days).
double decayed_mass(Interval part, Day last_day, double half_life)
{
    return part.length() * decayed_share(part, last_day, half_life);
}

} // namespace

DyadSeries::DyadSeries(const model::Dataset& dataset, SeriesSpec spec) : m_dataset(&dataset), m_spec(std::move(spec))
{
    const model::EventStore& events = dataset.events;
    if (m_spec.kind == SeriesKind::decayed || m_spec.window.approx_days() <= 0) m_spec.window = m_spec.step;
    const std::vector<ViewSpec> windows = rolling_windows(events.span(), m_spec.window, m_spec.step, ViewSpec{});
    if (windows.empty()) return;

    for (const ViewSpec& w : windows)
        m_grid.push_back(w.window.start);
    const Day grid_end = m_spec.step.after(m_grid.back());
    m_grid.push_back(grid_end);
    std::vector<Day> window_ends;
    for (const ViewSpec& w : windows)
        window_ends.push_back(std::min(w.window.end, grid_end));
    std::merge(m_grid.begin(), m_grid.end(), window_ends.begin(), window_ends.end(), std::back_inserter(m_cells));
    m_cells.erase(std::unique(m_cells.begin(), m_cells.end()), m_cells.end());
    const auto cell_index = [&](Day day) {
        return static_cast<std::uint32_t>(std::lower_bound(m_cells.begin(), m_cells.end(), day) - m_cells.begin());
    };
    for (const Day t : m_grid)
        m_grid_cell.push_back(cell_index(t));
    for (const Day end : window_ends)
        m_window_end.push_back(cell_index(end));
    for (std::size_t c = 0; c + 1 < m_cells.size(); ++c) {
        const Day length = m_cells[c + 1] - m_cells[c];
        m_cell_gain.push_back(decayed_mass({0, length}, length - 1, m_spec.half_life));
        m_cell_decay.push_back(std::exp2(-length / m_spec.half_life));
    }

    std::unordered_map<std::uint64_t, std::uint32_t> index; // (a << 32 | b) -> dyad
    std::vector<Day> last_end;
    std::uint32_t cell = 0; // elementary cell of the current start day; starts only grow
    for (model::EventIndex e = 0; e < events.size(); ++e) {
        const ActorIndex source = events.source(e), target = events.target(e);
        if (m_spec.actor && source != *m_spec.actor && target != *m_spec.actor) continue;
        const Interval iv = events.interval(e);
        while (m_cells[cell + 1] <= iv.start)
            ++cell;
        const auto add = [&](ActorIndex a, ActorIndex b) {
            if (!m_spec.directed && b < a) std::swap(a, b);
            const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32U) | b;
            const auto [it, added] = index.try_emplace(key, static_cast<std::uint32_t>(m_dyads.size()));
            const std::size_t d = it->second;
            if (added) {
                m_dyads.push_back({a, b});
                m_active.emplace_back(point_of(iv.start), 0);
                m_events.emplace_back();
                m_deltas.emplace_back();
                m_longest.push_back(0);
                last_end.push_back(iv.end);
            }
            m_events[d].push_back(e);
            m_longest[d] = std::max(m_longest[d], iv.length());
            last_end[d] = std::max(last_end[d], iv.end);
            add_event(d, e, cell);
        };
        add(source, target);
        // A mutual act counts once in its undirected dyad; a directed series splits it between the two directions.
        if (m_spec.directed && events.mutual(e)) add(target, source);
    }
    for (std::size_t d = 0; d < m_dyads.size(); ++d) {
        m_active[d].second = point_of(last_end[d] - 1) + 1;
        auto& deltas = m_deltas[d];
        const auto by_cell = [](const CellDelta& x, const CellDelta& y) { return x.cell < y.cell; };
        if (!std::is_sorted(deltas.begin(), deltas.end(), by_cell))
            std::stable_sort(deltas.begin(), deltas.end(), by_cell);
        std::size_t kept = 0;
        for (std::size_t k = 0; k < deltas.size(); ++k) {
            if (kept != 0 && deltas[kept - 1].cell == deltas[k].cell) {
                deltas[kept - 1].sum += deltas[k].sum;
                deltas[kept - 1].decayed += deltas[k].decayed;
                deltas[kept - 1].density += deltas[k].density;
                deltas[kept - 1].runs += deltas[k].runs;
            } else {
                deltas[kept++] = deltas[k];
            }
        }
        deltas.resize(kept);
        deltas.shrink_to_fit();
    }
}

void DyadSeries::add_event(std::size_t dyad, model::EventIndex e, std::uint32_t first_cell)
{
    const model::EventStore& events = m_dataset->events;
    const Interval iv = events.interval(e);
    const double density = events.dyad_mass(e, m_spec.directed) / iv.length();
    if (iv.end <= m_cells[first_cell + 1]) {
        add_part(dyad, first_cell, iv, density);
        return;
    }
    const auto last_cell = static_cast<std::uint32_t>(
        std::upper_bound(m_cells.begin() + first_cell + 1, m_cells.end(), iv.end - 1) - m_cells.begin() - 1);
    add_part(dyad, first_cell, {iv.start, m_cells[first_cell + 1]}, density);
    if (last_cell > first_cell + 1) {
        // The cells in between are covered whole: a difference array of densities.
        m_deltas[dyad].push_back({first_cell + 1, 0.0, 0.0, density, 1});
        m_deltas[dyad].push_back({last_cell, 0.0, 0.0, -density, -1});
    }
    add_part(dyad, last_cell, {m_cells[last_cell], iv.end}, density);
}

void DyadSeries::add_part(std::size_t dyad, std::uint32_t cell, Interval part, double density)
{
    const double sum = density * part.length();
    const double decayed = density * decayed_mass(part, m_cells[cell + 1] - 1, m_spec.half_life);
    auto& deltas = m_deltas[dyad];
    if (!deltas.empty() && deltas.back().cell == cell) {
        deltas.back().sum += sum;
        deltas.back().decayed += decayed;
    } else {
        deltas.push_back({cell, sum, decayed, 0.0, 0});
    }
}

Interval DyadSeries::point_window(std::size_t j) const
{
    if (m_spec.kind == SeriesKind::decayed) return {m_grid[j], m_grid[j + 1]};
    return {m_grid[j], m_cells[m_window_end[j]]};
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
    const auto it = std::upper_bound(m_window_end.begin(), m_window_end.end(), day,
                                     [&](Day d, std::uint32_t end) { return d < m_cells[end]; });
    return std::min(static_cast<std::size_t>(it - m_window_end.begin()), points() - 1);
}

void DyadSeries::cell_values(std::size_t i, std::uint32_t from, std::uint32_t to, std::vector<double>* sums,
                             std::vector<double>* decayed) const
{
    if (sums) sums->assign(to - from, 0.0);
    if (decayed) decayed->assign(to - from, 0.0);
    const auto& deltas = m_deltas[i];
    auto q = std::lower_bound(deltas.begin(), deltas.end(), from,
                              [](const CellDelta& d, std::uint32_t c) { return d.cell < c; });
    double density = 0.0;
    int runs = 0;
    for (std::uint32_t c = from; c < to; ++c) {
        double sum = 0.0, decay = 0.0;
        for (; q != deltas.end() && q->cell == c; ++q) {
            sum += q->sum;
            decay += q->decayed;
            density += q->density;
            runs += q->runs;
        }
        if (runs == 0) density = 0.0; // no rounding residue once every run has ended
        if (sums) (*sums)[c - from] = sum + density * (m_cells[c + 1] - m_cells[c]);
        if (decayed) (*decayed)[c - from] = decay + density * m_cell_gain[c];
    }
}

std::vector<double> DyadSeries::values(std::size_t i) const
{
    return m_spec.kind == SeriesKind::decayed ? decayed(i) : window_sums(i);
}

std::vector<double> DyadSeries::window_sums(std::size_t i) const
{
    const auto [first, last] = m_active[i];
    const std::uint32_t from = m_grid_cell[first];
    std::uint32_t to = from;
    for (std::size_t j = first; j < last; ++j)
        to = std::max(to, m_window_end[j]);
    std::vector<double> sums;
    cell_values(i, from, to, &sums, nullptr);
    std::vector<double> prefix(sums.size() + 1, 0.0);
    for (std::size_t c = 0; c < sums.size(); ++c)
        prefix[c + 1] = prefix[c] + sums[c];
    std::vector<double> series;
    series.reserve(last - first);
    for (std::size_t j = first; j < last; ++j)
        series.push_back(prefix[m_window_end[j] - from] - prefix[m_grid_cell[j] - from]);
    return series;
}

std::vector<double> DyadSeries::decayed(std::size_t i) const
{
    const auto [first, last] = m_active[i];
    const std::uint32_t from = m_grid_cell[first];
    std::vector<double> increments;
    cell_values(i, from, m_grid_cell[last], nullptr, &increments);
    std::vector<double> series;
    series.reserve(last - first);
    double score = 0.0;
    std::uint32_t c = from;
    for (std::size_t j = first; j < last; ++j) {
        for (; c < m_grid_cell[j + 1]; ++c)
            score = score * m_cell_decay[c] + increments[c - from];
        series.push_back(score);
    }
    return series;
}

double DyadSeries::decayed_at(std::size_t i, Day day) const
{
    const model::EventStore& store = m_dataset->events;
    double score = 0.0;
    for (const model::EventIndex e : m_events[i]) {
        if (store.interval(e).start > day) break;
        score += store.dyad_mass(e, m_spec.directed) * decayed_share(store.interval(e), day, m_spec.half_life);
    }
    return score;
}

std::pair<std::size_t, std::size_t> DyadSeries::event_range(std::size_t i, Interval days) const
{
    const model::EventStore& store = m_dataset->events;
    const auto& list = m_events[i];
    const auto starts_before = [&](model::EventIndex e, Day day) { return store.interval(e).start < day; };
    // An event starting at s reaches day `days.start` only when s > days.start - longest.
    const auto first = std::lower_bound(list.begin(), list.end(), days.start - m_longest[i] + 1, starts_before);
    const auto last = std::lower_bound(first, list.end(), days.end, starts_before);
    return {static_cast<std::size_t>(first - list.begin()), static_cast<std::size_t>(last - list.begin())};
}

std::vector<double> DyadSeries::daily(std::size_t i, Interval days) const
{
    const model::EventStore& store = m_dataset->events;
    std::vector<double> density(static_cast<std::size_t>(std::max(days.length(), 0)) + 1, 0.0);
    const auto [first, last] = event_range(i, days);
    for (std::size_t k = first; k < last; ++k) {
        const model::EventIndex e = m_events[i][k];
        const Interval iv = store.interval(e);
        const Day lo = std::max(iv.start, days.start), hi = std::min(iv.end, days.end);
        if (hi <= lo) continue;
        const double d = store.dyad_mass(e, m_spec.directed) / iv.length();
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
    const model::EventStore& store = m_dataset->events;
    std::vector<Evidence> evidence;
    const auto [first, last] = event_range(i, days);
    for (std::size_t k = first; k < last; ++k) {
        const model::EventIndex e = m_events[i][k];
        const double contribution = store.dyad_mass(e, m_spec.directed) * overlap_share(store.interval(e), days);
        if (contribution != 0.0) evidence.push_back({e, contribution});
    }
    return evidence;
}

} // namespace entente::views
