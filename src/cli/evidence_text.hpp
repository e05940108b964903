#pragma once
// How a dyad's evidence reads in a table cell.
#include <string>

#include "views/relation_graph.hpp"

namespace entente::cli {

/// The dyad's largest event as `2008-03-07 057: summary (events.csv:52)`,
/// followed by `+N more` when other events count too.
std::string main_event_text(const views::RelationGraph& graph, std::size_t dyad);

} // namespace entente::cli
