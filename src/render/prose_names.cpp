#include "render/prose_names.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace entente::render {
namespace {

/// Head words that make a name take "the": common nouns of states,
/// territories and organisations, and the countries named in the plural.
constexpr std::array<std::string_view, 59> k_head_words = {
    "agency",       "alliance",     "antilles",     "area",          "army",       "assembly",    "association",
    "authority",    "bahamas",      "bank",         "bloc",          "coalition",  "commission",  "committee",
    "commonwealth", "community",    "comoros",      "confederation", "conference", "council",     "court",
    "emirates",     "federation",   "forces",       "forum",         "front",      "fund",        "government",
    "group",        "initiative",   "institute",    "islands",       "isle",       "isles",       "kingdom",
    "league",       "maldives",     "mission",      "movement",      "nations",    "netherlands", "network",
    "office",       "organisation", "organization", "pact",          "parliament", "partnership", "party",
    "philippines",  "programme",    "republic",     "secretariat",   "seychelles", "states",      "system",
    "territories",  "territory",    "union"};

static_assert(std::is_sorted(k_head_words.begin(), k_head_words.end()), "binary_search needs sorted words");

/// Whole names that take "the" though no head word says so.
constexpr std::array<std::string_view, 2> k_names_with_article = {"Gambia", "Holy See"};

std::string lower(std::string_view word)
{
    std::string text(word);
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// The part of a name its head noun is in: without parenthesised notes,
/// before " of " (`Democratic Republic` of the Congo), before a comma (the
/// inverted `Korea`, Republic of) and before " and the " when the second part
/// has its own article (`Saint Vincent` and the Grenadines).
std::string head_part(std::string_view name)
{
    std::string head;
    int depth = 0;
    for (const char c : name) {
        if (c == '(') ++depth;
        if (depth == 0) head += c;
        if (c == ')' && depth > 0) --depth;
    }
    for (const std::string_view cut : {" of ", ",", " and the "})
        if (const auto at = head.find(cut); at != std::string::npos) head.resize(at);
    return head;
}

bool head_takes_article(std::string_view name)
{
    const std::string head = head_part(name);
    std::size_t start = 0;
    while (start < head.size()) {
        std::size_t end = head.find_first_of(" -", start);
        if (end == std::string::npos) end = head.size();
        const std::string word = lower(std::string_view(head).substr(start, end - start));
        if (std::binary_search(k_head_words.begin(), k_head_words.end(), word)) return true;
        start = end + 1;
    }
    return false;
}

} // namespace

std::string prose_name(std::string_view name)
{
    if (name.starts_with("The ")) return "the" + std::string(name.substr(3));
    if (name.starts_with("the ")) return std::string(name);
    const bool article =
        std::find(k_names_with_article.begin(), k_names_with_article.end(), name) != k_names_with_article.end() ||
        head_takes_article(name);
    return (article ? "the " : "") + std::string(name);
}

std::string possessive(std::string_view prose)
{
    return std::string(prose) + (prose.ends_with('s') ? "'" : "'s");
}

} // namespace entente::render
