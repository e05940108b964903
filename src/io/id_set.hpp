#pragma once
// A set of 64-bit ids (GDELT's GLOBALEVENTIDs) with open addressing and
// linear probing: 16 bytes an id at most, no allocation per id. Written by hand because
// std::unordered_set allocates a node per id, and Boost's flat sets are newer
// than Debian 12's Boost.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace entente::io {

class IdSet {
public:
    /// Adds `id`; false when it was already there.
    bool insert(std::uint64_t id)
    {
        if (id == 0) return !std::exchange(m_has_zero, true);
        if ((m_size + 1) * 2 > m_slots.size()) grow();
        std::size_t i = slot_of(id);
        while (m_slots[i] != 0) {
            if (m_slots[i] == id) return false;
            i = (i + 1) & (m_slots.size() - 1);
        }
        m_slots[i] = id;
        ++m_size;
        return true;
    }

    [[nodiscard]] bool contains(std::uint64_t id) const
    {
        if (id == 0) return m_has_zero;
        if (m_slots.empty()) return false;
        for (std::size_t i = slot_of(id); m_slots[i] != 0; i = (i + 1) & (m_slots.size() - 1))
            if (m_slots[i] == id) return true;
        return false;
    }

    [[nodiscard]] std::size_t size() const { return m_size + (m_has_zero ? 1 : 0); }

private:
    /// The home slot: the id's low bits (the high ones mixed in), so that the
    /// increasing ids of a GDELT file fill neighbouring slots and stay in the
    /// processor's cache; a scrambling hash made every lookup a cache miss.
    [[nodiscard]] std::size_t slot_of(std::uint64_t id) const
    {
        return static_cast<std::size_t>(id ^ ((id >> 32U) * 0x9E3779B97F4A7C15ULL)) & (m_slots.size() - 1);
    }

    void grow()
    {
        std::vector<std::uint64_t> old = std::move(m_slots);
        const std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
        m_slots.assign(capacity, 0);
        for (const std::uint64_t id : old) {
            if (id == 0) continue;
            std::size_t i = slot_of(id);
            while (m_slots[i] != 0)
                i = (i + 1) & (capacity - 1);
            m_slots[i] = id;
        }
    }

    std::vector<std::uint64_t> m_slots; ///< 0 marks an empty slot
    std::size_t m_size = 0;             ///< ids in m_slots
    bool m_has_zero = false;
};

} // namespace entente::io
