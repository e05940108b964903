#pragma once
// Finding given bytes 8 at a time in a 64-bit word, for the readers' hot
// loops (a branch per byte cost more than the rest of a row's parsing).
#include <bit>
#include <cstdint>
#include <cstring>

namespace entente::io {

/// Whether words read from memory have their first byte lowest (the byte scans need it).
inline constexpr bool k_little_endian = std::endian::native == std::endian::little;

/// The next 8 bytes at `p` as a word.
inline std::uint64_t load_word(const char* p)
{
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return word;
}

/// The high bit of each byte of `word` equal to `byte`, no other bit (exact:
/// no carry runs between bytes).
inline std::uint64_t bytes_equal(std::uint64_t word, unsigned char byte)
{
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    const std::uint64_t x = word ^ (0x0101010101010101ULL * byte);
    return ~(((x & low7) + low7) | x | low7);
}

/// The offset in its word of the byte a bytes_equal() mask's lowest bit marks.
inline int first_marked_byte(std::uint64_t mask)
{
    return std::countr_zero(mask) / 8;
}

} // namespace entente::io
