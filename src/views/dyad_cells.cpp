#include "views/dyad_cells.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "core/dyad_index.hpp"
#include "core/huge_page_arena.hpp"

namespace entente::views {

namespace {

std::uint64_t key_of(DyadKey key)
{
    return (static_cast<std::uint64_t>(key.a) << 32U) | key.b;
}

void require_finished(bool finished)
{
    if (!finished) throw std::logic_error("DyadCells read before finish()");
}

struct DyadData {
    DyadKey key;
    CellRecords records;
};

} // namespace

struct DyadCells::Data {
    std::vector<Channel> channel_of_code;
    std::optional<Decay> decay; ///< the spec's half-life, when it has one
    /// Once finished (or read), every dyad's records, side by side: each
    /// window reads one record a dyad, a page or so apart.
    std::unique_ptr<HugePageArena> arena;
    std::vector<DyadData> dyads;
    DyadIndex index;
    CellIndex hint = 0; ///< the cell of the last row: rows in time order fall in it or the next
    /// The cell rows are arriving in, summed by dyad in one dense table: rows in
    /// time order touch each dyad's records once a cell rather than once a row.
    CellIndex pending_cell = 0;
    std::vector<CellPart> pending;      ///< by dyad: what the rows of pending_cell give it so far
    std::vector<std::uint32_t> touched; ///< dyads with something pending
    bool finished = false;

    void flush()
    {
        for (const std::uint32_t d : touched) {
            dyads[d].records.add(pending_cell, pending[d]);
            pending[d] = CellPart{};
        }
        touched.clear();
    }
};

DyadCells::DyadCells(std::shared_ptr<const CellsSpec> spec, const CameoTable& cameo)
    : m_spec(std::move(spec)), m_data(std::make_unique<Data>())
{
    for (const CameoCode& code : cameo.codes())
        m_data->channel_of_code.push_back(channel_of(code));
    if (m_spec->half_life) m_data->decay.emplace(*m_spec->half_life);
}

DyadCells::DyadCells(DyadCells&&) noexcept = default;
DyadCells& DyadCells::operator=(DyadCells&&) noexcept = default;
DyadCells::~DyadCells() = default;

void DyadCells::add(const io::EventRow& row)
{
    const double mass = row.mass();
    // A mutual act counts once in its undirected dyad; a directed view splits it between the two directions.
    if (m_spec->directed && row.mutual) {
        add(row, row.source, row.target, mass / 2);
        add(row, row.target, row.source, mass / 2);
    } else {
        add(row, row.source, row.target, mass);
    }
}

void DyadCells::add(const io::EventRow& row, ActorIndex a, ActorIndex b, double mass)
{
    Data& data = *m_data;
    const Grid& grid = m_spec->grid;
    DyadKey key{a, b};
    if (!m_spec->directed && key.b < key.a) std::swap(key.a, key.b);
    const std::uint32_t d = data.index.find_or_add(key_of(key), static_cast<std::uint32_t>(data.dyads.size()));
    if (d == data.dyads.size()) {
        data.dyads.push_back({key, {}});
        data.pending.emplace_back();
    }
    const Interval iv = row.interval;
    if (!(grid.start(data.hint) <= iv.start && iv.start < grid.end(data.hint)))
        data.hint = grid.cell_of(iv.start, data.hint);
    if (data.hint != data.pending_cell) {
        data.flush();
        data.pending_cell = data.hint;
    }
    CellPart& pending = data.pending[d];
    if (pending.rows == 0) data.touched.push_back(d);
    ++pending.rows;
    pending.starts += row.count;
    const Channel channel = data.channel_of_code[row.code];
    if (whole_in_cell(grid, data.decay ? &*data.decay : nullptr, iv, data.hint)) { // most events
        pending.sums += parts_of(mass, channel);
        pending.ends += row.count;
        return;
    }
    const Spread s = spread(grid, data.decay ? &*data.decay : nullptr, iv, mass, channel, data.hint);
    pending.sums += s.in_first;
    if (s.last == s.first) {
        pending.ends += row.count;
        return;
    }
    CellRecords& records = data.dyads[d].records;
    records.add_run(s.first, s.last, s.density);
    records.add(s.last, {s.in_last, 0, row.count, 0});
}

void DyadCells::append(DyadCells&& later, std::span<const ActorIndex> actor_of)
{
    Data& data = *m_data;
    // A finished part's records live in its own arena, gone with it.
    if (data.finished || later.m_data->finished) throw std::logic_error("DyadCells::append after finish()");
    data.flush();
    later.m_data->flush();
    for (DyadData& other : later.m_data->dyads) {
        DyadKey key{actor_of[other.key.a], actor_of[other.key.b]};
        if (!m_spec->directed && key.b < key.a) std::swap(key.a, key.b);
        const std::uint32_t d = data.index.find_or_add(key_of(key), static_cast<std::uint32_t>(data.dyads.size()));
        if (d == data.dyads.size()) {
            data.dyads.push_back({key, std::move(other.records)});
            data.pending.emplace_back();
        } else {
            data.dyads[d].records.append(std::move(other.records));
        }
    }
    later.m_data->dyads.clear();
}

void DyadCells::finish()
{
    Data& data = *m_data;
    if (data.finished)
        throw std::logic_error("DyadCells::finish() twice"); // its records are in the arena it would replace
    data.flush();
    data.pending = {};
    std::size_t bytes = 0;
    for (DyadData& dyad : data.dyads) {
        dyad.records.finish();
        bytes += dyad.records.bytes();
    }
    // In order of their actors, each dyad's records copied into the arena: a
    // vector built anew, not assigned, since records keep the memory they were made in.
    std::vector<std::uint32_t> order(data.dyads.size());
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        const DyadKey kx = data.dyads[x].key, ky = data.dyads[y].key;
        return std::pair(kx.a, kx.b) < std::pair(ky.a, ky.b);
    });
    data.arena = std::make_unique<HugePageArena>(bytes);
    data.index.clear();
    std::vector<DyadData> settled;
    settled.reserve(data.dyads.size());
    for (const std::uint32_t d : order) {
        DyadData& dyad = data.dyads[d];
        data.index.find_or_add(key_of(dyad.key), static_cast<std::uint32_t>(settled.size()));
        settled.push_back({dyad.key, dyad.records.settled(data.arena->memory())});
        dyad.records = CellRecords{};
    }
    data.dyads = std::move(settled);
    data.finished = true;
}

void DyadCells::write(BinaryWriter& out) const
{
    require_finished(m_data->finished);
    out.put<std::uint64_t>(m_data->dyads.size());
    for (const DyadData& dyad : m_data->dyads) {
        out.put(dyad.key);
        dyad.records.write(out);
    }
}

std::optional<DyadCells> DyadCells::read(BinaryReader& in, std::shared_ptr<const CellsSpec> spec,
                                         const CameoTable& cameo, std::size_t actors)
{
    DyadCells cells(std::move(spec), cameo);
    Data& data = *cells.m_data;
    const auto count = in.get<std::uint64_t>();
    const std::size_t grid_cells = cells.m_spec->grid.size();
    data.arena = std::make_unique<HugePageArena>(in.left()); // the records take less than the bytes left
    for (std::uint64_t d = 0; d < count && in.ok(); ++d) {
        const auto key = in.get<DyadKey>();
        // finish() leaves the dyads in order of their actors, an undirected pair's smaller first.
        const bool in_order =
            data.dyads.empty() || std::pair(data.dyads.back().key.a, data.dyads.back().key.b) < std::pair(key.a, key.b);
        if (key.a >= actors || key.b >= actors || key.a == key.b || (!cells.m_spec->directed && key.b < key.a) ||
            !in_order)
            in.fail();
        data.dyads.push_back({key, CellRecords(data.arena->memory())});
        data.dyads.back().records.read(in, grid_cells);
    }
    if (!in.ok()) return std::nullopt;
    for (std::size_t d = 0; d < data.dyads.size(); ++d)
        data.index.find_or_add(key_of(data.dyads[d].key), static_cast<std::uint32_t>(d));
    data.finished = true;
    return cells;
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
    return m_data->dyads[i].records.rows();
}

std::pair<CellIndex, CellIndex> DyadCells::active(std::size_t i) const
{
    return m_data->dyads[i].records.active();
}

DyadTotals DyadCells::totals(std::size_t i, CellIndex first, CellIndex last) const
{
    require_finished(m_data->finished);
    if (m_spec->half_life) throw std::logic_error("DyadCells::totals on decayed cells");
    return m_data->dyads[i].records.totals(m_spec->grid, first, last);
}

DyadTotals DyadCells::decayed(std::size_t i, CellIndex at) const
{
    require_finished(m_data->finished);
    if (!m_spec->half_life) throw std::logic_error("DyadCells::decayed on plain cells");
    return m_data->dyads[i].records.decayed(m_spec->grid, *m_spec->half_life, at);
}

std::vector<Sums> DyadCells::per_cell(std::size_t i, CellIndex first, CellIndex last) const
{
    require_finished(m_data->finished);
    return m_data->dyads[i].records.per_cell(m_spec->grid, m_spec->half_life, first, last);
}

} // namespace entente::views
