#pragma once
// The one accumulation of dyad scores under every command (DESIGN.md
// sections 3 and 4). Rows stream in once; each event's weight × count is
// spread over its days and summed, per dyad, into the cells of a Grid. A
// view (a window, an era, an instant, each window of a series) is then read
// off the cells it covers, for every dyad, without the events: memory grows
// with the dyads and the cells they are active in, not with the events.
// Which events made a number is found again from the file when it is
// printed (views/evidence.hpp).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/cameo.hpp"
#include "io/dataset_reader.hpp"
#include "views/cell_records.hpp"
#include "views/grid.hpp"

namespace entente::views {

/// What an accumulation keeps apart.
struct CellsSpec {
    Grid grid;
    bool directed = false;           ///< dyads ordered (who acted on whom) rather than unordered
    std::optional<double> half_life; ///< days: contributions decay, each seen at the last day of its cell
};

/// A dyad of an accumulation: undirected ones order the pair by actor index (a < b).
struct DyadKey {
    ActorIndex a = 0, b = 0;
    friend bool operator==(const DyadKey&, const DyadKey&) = default;
};

class DyadCells {
public:
    DyadCells(std::shared_ptr<const CellsSpec> spec, const CameoTable& cameo);
    DyadCells(DyadCells&&) noexcept;
    DyadCells& operator=(DyadCells&&) noexcept;
    ~DyadCells();

    [[nodiscard]] const CellsSpec& spec() const { return *m_spec; }

    /// Adds one row: its mass (io::event_mass) to its dyad, or, for a mutual
    /// act in a directed accumulation, half to each direction (its events
    /// counting in both). O(log cells) to find its cell (O(1) for rows in
    /// time order), O(1) per row whatever the number of days it covers.
    void add(const io::EventRow& row);
    /// Adds the dyads of `later`, whose actor i is actor_of[i] here; neither is finished.
    void append(DyadCells&& later, std::span<const ActorIndex> actor_of);
    /// Orders each dyad's cells and counts the events open at each; call
    /// once every row is in, before reading; once only. O(C log C) for C dyad cells.
    void finish();

    /// The finished accumulation in bytes (core/binary_record.hpp): its dyads and their records.
    void write(BinaryWriter& out) const;
    /// An accumulation of `spec` that write() wrote, between `actors` actors,
    /// finished; nullopt (and `in` failed) when the bytes are not what write()
    /// gives for such a spec.
    static std::optional<DyadCells> read(BinaryReader& in, std::shared_ptr<const CellsSpec> spec,
                                         const CameoTable& cameo, std::size_t actors);

    /// Dyads, in order of first appearance (unordered, whatever the rows' order, until finish()).
    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] DyadKey dyad(std::size_t i) const;
    [[nodiscard]] std::optional<std::size_t> find(DyadKey key) const;
    /// The rows behind dyad i (each row once, whatever its count).
    [[nodiscard]] std::uint64_t rows(std::size_t i) const;
    /// The first and last cells (inclusive) in which dyad i has events.
    [[nodiscard]] std::pair<CellIndex, CellIndex> active(std::size_t i) const;

    /// Plain sums: what dyad i holds over cells [first, last), with the
    /// events overlapping them. O(log C + cells + long events).
    [[nodiscard]] DyadTotals totals(std::size_t i, CellIndex first, CellIndex last) const;
    /// Decayed sums: what dyad i holds as seen at the last day of cell `at`
    /// (every part of an event up to it, each decayed by its age), with the
    /// events that started by then.
    [[nodiscard]] DyadTotals decayed(std::size_t i, CellIndex at) const;
    /// Dyad i cell by cell over [first, last): plain sums (or, when decayed,
    /// each cell's own contributions seen at its last day).
    [[nodiscard]] std::vector<Sums> per_cell(std::size_t i, CellIndex first, CellIndex last) const;

private:
    /// Adds `mass` of `row` (its whole, or half of a mutual act in each
    /// direction) to dyad (a, b). Two actors, not a DyadKey: g++ read a key
    /// made of the row's source and target in one 8-byte load, which cannot
    /// take the two 4-byte stores the row's parse just made, and waited for them.
    void add(const io::EventRow& row, ActorIndex a, ActorIndex b, double mass);

    struct Data;
    std::shared_ptr<const CellsSpec> m_spec;
    std::unique_ptr<Data> m_data;
};

} // namespace entente::views
