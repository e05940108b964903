#include "views/dyad_cells.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/time_model.hpp"

namespace entente::views {

Sums& Sums::operator+=(const Sums& other)
{
    score += other.score;
    pos += other.pos;
    neg += other.neg;
    cooperation += other.cooperation;
    conflict += other.conflict;
    return *this;
}

Sums Sums::scaled(double factor) const
{
    return {score * factor, pos * factor, neg * factor, cooperation * factor, conflict * factor};
}

Channel channel_of(const CameoCode& code)
{
    const int root = CameoTable::root(code.code);
    if (root >= 1 && root <= 9) return Channel::cooperation;
    if (root >= 10 && root <= 20) return Channel::conflict;
    return Channel::none;
}

namespace {

/// The parts of a contribution `c` of an act of channel `channel`.
Sums parts_of(double c, Channel channel)
{
    return {c, c > 0 ? c : 0.0, c < 0 ? -c : 0.0, channel == Channel::cooperation ? c : 0.0,
            channel == Channel::conflict ? -c : 0.0};
}

/// The decayed value, at the last day of a cell of `length` days, of one unit a day over the whole cell.
double whole_cell_gain(Day length, double half_life)
{
    const double r = std::exp2(-1.0 / half_life);
    return (1.0 - std::pow(r, length)) / (1.0 - r);
}

/// Dyads by key: the lookup of every row. Pairs of actors below
/// k_dense_actors (the states of the world and then some) are a direct
/// table; others, open addressing. No node allocation, no string hashing.
class DyadIndex {
public:
    /// The index stored for `key`, or `fresh` stored and returned when absent.
    std::uint32_t find_or_add(std::uint64_t key, std::uint32_t fresh)
    {
        const auto a = static_cast<std::uint32_t>(key >> 32U), b = static_cast<std::uint32_t>(key);
        if (a < k_dense_actors && b < k_dense_actors) {
            if (a >= m_side || b >= m_side) widen(std::max(a, b) + 1);
            std::uint32_t& slot = m_dense[std::size_t{a} * m_side + b];
            if (slot == 0) slot = fresh + 1;
            return slot - 1;
        }
        return find_or_add_hashed(key, fresh);
    }
    [[nodiscard]] std::optional<std::uint32_t> find(std::uint64_t key) const
    {
        const auto a = static_cast<std::uint32_t>(key >> 32U), b = static_cast<std::uint32_t>(key);
        if (a < k_dense_actors && b < k_dense_actors) {
            if (a >= m_side || b >= m_side) return std::nullopt;
            const std::uint32_t slot = m_dense[std::size_t{a} * m_side + b];
            return slot == 0 ? std::nullopt : std::optional<std::uint32_t>(slot - 1);
        }
        return find_hashed(key);
    }
    void clear()
    {
        m_dense.assign(m_dense.size(), 0);
        m_keys.assign(m_keys.size(), k_empty);
        m_count = 0;
    }

private:
    static constexpr std::uint32_t k_dense_actors = 1024; // a table of at most 4 MiB
    void widen(std::uint32_t needed)
    {
        std::uint32_t side = std::max<std::uint32_t>(m_side, 64);
        while (side < needed)
            side *= 2;
        std::vector<std::uint32_t> dense(std::size_t{side} * side, 0);
        for (std::uint32_t a = 0; a < m_side; ++a)
            std::copy_n(m_dense.begin() + std::size_t{a} * m_side, m_side, dense.begin() + std::size_t{a} * side);
        m_dense = std::move(dense);
        m_side = side;
    }

    std::uint32_t find_or_add_hashed(std::uint64_t key, std::uint32_t fresh)
    {
        if (2 * (m_count + 1) > m_keys.size()) grow();
        for (std::size_t slot = hash(key);; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key) return m_values[slot];
            if (m_keys[slot] == k_empty) {
                m_keys[slot] = key;
                m_values[slot] = fresh;
                ++m_count;
                return fresh;
            }
        }
    }
    [[nodiscard]] std::optional<std::uint32_t> find_hashed(std::uint64_t key) const
    {
        if (m_keys.empty()) return std::nullopt;
        for (std::size_t slot = hash(key);; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key) return m_values[slot];
            if (m_keys[slot] == k_empty) return std::nullopt;
        }
    }
    static constexpr std::uint64_t k_empty = ~std::uint64_t{0}; // no dyad of an actor with itself
    [[nodiscard]] std::size_t hash(std::uint64_t key) const
    {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }
    void grow()
    {
        std::vector<std::uint64_t> keys = std::move(m_keys);
        std::vector<std::uint32_t> values = std::move(m_values);
        const std::size_t size = keys.empty() ? 1024 : 2 * keys.size();
        m_keys.assign(size, k_empty);
        m_values.assign(size, 0);
        m_mask = size - 1;
        m_shift = 64 - static_cast<int>(std::countr_zero(size));
        m_count = 0;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] != k_empty) find_or_add_hashed(keys[i], values[i]);
    }

    std::vector<std::uint32_t> m_dense; ///< [a * m_side + b]: the dyad's index + 1; 0 when absent
    std::uint32_t m_side = 0;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_values;
    std::size_t m_mask = 0, m_count = 0;
    int m_shift = 64;
};

std::uint64_t key_of(DyadKey key)
{
    return (static_cast<std::uint64_t>(key.a) << 32U) | key.b;
}

/// What one cell of one dyad holds.
struct Record {
    CellIndex cell = 0;
    std::uint32_t rows = 0;       ///< rows starting in the cell
    std::uint64_t starts = 0;     ///< events whose first day is in the cell
    std::uint64_t ends = 0;       ///< events whose last day is in the cell
    std::uint64_t open_after = 0; ///< after finish(): events started and not ended by the cell's end
    Sums sums;
};

/// The whole cells [first, last) an event covers, at `density` a day.
struct Run {
    CellIndex first = 0, last = 0;
    Sums density;
};

struct DyadData {
    DyadKey key;
    std::vector<Record> records; ///< by cell once finished
    std::vector<Run> runs;
    bool sorted = true;

    void add(CellIndex cell, const Sums& sums, std::uint64_t starts, std::uint64_t ends, std::uint32_t rows)
    {
        if (!records.empty() && records.back().cell == cell) {
            Record& r = records.back();
            r.rows += rows;
            r.sums += sums;
            r.starts += starts;
            r.ends += ends;
            return;
        }
        if (!records.empty() && records.back().cell > cell) sorted = false;
        records.push_back({cell, rows, starts, ends, 0, sums});
    }
};

} // namespace

/// What the rows starting in one cell give a dyad, before it joins the dyad's records.
struct Pending {
    Sums sums;
    std::uint64_t starts = 0, ends = 0;
    std::uint32_t rows = 0;
};

struct DyadCells::Data {
    std::vector<Channel> channel_of_code;
    std::vector<DyadData> dyads;
    DyadIndex index;
    CellIndex hint = 0; ///< the cell of the last row: rows in time order fall in it or the next
    /// The cell rows are arriving in, summed by dyad in one dense table: rows in
    /// time order touch each dyad's records once a cell rather than once a row.
    CellIndex pending_cell = 0;
    std::vector<Pending> pending;       ///< by dyad
    std::vector<std::uint32_t> touched; ///< dyads with something pending
    bool finished = false;

    void flush()
    {
        for (const std::uint32_t d : touched) {
            Pending& p = pending[d];
            dyads[d].add(pending_cell, p.sums, p.starts, p.ends, p.rows);
            p = Pending{};
        }
        touched.clear();
    }
};

DyadCells::DyadCells(std::shared_ptr<const CellsSpec> spec, const CameoTable& cameo)
    : m_spec(std::move(spec)), m_data(std::make_unique<Data>())
{
    for (const CameoCode& code : cameo.codes())
        m_data->channel_of_code.push_back(channel_of(code));
}

DyadCells::DyadCells(DyadCells&&) noexcept = default;
DyadCells& DyadCells::operator=(DyadCells&&) noexcept = default;
DyadCells::~DyadCells() = default;

void DyadCells::add(const io::EventRow& row)
{
    const double mass = row.mass();
    // A mutual act counts once in its undirected dyad; a directed view splits it between the two directions.
    if (m_spec->directed && row.mutual) {
        add(row, {row.source, row.target}, mass / 2);
        add(row, {row.target, row.source}, mass / 2);
    } else {
        add(row, {row.source, row.target}, mass);
    }
}

void DyadCells::add(const io::EventRow& row, DyadKey key, double mass)
{
    Data& data = *m_data;
    const Grid& grid = m_spec->grid;
    if (!m_spec->directed && key.b < key.a) std::swap(key.a, key.b);
    const std::uint32_t d = data.index.find_or_add(key_of(key), static_cast<std::uint32_t>(data.dyads.size()));
    if (d == data.dyads.size()) {
        data.dyads.push_back({key, {}, {}, true});
        data.pending.emplace_back();
    }
    DyadData& dyad = data.dyads[d];

    const Interval iv = row.interval;
    const Channel channel = data.channel_of_code[row.code];
    if (!(grid.start(data.hint) <= iv.start && iv.start < grid.end(data.hint))) data.hint = grid.cell_of(iv.start);
    const CellIndex first = data.hint;
    // The contribution of `part` of the event to the cell holding it (seen at the cell's last day when decayed).
    const auto part_value = [&](Interval part, CellIndex cell) {
        double share = static_cast<double>(part.length()) / iv.length();
        if (m_spec->half_life) share *= decayed_share(part, grid.end(cell) - 1, *m_spec->half_life);
        return parts_of(mass * share, channel);
    };
    if (first != data.pending_cell) {
        data.flush();
        data.pending_cell = first;
    }
    Pending& pending = data.pending[d];
    if (pending.rows == 0) data.touched.push_back(d);
    ++pending.rows;
    pending.starts += row.count;
    if (iv.end <= grid.end(first)) {
        pending.sums += part_value(iv, first);
        pending.ends += row.count;
        return;
    }
    const CellIndex last = grid.cell_of(iv.end - 1);
    pending.sums += part_value({iv.start, grid.end(first)}, first);
    if (last > first + 1) dyad.runs.push_back({first + 1, last, parts_of(mass / iv.length(), channel)});
    dyad.add(last, part_value({grid.start(last), iv.end}, last), 0, row.count, 0);
}

void DyadCells::append(DyadCells&& later, std::span<const ActorIndex> actor_of)
{
    Data& data = *m_data;
    data.flush();
    later.m_data->flush();
    for (DyadData& other : later.m_data->dyads) {
        DyadKey key{actor_of[other.key.a], actor_of[other.key.b]};
        if (!m_spec->directed && key.b < key.a) std::swap(key.a, key.b);
        const std::uint32_t d = data.index.find_or_add(key_of(key), static_cast<std::uint32_t>(data.dyads.size()));
        if (d == data.dyads.size()) {
            other.key = key;
            data.dyads.push_back(std::move(other));
            data.pending.emplace_back();
            continue;
        }
        DyadData& dyad = data.dyads[d];
        if (!dyad.records.empty() && !other.records.empty() && other.records.front().cell <= dyad.records.back().cell)
            dyad.sorted = false;
        dyad.sorted = dyad.sorted && other.sorted;
        dyad.records.insert(dyad.records.end(), other.records.begin(), other.records.end());
        dyad.runs.insert(dyad.runs.end(), other.runs.begin(), other.runs.end());
    }
    later.m_data->dyads.clear();
}

void DyadCells::finish()
{
    Data& data = *m_data;
    data.flush();
    data.pending = {};
    std::sort(data.dyads.begin(), data.dyads.end(), [](const DyadData& x, const DyadData& y) {
        return std::pair(x.key.a, x.key.b) < std::pair(y.key.a, y.key.b);
    });
    data.index.clear();
    for (std::size_t d = 0; d < data.dyads.size(); ++d) {
        DyadData& dyad = data.dyads[d];
        data.index.find_or_add(key_of(dyad.key), static_cast<std::uint32_t>(d));
        auto& records = dyad.records;
        if (!dyad.sorted) {
            std::stable_sort(records.begin(), records.end(),
                             [](const Record& x, const Record& y) { return x.cell < y.cell; });
            std::size_t kept = 0;
            for (std::size_t k = 0; k < records.size(); ++k) {
                if (kept != 0 && records[kept - 1].cell == records[k].cell) {
                    records[kept - 1].rows += records[k].rows;
                    records[kept - 1].sums += records[k].sums;
                    records[kept - 1].starts += records[k].starts;
                    records[kept - 1].ends += records[k].ends;
                } else {
                    records[kept++] = records[k];
                }
            }
            records.resize(kept);
            dyad.sorted = true;
        }
        records.shrink_to_fit();
        dyad.runs.shrink_to_fit();
        std::uint64_t open = 0;
        for (Record& r : records)
            r.open_after = open += r.starts - r.ends;
    }
    data.finished = true;
}

std::size_t DyadCells::size() const
{
    return m_data->dyads.size();
}

DyadKey DyadCells::dyad(std::size_t i) const
{
    return m_data->dyads[i].key;
}

std::optional<std::size_t> DyadCells::find(DyadKey key) const
{
    if (!m_spec->directed && key.b < key.a) std::swap(key.a, key.b);
    return m_data->index.find(key_of(key));
}

std::uint64_t DyadCells::rows(std::size_t i) const
{
    std::uint64_t rows = 0;
    for (const Record& r : m_data->dyads[i].records)
        rows += r.rows;
    return rows;
}

std::pair<CellIndex, CellIndex> DyadCells::active(std::size_t i) const
{
    const DyadData& dyad = m_data->dyads[i];
    CellIndex first = dyad.records.front().cell, last = dyad.records.back().cell;
    return {first, last};
}

namespace {

void require_finished(bool finished)
{
    if (!finished) throw std::logic_error("DyadCells read before finish()");
}

} // namespace

DyadTotals DyadCells::totals(std::size_t i, CellIndex first, CellIndex last) const
{
    require_finished(m_data->finished);
    if (m_spec->half_life) throw std::logic_error("DyadCells::totals on decayed cells");
    const Grid& grid = m_spec->grid;
    const DyadData& dyad = m_data->dyads[i];
    DyadTotals t;
    auto it = std::lower_bound(dyad.records.begin(), dyad.records.end(), first,
                               [](const Record& r, CellIndex c) { return r.cell < c; });
    if (it != dyad.records.begin()) t.events = std::prev(it)->open_after;
    for (; it != dyad.records.end() && it->cell < last; ++it) {
        t.sums += it->sums;
        t.events += it->starts;
    }
    for (const Run& run : dyad.runs) {
        const CellIndex lo = std::max(first, run.first), hi = std::min(last, run.last);
        if (lo < hi) t.sums += run.density.scaled(static_cast<double>(grid.end(hi - 1)) - grid.start(lo));
    }
    return t;
}

DyadTotals DyadCells::decayed(std::size_t i, CellIndex at) const
{
    require_finished(m_data->finished);
    if (!m_spec->half_life) throw std::logic_error("DyadCells::decayed on plain cells");
    const double half_life = *m_spec->half_life;
    const Grid& grid = m_spec->grid;
    const Day seen = grid.end(at);
    const DyadData& dyad = m_data->dyads[i];
    DyadTotals t;
    for (const Record& r : dyad.records) {
        if (r.cell > at) break;
        t.sums += r.sums.scaled(std::exp2(-(static_cast<double>(seen) - grid.end(r.cell)) / half_life));
        t.events += r.starts;
    }
    for (const Run& run : dyad.runs)
        for (CellIndex c = run.first; c < std::min<CellIndex>(run.last, at + 1); ++c)
            t.sums += run.density.scaled(whole_cell_gain(grid.end(c) - grid.start(c), half_life) *
                                         std::exp2(-(static_cast<double>(seen) - grid.end(c)) / half_life));
    return t;
}

std::vector<Sums> DyadCells::per_cell(std::size_t i, CellIndex first, CellIndex last) const
{
    require_finished(m_data->finished);
    const Grid& grid = m_spec->grid;
    const DyadData& dyad = m_data->dyads[i];
    std::vector<Sums> cells(last > first ? last - first : 0);
    auto it = std::lower_bound(dyad.records.begin(), dyad.records.end(), first,
                               [](const Record& r, CellIndex c) { return r.cell < c; });
    for (; it != dyad.records.end() && it->cell < last; ++it)
        cells[it->cell - first] += it->sums;
    for (const Run& run : dyad.runs)
        for (CellIndex c = std::max(first, run.first); c < std::min(last, run.last); ++c) {
            const Day length = grid.end(c) - grid.start(c);
            cells[c - first] += run.density.scaled(m_spec->half_life ? whole_cell_gain(length, *m_spec->half_life)
                                                                     : static_cast<double>(length));
        }
    return cells;
}

} // namespace entente::views
