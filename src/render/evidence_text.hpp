#pragma once
// How a dyad's evidence reads in a table cell.
#include <string>

#include "views/relation_graph.hpp"

namespace entente::render {

/// Which of a dyad's events a table cell names.
enum class MainEvent { largest, largest_hostile };

/// The dyad's largest event (of those attached; with largest_hostile, the
/// largest with a negative contribution when one is attached) as
/// `2008-03-07 057: summary (events.csv:52)`, followed by `+N more` when
/// other events count too.
std::string main_event_text(const views::RelationGraph& graph, std::size_t dyad, MainEvent which = MainEvent::largest);

} // namespace entente::render
