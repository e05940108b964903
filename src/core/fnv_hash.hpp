#pragma once
// FNV-1a, 64 bits: a stable hash of bytes, the same on every run and
// machine (std::hash promises neither), for names that must not change
// between runs: dyad batches by actor id, reading cache entries.
#include <cstdint>
#include <string_view>

namespace entente {

inline std::uint64_t fnv1a(std::string_view bytes)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

} // namespace entente
