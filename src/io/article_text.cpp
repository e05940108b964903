#include "io/article_text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "core/text.hpp"
#include "io/article_words.hpp"

namespace entente::io {
namespace {

bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return s;
}

/// Words before a full stop that do not end a sentence.
constexpr std::array<std::string_view, 30> k_abbreviations{
    "Mr", "Mrs", "Ms",   "Dr",  "St",  "Sen",  "Gen", "Col", "Lt",  "Jr",  "Sr",   "No",  "vs",  "etc", "Inc",
    "Co", "Gov", "Pres", "Rep", "Amb", "Prof", "Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ft"};

/// Whether the word ending at `end` (just before a full stop) is an
/// abbreviation, an initial ("W") or an initialism ("U.S").
bool ends_abbreviation(std::string_view text, std::size_t end)
{
    std::size_t start = end;
    while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '(' && text[start - 1] != '"')
        --start;
    const std::string_view word = text.substr(start, end - start);
    if (word.size() == 1 && is_ascii_upper(word[0])) return true;
    if (word.size() >= 3 && word[word.size() - 2] == '.' && is_ascii_upper(word.back())) return true;
    return std::find(k_abbreviations.begin(), k_abbreviations.end(), word) != k_abbreviations.end();
}

/// Whether a sentence may start at `at`: a capital, a digit, a quote or a non-ASCII letter.
bool may_start_sentence(std::string_view text, std::size_t at)
{
    if (at >= text.size()) return false;
    const char c = text[at];
    return is_ascii_upper(c) || is_ascii_digit(c) || c == '"' || c == '\'' || static_cast<unsigned char>(c) >= 0xC0;
}

/// A line with no full stop and a few words: a heading ("Background",
/// "Disputes – international"), or the page's title and id.
bool is_heading(std::string_view line)
{
    if (line.find_first_of(".!?") != std::string_view::npos) return false;
    return std::count(line.begin(), line.end(), ' ') < 12;
}

bool is_table_rule(std::string_view line)
{
    return line.front() == '+' && line.find_first_not_of("+-=: ") == std::string_view::npos;
}

/// A line of the list of references: `[12] Source...`.
bool is_reference(std::string_view line)
{
    if (line.size() < 3 || line.front() != '[') return false;
    std::size_t i = 1;
    while (i < line.size() && is_ascii_digit(line[i]))
        ++i;
    return i > 1 && i < line.size() && line[i] == ']';
}

/// One space for every run of spaces.
std::string squeeze(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (const char c : s) {
        if (is_space(c) || c == '\n') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

struct SentenceSink {
    std::vector<ArticleSentence>& sentences;
    std::size_t paragraphs = 0;

    /// Adds the sentences of the paragraph at `column` (from 1) of `line`.
    void add(std::string_view paragraph, int line, std::size_t column)
    {
        std::string_view trimmed = trim(paragraph);
        if (trimmed.rfind("- ", 0) == 0) trimmed = trim(trimmed.substr(1)); // a bullet
        column += static_cast<std::size_t>(trimmed.data() - paragraph.data());
        if (trimmed.empty()) return;
        for (const auto& [offset, text] : split_sentences(trimmed))
            sentences.push_back({squeeze(text), line, static_cast<int>(column + offset), paragraphs});
        ++paragraphs;
    }
};

/// Reports the first byte that makes `bytes` not UTF-8 text; false when there is one.
bool check_text(std::string_view bytes, const std::string& path, Diagnostics& diagnostics)
{
    const std::size_t nul = bytes.find('\0');
    const std::size_t invalid = first_invalid_utf8(bytes);
    const std::size_t bad = std::min(nul, invalid);
    if (bad == std::string_view::npos) return true;
    const std::string_view before = bytes.substr(0, bad);
    const int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const std::size_t line_start = before.rfind('\n');
    const int column = static_cast<int>(line_start == std::string_view::npos ? bad + 1 : bad - line_start);
    if (bad == nul)
        diagnostics.error(path, line, column, "a NUL byte: this is a binary file, not an article in plain text");
    else
        diagnostics.error(path, line, column,
                          fmt::format("byte 0x{:02X} is not UTF-8: the article must be UTF-8 text (convert it "
                                      "first, e.g. iconv -f latin1 -t utf-8)",
                                      static_cast<unsigned char>(bytes[bad])));
    return false;
}

} // namespace

std::vector<std::pair<std::size_t, std::string_view>> split_sentences(std::string_view paragraph)
{
    std::vector<std::pair<std::size_t, std::string_view>> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < paragraph.size(); ++i) {
        const char c = paragraph[i];
        if (c != '.' && c != '!' && c != '?') continue;
        // The sentence goes on through closing quotes, brackets and citation marks ([83]).
        std::size_t end = i + 1;
        while (end < paragraph.size()) {
            if (paragraph[end] == '"' || paragraph[end] == ')' || paragraph[end] == '\'') {
                ++end;
            } else if (paragraph[end] == '[') {
                const std::size_t close = paragraph.find(']', end);
                if (close == std::string_view::npos) break;
                end = close + 1;
            } else if (paragraph.substr(end, 3) == "\xE2\x80\x9D") { // a closing quotation mark
                end += 3;
            } else {
                break;
            }
        }
        std::size_t next = end;
        while (next < paragraph.size() && is_space(paragraph[next]))
            ++next;
        if (next == end || !may_start_sentence(paragraph, next)) continue;
        if (c == '.' && ends_abbreviation(paragraph, i)) continue;
        out.emplace_back(start, trim(paragraph.substr(start, end - start)));
        start = next;
        i = next - 1;
    }
    const std::string_view last = trim(paragraph.substr(start));
    if (!last.empty()) out.emplace_back(start, last);
    return out;
}

std::vector<ArticleSentence> read_article(std::string_view bytes, const std::string& path, Diagnostics& diagnostics)
{
    std::vector<ArticleSentence> sentences;
    if (bytes.size() > k_max_article_bytes) {
        diagnostics.error(
            path, 0, 0,
            fmt::format("an article of {} bytes: more than the {} MB read", bytes.size(), k_max_article_bytes >> 20));
        return sentences;
    }
    int line = 1;
    std::size_t bom = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bom = 3;
    if (!check_text(bytes, path, diagnostics)) return sentences;
    if (bytes.find_first_not_of(" \t\r\n\f\v", bom) == std::string_view::npos) {
        diagnostics.error(path, 1, 1, "empty file (expected an article in plain text)");
        return sentences;
    }
    SentenceSink sink{sentences};
    std::size_t at = bom;
    while (at < bytes.size()) {
        std::size_t stop = bytes.find('\n', at);
        if (stop == std::string_view::npos) stop = bytes.size();
        const std::string_view text = bytes.substr(at, stop - at);
        const std::string_view trimmed = trim(text);
        const std::size_t indent = static_cast<std::size_t>(trimmed.data() - text.data()) + (line == 1 ? bom : 0);
        if (trimmed.empty() || is_table_rule(trimmed) || is_reference(trimmed)) {
            // nothing to read
        } else if (trimmed.front() == '|') {
            std::size_t cell = 1;
            while (cell < trimmed.size()) {
                std::size_t bar = trimmed.find('|', cell);
                if (bar == std::string_view::npos) bar = trimmed.size();
                // A cell without a sentence (a header, a date, a name) is no paragraph.
                const std::string_view text = trimmed.substr(cell, bar - cell);
                if (!is_heading(trim(text))) sink.add(text, line, indent + cell + 1);
                cell = bar + 1;
            }
        } else if (!is_heading(trimmed)) {
            sink.add(trimmed, line, indent + 1);
        }
        at = stop + 1;
        ++line;
    }
    return sentences;
}

} // namespace entente::io
