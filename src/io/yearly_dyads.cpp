#include "io/yearly_dyads.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/errors.hpp"
#include "io/byte_source.hpp"
#include "io/field_splitter.hpp"
#include "io/line_reader.hpp"
#include "io/short_key_cache.hpp"

namespace entente::io {

namespace {

/// Per-year sums over the pairs (lo, hi) of ids below `capacity`, stored densely at lo * capacity + hi.
struct YearAccumulator {
    int year = 0;
    std::vector<std::int64_t> sum10;
    std::vector<std::uint32_t> count;
};

class Accumulators {
public:
    void add(int year, std::uint32_t lo, std::uint32_t hi, std::int64_t tenths)
    {
        if (m_current == nullptr || m_current->year != year) m_current = &year_of(year);
        const std::size_t at = std::size_t{lo} * m_capacity + hi;
        m_current->sum10[at] += tenths;
        ++m_current->count[at];
    }

    /// Makes room for ids below `actors`, doubling the capacity and moving every year's sums.
    void reserve(std::size_t actors)
    {
        if (actors <= m_capacity) return;
        std::size_t capacity = m_capacity;
        while (capacity < actors)
            capacity *= 2;
        for (auto& [year, acc] : m_years) {
            YearAccumulator grown{year, std::vector<std::int64_t>(capacity * capacity),
                                  std::vector<std::uint32_t>(capacity * capacity)};
            for (std::size_t lo = 0; lo < m_capacity; ++lo)
                for (std::size_t hi = lo + 1; hi < m_capacity; ++hi) {
                    grown.sum10[lo * capacity + hi] = acc.sum10[lo * m_capacity + hi];
                    grown.count[lo * capacity + hi] = acc.count[lo * m_capacity + hi];
                }
            acc = std::move(grown);
        }
        m_capacity = capacity;
    }

    std::vector<YearDyads> finish() const
    {
        std::vector<YearDyads> years;
        for (const auto& [year, acc] : m_years) {
            YearDyads out{year, {}};
            for (std::size_t lo = 0; lo < m_capacity; ++lo)
                for (std::size_t hi = lo + 1; hi < m_capacity; ++hi) {
                    const std::size_t at = lo * m_capacity + hi;
                    if (acc.count[at] != 0)
                        out.dyads.push_back({static_cast<std::uint32_t>(lo), static_cast<std::uint32_t>(hi),
                                             acc.sum10[at], acc.count[at]});
                }
            if (!out.dyads.empty()) years.push_back(std::move(out));
        }
        return years;
    }

private:
    YearAccumulator& year_of(int year)
    {
        auto [it, added] = m_years.try_emplace(year);
        if (added)
            it->second = {year, std::vector<std::int64_t>(m_capacity * m_capacity),
                          std::vector<std::uint32_t>(m_capacity * m_capacity)};
        return it->second;
    }

    std::size_t m_capacity = 16;
    std::map<int, YearAccumulator> m_years; // node-based: m_current stays valid when years are added
    YearAccumulator* m_current = nullptr;
};

struct Columns {
    std::size_t date = 0, source = 0, target = 0, weight = 0, width = 0;
};

Columns read_header(std::string_view line, const std::string& path)
{
    std::array<std::string_view, 64> names{};
    const std::size_t width = split_fields(line, ',', names);
    const auto find = [&](std::string_view name) {
        for (std::size_t i = 0; i < std::min(width, names.size()); ++i)
            if (names[i] == name) return i;
        throw InputError(fmt::format("{}:1:1: the header has no column '{}'", path, name));
    };
    return {find("date"), find("source"), find("target"), find("weight"), width};
}

} // namespace

YearlyDyads read_yearly_dyads(const std::string& path)
{
    ByteSource source(path);
    LineReader lines(source);
    std::string_view line;
    if (!lines.next(line)) throw InputError(fmt::format("{}:1:1: the file is empty", path));
    const Columns columns = read_header(line, path);

    YearlyDyads result;
    std::unordered_map<std::string, std::uint32_t> ids;
    ShortKeyCache<std::uint32_t> cache;
    Accumulators sums;
    std::array<std::string_view, 64> fields{};

    const auto fail = [&](std::size_t column, std::string_view message) {
        return InputError(fmt::format("{}:{}:{}: {}", path, lines.line_number(), column + 1, message));
    };
    const auto column_of = [&](std::string_view field) { return static_cast<std::size_t>(field.data() - line.data()); };
    const auto intern = [&](std::string_view code) {
        return *cache.find(code, [&](std::string_view key) -> std::optional<std::uint32_t> {
            auto [it, added] = ids.try_emplace(std::string(key), static_cast<std::uint32_t>(result.actors.size()));
            if (added) result.actors.emplace_back(key);
            return it->second;
        });
    };

    while (lines.next(line)) {
        if (line.empty()) continue;
        if (split_fields(line, ',', fields) != columns.width)
            throw fail(0, fmt::format("expected {} fields", columns.width));
        const std::string_view date = fields[columns.date], weight = fields[columns.weight];
        int year = 0;
        if (date.size() < 4 || std::from_chars(date.data(), date.data() + 4, year).ptr != date.data() + 4)
            throw fail(column_of(date), fmt::format("'{}' is not a date", date));
        double w = 0.0;
        const auto parsed = std::from_chars(weight.data(), weight.data() + weight.size(), w);
        if (weight.empty() || parsed.ptr != weight.data() + weight.size() || !std::isfinite(w))
            throw fail(column_of(weight), fmt::format("'{}' is not a weight", weight));
        const std::string_view source_code = fields[columns.source], target_code = fields[columns.target];
        if (source_code.empty()) throw fail(column_of(source_code), "no source actor");
        if (target_code.empty()) throw fail(column_of(target_code), "no target actor");
        const std::uint32_t s = intern(source_code), t = intern(target_code);
        ++result.rows;
        if (s == t) continue;
        sums.reserve(result.actors.size());
        sums.add(year, std::min(s, t), std::max(s, t), static_cast<std::int64_t>(std::nearbyint(w * 10.0)));
    }
    result.years = sums.finish();
    return result;
}

} // namespace entente::io
