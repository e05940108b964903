#include "model/dyad_batches.hpp"

#include <utility>

#include "core/fnv_hash.hpp"

namespace entente::model {

std::uint64_t actor_key(std::string_view id)
{
    return fnv1a(id);
}

std::vector<std::uint64_t> actor_keys(const ActorRegistry& actors)
{
    std::vector<std::uint64_t> keys;
    for (ActorIndex a = 0; a < actors.size(); ++a)
        keys.push_back(actor_key(actors.id(a)));
    return keys;
}

std::size_t dyad_batch(std::uint64_t a, std::uint64_t b, std::size_t batches)
{
    if (batches <= 1) return 0;
    if (b < a) std::swap(a, b);
    // Mixed so that batches take dyads evenly whatever the ids look like.
    std::uint64_t x = a * 0x9E3779B97F4A7C15ULL ^ b;
    x ^= x >> 31U;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29U;
    return static_cast<std::size_t>(x % batches);
}

} // namespace entente::model
