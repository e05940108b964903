#pragma once
// `entente import --dedup daily`: one event per date, source, target and
// code, the "one-a-day" rule of the Phoenix data (a news feed reports one
// event many times a day; the rule counts it once).
//
// Memory: the keys of the rows kept whose date starts at most
// k_window_days before the latest date read, a hash set per date (about 50
// bytes a key); the sets of older dates are dropped as the dates advance.
// Inputs in date order (GDELT's daily files, ICEWS's yearly ones) are checked
// in full. A row dated more than the window before the latest date is kept
// without a check and counted, so the README can say how many: sorting such
// an input first (`sort -t$'\t' -k2,2`) checks every row. A row costs O(1)
// expected; a date dropped, O(its keys).
#include <cstdint>
#include <map>
#include <string_view>
#include <unordered_set>

#include "core/date.hpp"

namespace entente::io {

class SameDayFilter {
public:
    /// How far back (in days from the latest date read) a row is still checked.
    static constexpr Day k_window_days = 31;

    enum class Verdict {
        first,     ///< no row kept has its date, source, target and code: keep it
        repeat,    ///< one has: leave it out
        unchecked, ///< dated before the window: kept, not checked
    };

    /// Whether a row (its date as written, actor indices and CAMEO code) repeats one kept.
    Verdict check(const PartialDate& date, std::uint32_t source, std::uint32_t target, std::string_view code);

private:
    struct Key {
        std::uint32_t source = 0, target = 0, code = 0;
        std::uint8_t precision = 0;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept;
    };
    std::map<Day, std::unordered_set<Key, KeyHash>> m_dates; ///< by the first day of the date
    Day m_latest = 0;
    bool m_started = false;
};

} // namespace entente::io
