#include "cli/evidence_text.hpp"

#include <fmt/format.h>

namespace entente::cli {

std::string main_event_text(const views::RelationGraph& graph, std::size_t dyad)
{
    const views::Dyad& d = graph.dyads()[dyad];
    if (d.evidence.empty()) return {};
    const model::EventStore& events = graph.events();
    const model::EventIndex e = d.evidence.front().event;
    std::string text = fmt::format("{} {}", events.date_text(e), graph.dataset().cameo.at(events.code(e)).code);
    if (!events.summary(e).empty()) text += fmt::format(": {}", events.summary(e));
    text += fmt::format(" ({}:{})", graph.dataset().events_file.filename().string(), events.line(e));
    if (d.events > events.count(e)) text += fmt::format(" +{} more", d.events - events.count(e));
    return text;
}

} // namespace entente::cli
