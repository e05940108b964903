#include "core/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <numeric>

namespace entente {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

namespace {

/// edit_distance(a, b) when it is at most `bound`, else bound + 1; stops at
/// the first row whose every cell is past the bound.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound, std::vector<std::size_t>& row)
{
    row.resize(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        std::size_t smallest = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
            smallest = std::min(smallest, row[j]);
        }
        if (smallest > bound) return bound + 1;
    }
    return std::min(row[b.size()], bound + 1);
}

} // namespace

std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates)
{
    const std::size_t limit = std::min<std::size_t>(2, std::max<std::size_t>(1, word.size() / 3));
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    std::vector<std::size_t> row;
    for (const auto& c : candidates) {
        // The distance is at least the difference in length: skip the work.
        const std::size_t gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
        if (gap >= best_distance) continue;
        const std::size_t d = bounded_distance(word, c, best_distance - 1, row);
        if (d < best_distance) {
            best_distance = d;
            best = c;
            if (d == 0) break;
        }
    }
    return best;
}

std::size_t first_invalid_utf8(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        unsigned min_code = 0;
        unsigned code = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min_code = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min_code = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min_code = 0x10000;
            code = c & 0x07;
        } else
            return i;
        if (i + len > s.size()) return i;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return i;
            code = (code << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if (code < min_code || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::string replace_invalid_utf8(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (;;) {
        const std::size_t bad = first_invalid_utf8(s);
        out.append(s.substr(0, bad));
        if (bad == std::string_view::npos) break;
        out.append("\xEF\xBF\xBD");
        s.remove_prefix(bad + 1);
    }
    return out;
}

std::string printable(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7F)
            out += fmt::format("\\x{:02X}", c);
        else
            out += ch;
    }
    return out;
}

std::vector<std::string> split(std::string_view s, char sep)
{
    std::vector<std::string> parts;
    if (s.empty()) return parts;
    std::size_t from = 0;
    for (;;) {
        const std::size_t at = s.find(sep, from);
        parts.emplace_back(s.substr(from, at - from));
        if (at == std::string_view::npos) break;
        from = at + 1;
    }
    return parts;
}

std::string to_lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

} // namespace entente
