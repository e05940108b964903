#pragma once
// Batches of undirected dyads chosen by their actors' ids, so that every
// reading of a file puts a dyad in the same batch whatever numbers it gives
// the actors (the slices of a first reading number them on their own), and
// both directions of a dyad in one batch. ruptures reads its dyads a batch
// at a time; the first reading keeps each batch's rows apart (RowCopy's
// groups) so that a batch reads its own rows alone.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/actor_registry.hpp"

namespace entente::model {

/// A key of an actor id (core/fnv_hash.hpp): equal ids, equal keys.
std::uint64_t actor_key(std::string_view id);
/// The key of each actor of `actors`, by index.
std::vector<std::uint64_t> actor_keys(const ActorRegistry& actors);

/// The batch, of `batches`, of the dyad of the actors keyed `a` and `b`, in either order.
std::size_t dyad_batch(std::uint64_t a, std::uint64_t b, std::size_t batches);

} // namespace entente::model
