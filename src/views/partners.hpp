#pragma once
// Which partners of an actor matter most in a view, for choosing what to draw.
#include <cstddef>
#include <vector>

#include "views/relation_graph.hpp"

namespace entente::views {

/// The partners of `actor` in `view`, by the activity of their dyad
/// (pos + neg: cooperation and conflict both count), largest first, at most
/// `limit`; ties go to the lower actor index. O(d log d) for d dyads of the view.
std::vector<ActorIndex> main_partners(const RelationGraph& view, ActorIndex actor, std::size_t limit);

} // namespace entente::views
