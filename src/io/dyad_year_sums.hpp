#pragma once
// Per-year sums of undirected dyads, accumulated densely while a file streams.
#include <cstdint>
#include <map>
#include <vector>

#include "io/yearly_dyads.hpp"

namespace entente::io {

/// Sums and counts over the pairs (lo, hi), lo < hi, of actor ids below the
/// capacity, one triangular array per year: the pair's cell is at
/// hi * (hi - 1) / 2 + lo, a place that does not move when actors are added,
/// and its sum and count share a cache line. O(1) per event, 16 bytes a pair
/// of actors a year (0.3 MB at 200 actors, small enough for a core's cache).
class DyadYearSums {
public:
    void add(int year, std::uint32_t lo, std::uint32_t hi, std::int64_t tenths, std::uint64_t count = 1)
    {
        if (m_current == nullptr || m_current->year != year) m_current = &year_of(year);
        Cell& cell = m_current->cells[std::size_t{hi} * (hi - 1) / 2 + lo];
        cell.sum10 += tenths;
        cell.count += count;
    }

    /// Makes room for ids below `actors` (capacity doubled as needed).
    void reserve(std::size_t actors)
    {
        if (actors > m_capacity) grow(actors);
    }

    /// Adds the sums of `other`, whose actor id i is id_of[i] here (room must be reserved).
    void add_all(const DyadYearSums& other, const std::vector<std::uint32_t>& id_of);

    /// The years with at least one dyad, in increasing order, dyads sorted by (a, b).
    [[nodiscard]] std::vector<YearDyads> finish() const;

private:
    struct Cell {
        std::int64_t sum10 = 0;
        std::uint64_t count = 0;
    };
    struct Year {
        int year = 0;
        std::vector<Cell> cells;
    };

    [[nodiscard]] std::size_t cells() const { return m_capacity * (m_capacity - 1) / 2; }
    void grow(std::size_t actors);
    Year& year_of(int year);

    std::size_t m_capacity = 16;
    std::map<int, Year> m_years; // node-based: m_current stays valid when years are added
    Year* m_current = nullptr;
};

} // namespace entente::io
