#include "core/actor_registry.hpp"

#include "core/text.hpp"

namespace entente {

std::optional<ActorIndex> ActorRegistry::add(Actor actor)
{
    const auto index = static_cast<ActorIndex>(m_actors.size());
    if (!m_by_id.emplace(actor.id, index).second) return std::nullopt;
    // The first actor to use a name (in any case) keeps it.
    m_by_lower_name.emplace(to_lower(actor.id), index);
    m_by_lower_name.emplace(to_lower(actor.name), index);
    for (const auto& alias : actor.aliases)
        m_by_lower_name.emplace(to_lower(alias), index);
    m_ids.push_back(actor.id);
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
    const auto it = m_by_lower_name.find(to_lower(unknown));
    if (it != m_by_lower_name.end()) return m_actors[it->second].id;
    return closest_match(unknown, m_ids);
}

} // namespace entente
