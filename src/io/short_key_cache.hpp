#pragma once
// A direct-mapped cache of lookups by short text keys (1 to 8 bytes, the last
// not NUL; other keys go straight to the lookup), so that a reader resolving the same few hundred actor ids or codes
// millions of times does not hash and compare strings on every row. Written by hand: the standard maps hash the whole
// string on every lookup, which was the largest cost of reading a large events file.
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
        // Packed keys are told apart only when the last byte is not NUL: "A"
        // and "A\0" pack alike, and "\0" packs to 0, the mark of an empty slot.
        if (key.empty() || key.size() > sizeof(std::uint64_t) || key.back() == '\0') return lookup(key);
        const std::uint64_t packed = pack(key);
        Slot& slot = m_slots[(packed * 0x9E3779B97F4A7C15ULL) >> (64 - k_bits)];
        if (slot.key == packed) return slot.value;
        std::optional<Value> found = lookup(key);
        if (found) slot = {packed, *found};
        return found;
    }

private:
    /// The key's bytes in a word, first byte lowest, the rest zero. Byte by
    /// byte on purpose: copying 3 bytes into a word and reading it whole stalls
    /// the store-to-load forwarding, which cost more than the rest of a row.
    static std::uint64_t pack(std::string_view key)
    {
        const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(key[i])} << (8 * i); };
        std::uint64_t packed = 0;
        switch (key.size()) {
        default:
            packed |= byte(7);
            [[fallthrough]];
        case 7:
            packed |= byte(6);
            [[fallthrough]];
        case 6:
            packed |= byte(5);
            [[fallthrough]];
        case 5:
            packed |= byte(4);
            [[fallthrough]];
        case 4:
            packed |= byte(3);
            [[fallthrough]];
        case 3:
            packed |= byte(2);
            [[fallthrough]];
        case 2:
            packed |= byte(1);
            [[fallthrough]];
        case 1:
            packed |= byte(0);
        }
        return packed;
    }

    static constexpr int k_bits = 10; // 16 KiB: stays in the L1 cache
    struct Slot {
        std::uint64_t key = 0;
        Value value{};
    };
    std::array<Slot, std::size_t{1} << k_bits> m_slots{};
};

} // namespace entente::io
