#pragma once
// Splitting a line of a delimiter-separated file without quoting (GDELT,
// ICEWS tab-separated files) into views: no copy, no allocation.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "io/byte_scan.hpp"

namespace entente::io {

/// Splits `line` at every `separator` into `fields`, as views into the line;
/// returns how many fields the line has, storing at most fields.size() of them.
/// O(line length). Reads a ByteBlock at a time (io/byte_scan.hpp): GDELT
/// rows have a tab every few bytes, and a memchr per field cost twice as much.
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
    if constexpr (k_byte_blocks) {
        for (; static_cast<std::size_t>(end - p) >= ByteBlock::k_size; p += ByteBlock::k_size)
            for (ByteBlock::Mask found = ByteBlock(p).equal_to_any(separator); found != 0; found &= found - 1)
                emit(p + ByteBlock::first(found));
    }
    for (; p != end; ++p)
        if (*p == separator) emit(p);
    emit(end);
    return n;
}

} // namespace entente::io
