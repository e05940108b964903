#pragma once
// The actors of a dataset, looked up by id.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/actor.hpp"
#include "core/text.hpp"

namespace entente {

class ActorRegistry {
public:
    /// Adds an actor; returns its index, or std::nullopt when the id is taken.
    std::optional<ActorIndex> add(Actor actor);
    [[nodiscard]] std::optional<ActorIndex> find(std::string_view id) const;
    /// The id an unknown name most likely meant: an id, name or alias in
    /// another case (the first actor that has it), else an id one or two
    /// typos away. O(1) for the first, a pass over the ids for the second.
    [[nodiscard]] std::optional<std::string> suggest(std::string_view unknown) const;

    [[nodiscard]] const Actor& at(ActorIndex index) const { return m_actors[index]; }
    [[nodiscard]] const std::string& id(ActorIndex index) const { return m_actors[index].id; }
    [[nodiscard]] std::size_t size() const { return m_actors.size(); }
    [[nodiscard]] const std::vector<Actor>& all() const { return m_actors; }

private:
    std::vector<Actor> m_actors;
    std::unordered_map<std::string, ActorIndex, TransparentHash, std::equal_to<>> m_by_id;
    // Lookup tables of suggest(), kept by add() (actors are few: states and
    // organisations), so that suggest() is safe to call from several threads.
    std::unordered_map<std::string, ActorIndex, TransparentHash, std::equal_to<>>
        m_by_lower_name; ///< ids, names and aliases in lower case
    std::vector<std::string> m_ids;
};

} // namespace entente
