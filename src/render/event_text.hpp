#pragma once
// What an event says in a sentence or a table cell: its summary, or for a
// row without one (every imported row) the name of its CAMEO code.
#include <string>

#include "model/dataset.hpp"
#include "model/event_store.hpp"

namespace entente::render {

/// The event's summary, or its code's name when it has none.
std::string event_description(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex e);

} // namespace entente::render
