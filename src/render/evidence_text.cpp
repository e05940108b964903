#include "render/evidence_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/event_text.hpp"

namespace entente::render {

std::string main_event_text(const views::RelationGraph& graph, std::size_t dyad, MainEvent which)
{
    const views::Dyad& d = graph.dyads()[dyad];
    if (d.evidence.empty()) return {};
    const auto hostile =
        std::find_if(d.evidence.begin(), d.evidence.end(), [](const views::Evidence& e) { return e.contribution < 0; });
    const views::Evidence& main =
        which == MainEvent::largest_hostile && hostile != d.evidence.end() ? *hostile : d.evidence.front();
    const model::EventStore& events = graph.events();
    const model::EventIndex e = main.event;
    std::string text = fmt::format("{} {}", events.date_text(e), graph.dataset().cameo.at(events.code(e)).code);
    text += fmt::format(": {}", event_description(graph.dataset(), events, e));
    text += fmt::format(" ({}:{})", graph.dataset().events_file.filename().string(), events.line(e));
    if (d.events > events.count(e)) text += fmt::format(" +{} more", d.events - events.count(e));
    return text;
}

} // namespace entente::render
