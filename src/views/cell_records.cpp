#include "views/cell_records.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

#include "core/time_model.hpp"

namespace entente::views {

Channel channel_of(const CameoCode& code)
{
    const int root = CameoTable::root(code.code);
    if (root >= 1 && root <= 9) return Channel::cooperation;
    if (root >= 10 && root <= 20) return Channel::conflict;
    return Channel::none;
}

namespace {

/// The decayed value, at the last day of a cell of `length` days, of one unit a day over the whole cell.
double whole_cell_gain(Day length, double half_life)
{
    const double r = std::exp2(-1.0 / half_life);
    return (1.0 - std::pow(r, length)) / (1.0 - r);
}

} // namespace

Spread spread(const Grid& grid, const Decay* decay, Interval iv, double mass, Channel channel, CellIndex first)
{
    // The contribution of `part` of the event to the cell holding it (seen at the cell's last day when decayed).
    const auto part_value = [&](Interval part, CellIndex cell) {
        double share = static_cast<double>(part.length()) / iv.length();
        if (decay) share *= decay->share(part, grid.end(cell) - 1);
        return parts_of(mass * share, channel);
    };
    Spread s;
    s.first = first;
    if (iv.end <= grid.end(first)) {
        s.last = first;
        s.in_first = part_value(iv, first);
        return s;
    }
    s.last = grid.cell_of(iv.end - 1);
    s.in_first = part_value({iv.start, grid.end(first)}, first);
    s.in_last = part_value({grid.start(s.last), iv.end}, s.last);
    s.density = parts_of(mass / iv.length(), channel);
    return s;
}

void CellRecords::add(CellIndex cell, const CellPart& part)
{
    if (!m_records.empty() && m_records.back().cell == cell) {
        Record& r = m_records.back();
        r.rows += part.rows;
        r.sums += part.sums;
        r.starts += part.starts;
        r.ends += part.ends;
        return;
    }
    if (!m_records.empty() && m_records.back().cell > cell) m_sorted = false;
    m_records.push_back({cell, part.rows, part.starts, part.ends, 0, part.sums});
}

void CellRecords::add_run(CellIndex first, CellIndex last, const Sums& density)
{
    if (last > first + 1) m_runs.push_back({first + 1, last, density});
}

void CellRecords::add_event(const Spread& s, std::uint64_t count)
{
    if (s.last == s.first) {
        add(s.first, {s.in_first, count, count, 1});
        return;
    }
    add(s.first, {s.in_first, count, 0, 1});
    add_run(s.first, s.last, s.density);
    add(s.last, {s.in_last, 0, count, 0});
}

void CellRecords::append(CellRecords&& later)
{
    auto from = later.m_records.begin();
    if (!m_records.empty() && !later.m_records.empty()) {
        // Parts of a file in time order meet in one cell: its two records are
        // added here, in the order finish() would add them, and the records stay in order.
        if (m_sorted && later.m_sorted && later.m_records.front().cell == m_records.back().cell) {
            const Record& first = *from++;
            add(first.cell, {first.sums, first.starts, first.ends, first.rows});
        } else if (later.m_records.front().cell <= m_records.back().cell) {
            m_sorted = false;
        }
    }
    m_sorted = m_sorted && later.m_sorted;
    m_records.insert(m_records.end(), from, later.m_records.end());
    m_runs.insert(m_runs.end(), later.m_runs.begin(), later.m_runs.end());
    later = CellRecords{};
}

void CellRecords::finish()
{
    if (!m_sorted) {
        std::stable_sort(m_records.begin(), m_records.end(),
                         [](const Record& x, const Record& y) { return x.cell < y.cell; });
        std::size_t kept = 0;
        for (std::size_t k = 0; k < m_records.size(); ++k) {
            if (kept != 0 && m_records[kept - 1].cell == m_records[k].cell) {
                Record& r = m_records[kept - 1];
                r.rows += m_records[k].rows;
                r.sums += m_records[k].sums;
                r.starts += m_records[k].starts;
                r.ends += m_records[k].ends;
            } else {
                m_records[kept++] = m_records[k];
            }
        }
        m_records.resize(kept);
        m_sorted = true;
    }
    std::uint64_t open = 0;
    for (Record& r : m_records)
        r.open_after = open += r.starts - r.ends;
    index_cells();
}

std::size_t CellRecords::bytes() const
{
    return m_records.size() * sizeof(Record) + m_runs.size() * sizeof(Run);
}

CellRecords CellRecords::settled(std::pmr::memory_resource* memory) const
{
    CellRecords copy(memory);
    copy.m_records.assign(m_records.begin(), m_records.end());
    copy.m_runs.assign(m_runs.begin(), m_runs.end());
    copy.m_first = m_first;
    copy.m_cells = m_cells;
    copy.m_sorted = m_sorted;
    return copy;
}

void CellRecords::write(BinaryWriter& out) const
{
    out.put_all(std::span<const Record>(m_records));
    out.put_all(std::span<const Run>(m_runs));
}

bool CellRecords::read(BinaryReader& in, std::size_t cells)
{
    in.get_all(m_records);
    in.get_all(m_runs);
    m_sorted = true;
    std::uint64_t open = 0;
    for (std::size_t k = 0; k < m_records.size(); ++k) {
        const Record& r = m_records[k];
        if (r.cell >= cells || (k > 0 && r.cell <= m_records[k - 1].cell) ||
            r.open_after != (open += r.starts - r.ends))
            in.fail();
    }
    for (const Run& run : m_runs)
        if (!(run.first < run.last && run.last <= cells)) in.fail();
    if (m_records.empty()) in.fail(); // a dyad has a record of its first event
    if (in.ok()) index_cells();
    return in.ok();
}

void CellRecords::index_cells()
{
    m_first = m_records.empty() ? 0 : m_records.front().cell;
    m_cells = 0;
    if (m_records.empty() || !m_runs.empty() || m_records.back().cell - m_first >= 64) return;
    for (const Record& r : m_records)
        if (r.open_after != 0) return;
    for (const Record& r : m_records)
        m_cells |= std::uint64_t{1} << (r.cell - m_first);
}

std::uint64_t CellRecords::rows() const
{
    std::uint64_t rows = 0;
    for (const Record& r : m_records)
        rows += r.rows;
    return rows;
}

std::pair<CellIndex, CellIndex> CellRecords::active() const
{
    return {m_records.front().cell, m_records.back().cell};
}

DyadTotals CellRecords::totals(const Grid& grid, CellIndex first, CellIndex last) const
{
    DyadTotals t;
    if (m_cells != 0) { // the same records added in the same order as below, found by their bits
        if (last <= m_first || (first > m_first && first - m_first >= 64)) return t;
        const CellIndex from = first > m_first ? first - m_first : 0, to = std::min<CellIndex>(last - m_first, 64);
        const std::uint64_t below_from = (std::uint64_t{1} << from) - 1;
        const std::uint64_t below_to = to == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << to) - 1;
        std::size_t k = static_cast<std::size_t>(std::popcount(m_cells & below_from));
        for (std::uint64_t in = m_cells & below_to & ~below_from; in != 0; in &= in - 1, ++k) {
            t.sums += m_records[k].sums;
            t.events += m_records[k].starts;
        }
        return t;
    }
    auto it = std::lower_bound(m_records.begin(), m_records.end(), first,
                               [](const Record& r, CellIndex c) { return r.cell < c; });
    if (it != m_records.begin()) t.events = std::prev(it)->open_after;
    for (; it != m_records.end() && it->cell < last; ++it) {
        t.sums += it->sums;
        t.events += it->starts;
    }
    for (const Run& run : m_runs) {
        const CellIndex lo = std::max(first, run.first), hi = std::min(last, run.last);
        if (lo < hi) t.sums += run.density.scaled(static_cast<double>(grid.end(hi - 1)) - grid.start(lo));
    }
    return t;
}

DyadTotals CellRecords::decayed(const Grid& grid, double half_life, CellIndex at) const
{
    const Day seen = grid.end(at);
    DyadTotals t;
    for (const Record& r : m_records) {
        if (r.cell > at) break;
        t.sums += r.sums.scaled(std::exp2(-(static_cast<double>(seen) - grid.end(r.cell)) / half_life));
        t.events += r.starts;
    }
    for (const Run& run : m_runs)
        for (CellIndex c = run.first; c < std::min<CellIndex>(run.last, at + 1); ++c)
            t.sums += run.density.scaled(whole_cell_gain(grid.end(c) - grid.start(c), half_life) *
                                         std::exp2(-(static_cast<double>(seen) - grid.end(c)) / half_life));
    return t;
}

std::vector<Sums> CellRecords::per_cell(const Grid& grid, const std::optional<double>& half_life, CellIndex first,
                                        CellIndex last) const
{
    std::vector<Sums> cells(last > first ? last - first : 0);
    auto it = std::lower_bound(m_records.begin(), m_records.end(), first,
                               [](const Record& r, CellIndex c) { return r.cell < c; });
    for (; it != m_records.end() && it->cell < last; ++it)
        cells[it->cell - first] += it->sums;
    for (const Run& run : m_runs)
        for (CellIndex c = std::max(first, run.first); c < std::min(last, run.last); ++c) {
            const Day length = grid.end(c) - grid.start(c);
            cells[c - first] +=
                run.density.scaled(half_life ? whole_cell_gain(length, *half_life) : static_cast<double>(length));
        }
    return cells;
}

} // namespace entente::views
