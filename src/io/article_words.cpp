#include "io/article_words.hpp"

#include <algorithm>
#include <array>

namespace entente::io {
namespace {

/// The length of the punctuation that starts at `at` when it is a
/// three-byte dash or quotation mark (U+2013, U+2014, U+2018, U+2019,
/// U+201C, U+201D); 0 otherwise.
std::size_t wide_mark(std::string_view s, std::size_t at)
{
    if (s.substr(at, 2) != "\xE2\x80" || at + 2 >= s.size()) return 0;
    const auto c = static_cast<unsigned char>(s[at + 2]);
    return c == 0x93 || c == 0x94 || c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D ? 3 : 0;
}

/// Whether a word character (or the start of one) is at `at`.
bool word_char(std::string_view s, std::size_t at)
{
    const char c = s[at];
    if (is_ascii_letter(c) || is_ascii_digit(c)) return true;
    return static_cast<unsigned char>(c) >= 0x80 && wide_mark(s, at) == 0;
}

/// The length of an apostrophe at `at` (', or U+2019), 0 when there is none.
std::size_t apostrophe(std::string_view s, std::size_t at)
{
    if (s[at] == '\'') return 1;
    return s.substr(at, 3) == "\xE2\x80\x99" ? 3 : 0;
}

std::string_view without_possessive(std::string_view word)
{
    if (word.size() > 2 && word.back() == 's' && word[word.size() - 2] == '\'') return word.substr(0, word.size() - 2);
    if (word.size() > 4 && word.back() == 's' && word.substr(word.size() - 4, 3) == "\xE2\x80\x99")
        return word.substr(0, word.size() - 4);
    if (word.size() > 1 && word.back() == '\'') return word.substr(0, word.size() - 1); // "Philippines'"
    return word;
}

} // namespace

std::vector<Word> split_words(std::string_view s)
{
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        const std::size_t start = i;
        if (!word_char(s, i)) {
            const std::size_t wide = wide_mark(s, i);
            i += wide ? wide : 1;
            words.push_back({s.substr(start, i - start), s.substr(start, i - start),
                             std::string(s.substr(start, i - start)), start, true});
            continue;
        }
        while (i < s.size()) {
            if (word_char(s, i)) {
                ++i;
                continue;
            }
            // An apostrophe, a hyphen or a slash joins two runs of word characters.
            const std::size_t joint = s[i] == '-' || s[i] == '/' ? 1 : apostrophe(s, i);
            if (joint && i + joint < s.size() && word_char(s, i + joint)) {
                i += joint;
                continue;
            }
            if (joint == 1 && s[i] == '\'' && i > start && s[i - 1] == 's') { // a plural's possessive
                ++i;
                break;
            }
            // An initialism: single letters each followed by a full stop (U.S., D.C.).
            if (s[i] == '.' && i - start == 1 && is_ascii_letter(s[start])) {
                std::size_t j = i;
                while (j + 1 < s.size() && is_ascii_letter(s[j + 1]) && j + 2 <= s.size() &&
                       (j + 2 == s.size() || s[j + 2] == '.'))
                    j += 2;
                if (j > i) {
                    i = j < s.size() && s[j] == '.' ? j + 1 : j;
                    if (i < s.size() && s[i] == '.') ++i;
                }
            }
            break;
        }
        const std::string_view text = s.substr(start, i - start);
        const std::string_view stem = without_possessive(text);
        std::string lower(stem);
        for (char& ch : lower)
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
        words.push_back({text, stem, std::move(lower), start, false});
    }
    return words;
}

bool ends_clause(const Word& word)
{
    return word.mark && (word.text == ";" || word.text == ":" || word.text == "\xE2\x80\x94" || word.text == "(" ||
                         word.text == ")");
}

bool negates(const Word& word)
{
    constexpr std::array<std::string_view, 7> negations{"not", "never", "no", "nor", "neither", "without", "cannot"};
    const std::string_view w = word.lower;
    return std::find(negations.begin(), negations.end(), w) != negations.end() ||
           (w.size() > 3 && (w.ends_with("n't") || w.ends_with("n\u2019t")));
}

} // namespace entente::io
