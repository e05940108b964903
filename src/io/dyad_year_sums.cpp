#include "io/dyad_year_sums.hpp"

#include <algorithm>

namespace entente::io {

DyadYearSums::Year& DyadYearSums::year_of(int year)
{
    auto [it, added] = m_years.try_emplace(year);
    if (added) it->second = {year, std::vector<Cell>(cells())};
    return it->second;
}

void DyadYearSums::grow(std::size_t actors)
{
    while (m_capacity < actors)
        m_capacity *= 2;
    for (auto& [year, sums] : m_years)
        sums.cells.resize(cells());
}

void DyadYearSums::add_all(const DyadYearSums& other, const std::vector<std::uint32_t>& id_of)
{
    for (const auto& [year, sums] : other.m_years) {
        std::size_t at = 0;
        for (std::size_t hi = 1; hi < id_of.size(); ++hi)
            for (std::size_t lo = 0; lo < hi; ++lo, ++at) {
                const Cell& cell = sums.cells[at];
                if (cell.count == 0) continue;
                const std::uint32_t a = id_of[lo], b = id_of[hi];
                add(year, std::min(a, b), std::max(a, b), cell.sum10, cell.count);
            }
    }
}

std::vector<YearDyads> DyadYearSums::finish() const
{
    std::vector<YearDyads> years;
    for (const auto& [year, sums] : m_years) {
        YearDyads out{year, {}};
        for (std::size_t lo = 0; lo < m_capacity; ++lo)
            for (std::size_t hi = lo + 1; hi < m_capacity; ++hi)
                if (const Cell& cell = sums.cells[hi * (hi - 1) / 2 + lo]; cell.count != 0)
                    out.dyads.push_back(
                        {static_cast<std::uint32_t>(lo), static_cast<std::uint32_t>(hi), cell.sum10, cell.count});
        if (!out.dyads.empty()) years.push_back(std::move(out));
    }
    return years;
}

} // namespace entente::io
