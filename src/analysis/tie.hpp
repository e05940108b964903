#pragma once
// A tie of a view as the balance and bloc results report it.
#include <cstddef>

#include "core/actor.hpp"

namespace entente::analysis {

/// An edge of the view, by actor: a < b in actor order.
struct Tie {
    ActorIndex a = 0, b = 0;
    double score = 0.0;   ///< the dyad's signed score
    std::size_t dyad = 0; ///< index in RelationGraph::dyads(), for its evidence
};

} // namespace entente::analysis
