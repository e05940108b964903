#pragma once
// An article in plain text (a Wikipedia page, a report, notes) read as the
// sentences `entente extract` drafts events from: UTF-8 checked, one
// paragraph a line, the cells of a pandoc grid table each a paragraph of
// their own, headings, table rules and the list of references left out.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.hpp"

namespace entente::io {

struct ArticleSentence {
    std::string text;          ///< the sentence, spaces trimmed and runs of them made one
    int line = 0;              ///< where it starts in the article (from 1)
    int column = 0;            ///< its first byte's column (from 1)
    std::size_t paragraph = 0; ///< sentences of one paragraph share this number
};

/// The longest article read, in bytes.
inline constexpr std::size_t k_max_article_bytes = 64u << 20;

/// Reads an article's bytes. An empty file, a binary one (a NUL byte) or
/// one not in UTF-8 is an error reported to `diagnostics` at its line and
/// column (and gives no sentences); a byte-order mark is skipped.
std::vector<ArticleSentence> read_article(std::string_view bytes, const std::string& path, Diagnostics& diagnostics);

/// The sentences of one paragraph, with the byte offset each starts at. A
/// full stop ends a sentence when a space and a capital, a digit or a quote
/// follow it, unless it ends an abbreviation ("Sen.", "U.S.", an initial).
std::vector<std::pair<std::size_t, std::string_view>> split_sentences(std::string_view paragraph);

} // namespace entente::io
