#pragma once
// The random numbers of the seeded searches (frustration bound, blocs). The
// engine is std::mt19937_64, whose sequence the standard fixes; the mapping to
// a range is written here, because std::uniform_int_distribution differs
// between standard libraries and the output must not.
#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace entente::analysis {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed) : m_engine(seed) {}

    /// A uniform integer in [0, n), n > 0, by rejection (no modulo bias).
    std::size_t below(std::size_t n)
    {
        const std::uint64_t range = n;
        const std::uint64_t reject_below = (std::uint64_t{0} - range) % range; // 2^64 mod n
        std::uint64_t x = m_engine();
        while (x < reject_below)
            x = m_engine();
        return static_cast<std::size_t>(x % range);
    }

    /// Shuffles `items` (Fisher-Yates).
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace entente::analysis
