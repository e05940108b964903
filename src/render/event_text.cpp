#include "render/event_text.hpp"

namespace entente::render {

std::string event_description(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex e)
{
    const std::string_view summary = events.summary(e);
    return summary.empty() ? dataset.cameo.at(events.code(e)).name : std::string(summary);
}

} // namespace entente::render
