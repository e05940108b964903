#include "io/act_phrases.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

#include "core/text.hpp"
#include "io/builtin_table.hpp"
#include "io/dataset_reader.hpp"
#include "io/embedded_data.hpp"
#include "io/table_reader.hpp"

namespace entente::io {
namespace {

/// Most words a gap (`...`) takes.
constexpr std::size_t k_max_gap = 10;
/// A gap of up to this many words ("signed a free trade agreement") leaves the phrase as sure as none.
constexpr std::size_t k_short_gap = 3;

/// Words that make the act after them (within three words) a wish, a plan or a might-have-been.
constexpr std::array<std::string_view, 16> k_unreal{"would",   "could",   "might",    "should", "may",   "plans",
                                                    "planned", "intends", "intended", "sought", "seeks", "hopes",
                                                    "hoped",   "wants",   "refused",  "failed"};

std::optional<PhraseWord> parse_phrase_word(std::string_view text)
{
    PhraseWord word;
    if (text == "...") {
        word.gap = true;
        return word;
    }
    for (const std::string& alternative : split(text, '|')) {
        std::string w = alternative;
        const bool prefix = !w.empty() && w.back() == '*';
        if (prefix) w.pop_back();
        if (w.empty() || w.find_first_of("* ") != std::string::npos || to_lower(w) != w) return std::nullopt;
        word.words.push_back(w);
        word.prefix.push_back(prefix);
    }
    if (word.words.empty()) return std::nullopt;
    return word;
}

bool word_matches(const PhraseWord& p, const Word& w)
{
    if (w.mark) return false;
    for (std::size_t a = 0; a < p.words.size(); ++a) {
        if (p.prefix[a] ? w.lower.rfind(p.words[a], 0) == 0 : w.lower == p.words[a]) return true;
    }
    return false;
}

/// Matches `phrase` from word `at`; the end of the match (one past), or nothing.
std::optional<std::size_t> match_at(const ActPhrase& phrase, const std::vector<Word>& words, std::size_t at,
                                    std::size_t p, bool& gapped)
{
    if (p == phrase.words.size()) return at;
    const PhraseWord& pw = phrase.words[p];
    if (pw.gap) {
        for (std::size_t skip = 0; skip <= k_max_gap && at + skip < words.size(); ++skip) {
            if (skip > 0 && (ends_clause(words[at + skip - 1]) || words[at + skip - 1].text == ".")) break;
            if (auto end = match_at(phrase, words, at + skip, p + 1, gapped)) {
                gapped = gapped || skip > k_short_gap;
                return end;
            }
        }
        return std::nullopt;
    }
    if (at >= words.size() || !word_matches(pw, words[at])) return std::nullopt;
    return match_at(phrase, words, at + 1, p + 1, gapped);
}

/// The word before `at` (within three words of the same clause) that makes the act no act, or "".
std::string negation_before(const std::vector<Word>& words, std::size_t at)
{
    // "visited Andorra in order to strengthen relations": a purpose, not an act that took place.
    if (at >= 2 && words[at - 1].lower == "to" && (words[at - 2].lower == "order" || words[at - 2].lower == "as"))
        return std::string(words[at - 2].text) + " to";
    for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
        const Word& w = words[at - back];
        if (w.mark && w.text != "\"") break;
        const bool unreal = std::find(k_unreal.begin(), k_unreal.end(), w.lower) != k_unreal.end();
        if (negates(w) || unreal) return std::string(w.text);
    }
    return {};
}

} // namespace

std::vector<ActPhrase> read_act_phrases(std::istream& in, const std::string& path, Diagnostics& diagnostics)
{
    enum : std::size_t { c_phrase, c_code, c_sides };
    TableReader table(in, path, diagnostics, {{"phrase", true}, {"code", true}, {"sides", true}});
    std::vector<ActPhrase> phrases;
    const CameoTable& cameo = builtin_cameo_table();
    while (table.next()) {
        ActPhrase phrase;
        phrase.text = std::string(table.get(c_phrase));
        bool ok = true;
        for (const std::string& part : split(phrase.text, ' ')) {
            if (part.empty()) continue;
            auto word = parse_phrase_word(part);
            if (!word) {
                table.error(c_phrase, fmt::format("malformed phrase word '{}' (expected lower-case words, word*, "
                                                  "a|b or ...)",
                                                  part));
                ok = false;
                break;
            }
            phrase.words.push_back(std::move(*word));
        }
        if (ok && (phrase.words.empty() || phrase.words.front().gap || phrase.words.back().gap)) {
            table.error(c_phrase, "a phrase starts and ends with a word, not with ...");
            ok = false;
        }
        phrase.code = std::string(table.get(c_code));
        if (!cameo.find(phrase.code)) {
            table.error(c_code, fmt::format("unknown CAMEO code '{}'", phrase.code));
            ok = false;
        }
        const std::string_view sides = table.get(c_sides);
        if (sides != "one" && sides != "both") {
            table.error(c_sides, fmt::format("unknown sides '{}' (expected one or both)", sides));
            ok = false;
        }
        phrase.both = sides == "both";
        if (ok) phrases.push_back(std::move(phrase));
    }
    return phrases;
}

const std::vector<ActPhrase>& builtin_act_phrases()
{
    static const std::vector<ActPhrase> phrases =
        read_builtin_table(embedded_act_phrases_csv(), "act_phrases.csv", read_act_phrases);
    return phrases;
}

std::vector<ActMatch> find_acts(const std::vector<Word>& words, const std::vector<ActPhrase>& phrases)
{
    std::vector<ActMatch> found;
    std::vector<bool> taken(words.size(), false);
    for (const ActPhrase& phrase : phrases) {
        for (std::size_t at = 0; at < words.size(); ++at) {
            bool gapped = false;
            const auto end = match_at(phrase, words, at, 0, gapped);
            if (!end) continue;
            if (std::any_of(taken.begin() + static_cast<std::ptrdiff_t>(at),
                            taken.begin() + static_cast<std::ptrdiff_t>(*end), [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + static_cast<std::ptrdiff_t>(at),
                      taken.begin() + static_cast<std::ptrdiff_t>(*end), true);
            found.push_back({&phrase, at, *end, gapped, negation_before(words, at)});
            at = *end - 1;
        }
    }
    std::sort(found.begin(), found.end(), [](const ActMatch& a, const ActMatch& b) { return a.first < b.first; });
    return found;
}

} // namespace entente::io
