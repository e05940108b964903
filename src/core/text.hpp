#pragma once
// Small text helpers shared by the readers and the renderers.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

/// A string hash that also takes std::string_view, so that maps keyed by
/// std::string can be searched with a view and no copy (with std::equal_to<>).
struct TransparentHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` if it is close enough to be a likely typo
/// (at most a third of the word's length, and at most 2 edits).
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// Byte offset of the first invalid UTF-8 sequence, or npos when `s` is valid.
std::size_t first_invalid_utf8(std::string_view s);

/// A copy with each byte of an invalid UTF-8 sequence replaced by U+FFFD.
std::string replace_invalid_utf8(std::string_view s);

/// A copy fit to print in a one-line message: control characters become
/// `\n`, `\r`, `\t` or `\xNN`, so no input can break a line or drive a terminal.
std::string printable(std::string_view s);

/// Splits on a single character; empty input gives no parts.
std::vector<std::string> split(std::string_view s, char sep);

/// Lower-case ASCII copy.
std::string to_lower(std::string_view s);

} // namespace entente
