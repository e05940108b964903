#pragma once
// An actor of the relation graph: a state, an organisation or a group.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

/// Index of an actor in its dataset's registry (dense, from 0).
using ActorIndex = std::uint32_t;

enum class ActorKind { state, organization, group };

std::string_view to_string(ActorKind kind);
std::optional<ActorKind> parse_actor_kind(std::string_view text);

struct Actor {
    std::string id;   ///< `ECU`, `UN`, `FARC`
    std::string name; ///< `Ecuador`
    ActorKind kind = ActorKind::state;
    std::string region;
    std::vector<std::string> aliases;
};

/// Whether `id` is a valid actor id: an upper-case letter, then upper-case
/// letters, digits or `_`, at most 32 characters.
bool is_valid_actor_id(std::string_view id);

} // namespace entente
