#include "views/dyad_series.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/time_model.hpp"
#include "views/view_spec.hpp"

namespace entente::views {
DyadSeries::DyadSeries(const model::Dataset& dataset, SeriesSpec spec, const DyadFilter& keep, std::size_t threads,
                       std::optional<std::size_t> copy_group)
    : m_dataset(&dataset), m_spec(std::move(spec)), m_decay(m_spec.half_life)
{
    if (m_spec.kind == SeriesKind::decayed || m_spec.window.approx_days() <= 0) m_spec.window = m_spec.step;
    const std::vector<ViewSpec> windows = rolling_windows(dataset.span, m_spec.window, m_spec.step, ViewSpec{});
    m_cell_grid = Grid::rolling(m_spec.window, m_spec.step);
    for (const CameoCode& code : dataset.cameo.codes())
        m_channel_of_code.push_back(channel_of(code));
    if (windows.empty()) return;

    std::vector<model::EventStoreBuilder> parts;
    const model::RowCopy* copy = copy_group ? dataset.row_copy.get() : nullptr;
    io::ScanCallbacks callbacks{[&](std::size_t n) {
                                    parts.assign(n, model::EventStoreBuilder(true));
                                    if (!copy) return;
                                    // A group's rows are known: the first part has room for the others' too.
                                    std::uint64_t all = 0;
                                    for (std::size_t p = 0; p < n; ++p) {
                                        all += copy->rows(*copy_group, p);
                                        if (p > 0) parts[p].reserve(copy->rows(*copy_group, p));
                                    }
                                    if (n > 0) parts[0].reserve(all);
                                },
                                [&](std::size_t p, const io::EventRow& row) {
                                    if (!keep || keep(row.source, row.target)) parts[p].add(row);
                                }};
    callbacks.wanted = keep;
    const io::ScanOutcome outcome = copy ? copy->read_group(*copy_group, threads, dataset.actors.size(), callbacks)
                                         : model::reread_events(dataset, threads, callbacks);
    model::EventStoreBuilder rows(true);
    for (std::size_t p = 0; p < parts.size(); ++p)
        rows.append(std::move(parts[p]), outcome.line_base[p]);
    m_rows = std::move(rows).build_by_dyad(threads);

    for (const ViewSpec& w : windows)
        m_grid.push_back(w.window.start);
    const Day grid_end = m_spec.step.after(m_grid.back());
    m_grid.push_back(grid_end);
    for (const ViewSpec& w : windows)
        m_window_end.push_back(std::min(w.window.end, grid_end));
    for (const Day day : m_grid)
        m_point_cell.push_back(m_cell_grid.cell_of(day));
    for (const Day day : m_window_end)
        m_window_end_cell.push_back(m_cell_grid.cell_of(day));

    // The dyads, in key order, and the events of each in time order.
    const auto key_of = [&](ActorIndex a, ActorIndex b) {
        if (!m_spec.directed && b < a) std::swap(a, b);
        return (static_cast<std::uint64_t>(a) << 32U) | b;
    };
    // The rows come dyad by dyad (build_by_dyad), so a key is mostly the one
    // before it: only the changes are collected, and the last two keys'
    // places (a directed series alternates between a dyad's two directions)
    // spare most rows a search.
    std::vector<std::uint64_t> keys;
    const auto note = [&](std::uint64_t key) {
        if (keys.empty() || keys.back() != key) keys.push_back(key);
    };
    for (model::EventIndex e = 0; e < m_rows.size(); ++e) {
        note(key_of(m_rows.source(e), m_rows.target(e)));
        // A mutual act counts once in its undirected dyad; a directed series splits it between the two directions.
        if (m_spec.directed && m_rows.mutual(e)) note(key_of(m_rows.target(e), m_rows.source(e)));
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const std::uint64_t key : keys)
        m_dyads.push_back({static_cast<ActorIndex>(key >> 32U), static_cast<ActorIndex>(key & 0xFFFFFFFFU)});
    m_events.resize(keys.size());
    m_longest.assign(keys.size(), 0);
    std::vector<Day> last_end(keys.size(), 0);
    std::array<std::pair<std::uint64_t, std::size_t>, 2> recent{{{~std::uint64_t{0}, 0}, {~std::uint64_t{0}, 0}}};
    const auto place_of = [&](std::uint64_t key) {
        for (const auto& [k, d] : recent)
            if (k == key) return d;
        const auto d = static_cast<std::size_t>(std::lower_bound(keys.begin(), keys.end(), key) - keys.begin());
        recent = {{{key, d}, recent[0]}};
        return d;
    };
    for (model::EventIndex e = 0; e < m_rows.size(); ++e) {
        const Interval iv = m_rows.interval(e);
        const auto add = [&](ActorIndex a, ActorIndex b) {
            const std::size_t d = place_of(key_of(a, b));
            m_events[d].push_back(e);
            m_longest[d] = std::max(m_longest[d], iv.length());
            last_end[d] = std::max(last_end[d], iv.end);
        };
        add(m_rows.source(e), m_rows.target(e));
        if (m_spec.directed && m_rows.mutual(e)) add(m_rows.target(e), m_rows.source(e));
    }
    for (std::size_t d = 0; d < m_events.size(); ++d)
        m_active.emplace_back(point_of(m_rows.interval(m_events[d].front()).start), point_of(last_end[d] - 1) + 1);
}

CellRecords DyadSeries::cells(std::size_t i, const Decay* decay) const
{
    CellRecords records;
    CellIndex hint = 0;
    for (const model::EventIndex e : m_events[i]) {
        const Interval iv = m_rows.interval(e);
        if (!(m_cell_grid.start(hint) <= iv.start && iv.start < m_cell_grid.end(hint)))
            hint = m_cell_grid.cell_of(iv.start, hint);
        const double mass = m_rows.dyad_mass(e, m_spec.directed);
        const Channel channel = m_channel_of_code[m_rows.code(e)];
        const std::uint32_t count = m_rows.count(e);
        if (whole_in_cell(m_cell_grid, decay, iv, hint)) // most events
            records.add(hint, {parts_of(mass, channel), count, count, 1});
        else
            records.add_event(spread(m_cell_grid, decay, iv, mass, channel, hint), count);
    }
    records.finish();
    return records;
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

std::vector<double> part_of(const std::vector<Sums>& sums, double Sums::*part)
{
    std::vector<double> values;
    values.reserve(sums.size());
    for (const Sums& s : sums)
        values.push_back(s.*part);
    return values;
}

std::vector<Sums> DyadSeries::point_sums(std::size_t i) const
{
    return m_spec.kind == SeriesKind::decayed ? decayed_sums(i) : window_totals(i);
}

std::vector<double> DyadSeries::values(std::size_t i, double Sums::*part) const
{
    return part_of(point_sums(i), part);
}

std::vector<double> DyadSeries::window_sums(std::size_t i, double Sums::*part) const
{
    return part_of(window_totals(i), part);
}

std::vector<double> DyadSeries::decayed(std::size_t i, double Sums::*part) const
{
    return part_of(decayed_sums(i), part);
}

std::vector<Sums> DyadSeries::window_totals(std::size_t i) const
{
    const Grid& grid = m_cell_grid;
    const CellRecords records = cells(i, nullptr);
    const auto [first, last] = m_active[i];
    std::vector<Sums> series;
    series.reserve(last - first);
    for (std::size_t j = first; j < last; ++j)
        series.push_back(records.totals(grid, m_point_cell[j], m_window_end_cell[j]).sums);
    return series;
}

std::vector<Sums> DyadSeries::decayed_sums(std::size_t i) const
{
    const Grid& grid = m_cell_grid;
    const auto [first, last] = m_active[i];
    const CellIndex from = m_point_cell[first], to = m_point_cell[last];
    const std::vector<Sums> increments = cells(i, &m_decay).per_cell(grid, m_spec.half_life, from, to);
    std::vector<Sums> series;
    series.reserve(last - first);
    Sums standing;
    CellIndex c = from;
    for (std::size_t j = first; j < last; ++j) {
        for (const CellIndex end = m_point_cell[j + 1]; c < end; ++c) {
            standing = standing.scaled(m_decay.left_after(grid.end(c) - grid.start(c)));
            standing += increments[c - from];
        }
        series.push_back(standing);
    }
    return series;
}

double DyadSeries::decayed_at(std::size_t i, Day day) const
{
    double score = 0.0;
    for (const model::EventIndex e : m_events[i]) {
        if (m_rows.interval(e).start > day) break;
        score += m_rows.dyad_mass(e, m_spec.directed) * m_decay.share(m_rows.interval(e), day);
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
