#include "io/article_actors.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "io/country_tables.hpp"

namespace entente::io {
namespace {

/// Words that make the demonym after them a region: "South American nations".
constexpr std::array<std::string_view, 6> k_region_words{"South", "Latin", "North", "Central", "Pan", "Meso"};

struct Name {
    std::vector<std::string> words; ///< as written, possessives dropped
    std::string id;
    NamedAs named_as = NamedAs::name;
};

/// Every name of every actor, by first word; longest first within a word.
struct NameIndex {
    std::unordered_map<std::string, std::vector<Name>> by_first;

    void add(std::string_view text, const std::string& id, NamedAs named_as)
    {
        if (text.empty()) return;
        Name name{{}, id, named_as};
        for (const Word& w : split_words(text))
            name.words.emplace_back(w.stem);
        if (name.words.empty()) return;
        by_first[name.words.front()].push_back(std::move(name));
    }
};

const NameIndex& name_index()
{
    static const NameIndex index = [] {
        NameIndex i;
        for (const Country& c : countries()) {
            i.add(c.name, c.code, NamedAs::name);
            for (const std::string& alias : c.aliases)
                i.add(alias, c.code, NamedAs::name);
            for (const std::string& demonym : c.demonyms)
                i.add(demonym, c.code, NamedAs::demonym);
            for (const std::string& capital : c.capitals)
                i.add(capital, c.code, NamedAs::capital);
        }
        for (const Actor& a : builtin_organisations().all()) {
            i.add(a.name, a.id, NamedAs::name);
            for (const std::string& alias : a.aliases)
                i.add(alias, a.id, NamedAs::name);
        }
        for (auto& [first, names] : i.by_first)
            std::stable_sort(names.begin(), names.end(),
                             [](const Name& a, const Name& b) { return a.words.size() > b.words.size(); });
        return i;
    }();
    return index;
}

bool matches(const Name& name, const std::vector<Word>& words, std::size_t at)
{
    if (at + name.words.size() > words.size()) return false;
    for (std::size_t k = 0; k < name.words.size(); ++k) {
        const Word& w = words[at + k];
        // Inner words must be as written; the last may carry a possessive.
        const std::string_view text = k + 1 == name.words.size() ? w.stem : w.text;
        if (w.mark || text != name.words[k]) return false;
    }
    return true;
}

} // namespace

bool is_known_actor(std::string_view id)
{
    return find_country(id) != nullptr || builtin_organisations().find(id).has_value();
}

std::vector<ActorMention> find_actors(const std::vector<Word>& words)
{
    const NameIndex& index = name_index();
    std::vector<ActorMention> found;
    for (std::size_t at = 0; at < words.size(); ++at) {
        if (words[at].mark) continue;
        // A name's first word is matched as written (a one-word name may be possessive).
        auto it = index.by_first.find(std::string(words[at].text));
        if (it == index.by_first.end()) it = index.by_first.find(std::string(words[at].stem));
        if (it == index.by_first.end()) continue;
        for (const Name& name : it->second) {
            if (!matches(name, words, at)) continue;
            const bool region =
                name.named_as == NamedAs::demonym && at > 0 &&
                std::find(k_region_words.begin(), k_region_words.end(), words[at - 1].text) != k_region_words.end();
            const bool place = name.named_as == NamedAs::capital && at > 0 &&
                               (words[at - 1].lower == "in" || words[at - 1].lower == "at");
            if (!region) found.push_back({at, at + name.words.size(), name.id, name.named_as, place});
            at += name.words.size() - 1;
            break;
        }
    }
    return found;
}

} // namespace entente::io
