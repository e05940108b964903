#pragma once
// A direct-mapped cache of lookups by short text keys (1 to 8 bytes, no NUL),
// so that a reader resolving the same few hundred actor ids or codes millions
// of times does not hash and compare strings on every row. Written by hand:
// the standard maps hash the whole string on every lookup, which was the
// largest cost of reading a large events file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace entente::io {

template <typename Value> class ShortKeyCache {
public:
    /// The value cached for `key`, else `lookup(key)` (remembered when it has one).
    template <typename Lookup> std::optional<Value> find(std::string_view key, Lookup&& lookup)
    {
        if (key.empty() || key.size() > sizeof(std::uint64_t)) return lookup(key);
        std::uint64_t packed = 0; // never 0 for a key without NUL bytes: 0 marks an empty slot
        for (std::size_t i = 0; i < key.size(); ++i)
            packed |= std::uint64_t{static_cast<unsigned char>(key[i])} << (8 * i); // inlined, unlike memcpy
        Slot& slot = m_slots[(packed * 0x9E3779B97F4A7C15ULL) >> (64 - k_bits)];
        if (slot.key == packed) return slot.value;
        std::optional<Value> found = lookup(key);
        if (found) slot = {packed, *found};
        return found;
    }

private:
    static constexpr int k_bits = 10; // 16 KiB: stays in the L1 cache
    struct Slot {
        std::uint64_t key = 0;
        Value value{};
    };
    std::array<Slot, std::size_t{1} << k_bits> m_slots{};
};

} // namespace entente::io
