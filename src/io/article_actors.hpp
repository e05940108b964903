#pragma once
// The actors an article names: countries by name, other name, demonym and
// capital (data/countries.csv), organisations, groups and former states by
// name and alias (data/organisations.csv), with the ids the built-in tables
// and the bundled dataset use.
#include <cstddef>
#include <string>
#include <vector>

#include "core/actor_registry.hpp"
#include "io/article_words.hpp"

namespace entente::io {

enum class NamedAs { name, demonym, capital };

struct ActorMention {
    std::size_t first = 0; ///< its first word
    std::size_t last = 0;  ///< one past its last word
    std::string id;        ///< `ECU`, `AMERICAN_STATES`
    NamedAs named_as = NamedAs::name;
    /// A capital after `in` or `at`: a place ("the embassy in Lima"), which
    /// may only be what a one-sided act is done to, never a side by itself.
    bool place = false;
};

/// Whether `id` is an actor an article can name: an ISO 3166 code of
/// data/countries.csv or an id of data/organisations.csv.
bool is_known_actor(std::string_view id);

/// The actors named in `words`, in order, the longest name where names
/// overlap ("Organization of American States", not "American"). Regions are
/// no actors ("South American", "Latin American"); a capital after `in` or
/// `at` is marked as a place.
std::vector<ActorMention> find_actors(const std::vector<Word>& words);

} // namespace entente::io
