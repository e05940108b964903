#include "core/actor_registry.hpp"

#include "core/text.hpp"

namespace entente {

std::optional<ActorIndex> ActorRegistry::add(Actor actor)
{
    const auto index = static_cast<ActorIndex>(m_actors.size());
    if (!m_by_id.emplace(actor.id, index).second) return std::nullopt;
    m_actors.push_back(std::move(actor));
    return index;
}

std::optional<ActorIndex> ActorRegistry::find(std::string_view id) const
{
    const auto it = m_by_id.find(id);
    if (it == m_by_id.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> ActorRegistry::suggest(std::string_view unknown) const
{
    const std::string lowered = to_lower(unknown);
    std::vector<std::string> ids;
    ids.reserve(m_actors.size());
    for (const auto& a : m_actors) {
        if (to_lower(a.id) == lowered || to_lower(a.name) == lowered) return a.id;
        for (const auto& alias : a.aliases)
            if (to_lower(alias) == lowered) return a.id;
        ids.push_back(a.id);
    }
    return closest_match(unknown, ids);
}

} // namespace entente
