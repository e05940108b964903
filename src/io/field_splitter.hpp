#pragma once
// Splitting a line of a delimiter-separated file without quoting (GDELT,
// ICEWS tab-separated files) into views: no copy, no allocation.
#include <cstddef>
#include <cstring>
#include <span>
#include <string_view>

namespace entente::io {

/// Splits `line` at every `separator` into `fields`, as views into the line;
/// returns how many fields the line has, storing at most fields.size() of them.
inline std::size_t split_fields(std::string_view line, char separator, std::span<std::string_view> fields)
{
    std::size_t n = 0;
    const char* p = line.data();
    const char* const end = p + line.size();
    for (;;) {
        const auto* sep = static_cast<const char*>(std::memchr(p, separator, static_cast<std::size_t>(end - p)));
        const char* const field_end = sep ? sep : end;
        if (n < fields.size()) fields[n] = std::string_view(p, static_cast<std::size_t>(field_end - p));
        ++n;
        if (!sep) return n;
        p = sep + 1;
    }
}

} // namespace entente::io
