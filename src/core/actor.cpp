#include "core/actor.hpp"

namespace entente {

std::string_view to_string(ActorKind kind)
{
    switch (kind) {
    case ActorKind::state: return "state";
    case ActorKind::organization: return "organization";
    case ActorKind::group: return "group";
    }
    return "state";
}

std::optional<ActorKind> parse_actor_kind(std::string_view text)
{
    if (text == "state") return ActorKind::state;
    if (text == "organization") return ActorKind::organization;
    if (text == "group") return ActorKind::group;
    return std::nullopt;
}

bool is_valid_actor_id(std::string_view id)
{
    if (id.empty() || id.size() > 32 || id[0] < 'A' || id[0] > 'Z') return false;
    for (char c : id)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

} // namespace entente
