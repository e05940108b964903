#pragma once
// Splitting a line of a delimiter-separated file without quoting (GDELT,
// ICEWS tab-separated files) into views: no copy, no allocation.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>

namespace entente::io {

/// Splits `line` at every `separator` into `fields`, as views into the line;
/// returns how many fields the line has, storing at most fields.size() of them.
/// O(line length). Reads 8 bytes at a time (separators found with a bit
/// trick, no branch per byte): GDELT rows have a tab every few bytes, and a
/// memchr per field cost twice as much.
inline std::size_t split_fields(std::string_view line, char separator, std::span<std::string_view> fields)
{
    std::size_t n = 0;
    const char* field = line.data();
    const char* p = line.data();
    const char* const end = p + line.size();
    const auto emit = [&](const char* at) {
        if (n < fields.size()) fields[n] = std::string_view(field, static_cast<std::size_t>(at - field));
        ++n;
        field = at + 1;
    };
    if constexpr (std::endian::native == std::endian::little) {
        constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
        const std::uint64_t pattern = 0x0101010101010101ULL * static_cast<unsigned char>(separator);
        for (; end - p >= 8; p += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, p, 8);
            const std::uint64_t x = word ^ pattern; // separator bytes become 0
            // High bit set exactly in the bytes of x that are 0 (no carry between bytes).
            std::uint64_t found = ~(((x & low7) + low7) | x | low7);
            while (found != 0) {
                emit(p + std::countr_zero(found) / 8);
                found &= found - 1;
            }
        }
    }
    for (; p != end; ++p)
        if (*p == separator) emit(p);
    emit(end);
    return n;
}

} // namespace entente::io
