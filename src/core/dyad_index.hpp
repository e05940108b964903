#pragma once
// A table from a pair of actors to a number (a dyad's place in some list):
// the lookup of every row of a reading, so it must be cheap. Pairs of actors
// below k_dense_actors (the states of the world and then some) are a direct
// table; others, open addressing. No node allocation, no string hashing.
#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace entente {

/// Keys are (a << 32) | b for actors a and b; any pair but ~0.
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

} // namespace entente
