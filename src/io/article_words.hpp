#pragma once
// A sentence of an article cut into words and marks, for the date, actor
// and act finders of `entente extract`.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace entente::io {

/// ASCII classes of a byte, whatever the locale.
inline bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool is_ascii_upper(char c)
{
    return c >= 'A' && c <= 'Z';
}
inline bool is_ascii_letter(char c)
{
    return is_ascii_upper(c) || (c >= 'a' && c <= 'z');
}

struct Word {
    std::string_view text;  ///< as written: `Colombia's`, `U.S.`, `1980-01-02`, `,`
    std::string_view stem;  ///< without a possessive 's: `Colombia`
    std::string lower;      ///< `stem` in lower case (ASCII letters)
    std::size_t offset = 0; ///< where it starts in the sentence
    bool mark = false;      ///< punctuation: `,` `;` `(` `"` a dash
};

/// The words of a sentence. A word is a run of letters (any non-ASCII
/// character counts as one, but for dashes and quotation marks), digits, and
/// apostrophes, hyphens and slashes between them; an initialism keeps its
/// full stops (`U.S.`). Anything else but a space is a mark of its own.
std::vector<Word> split_words(std::string_view sentence);

/// Whether a word is a clause mark: `;`, `:` or a dash (not a comma).
bool ends_clause(const Word& word);

/// Whether a word negates what follows it: `not`, `never`, `no`, `nor`,
/// `neither`, `without`, `cannot`, or a contraction in n't (`didn't`, `wasn’t`).
bool negates(const Word& word);

} // namespace entente::io
