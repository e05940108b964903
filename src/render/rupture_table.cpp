#include "render/rupture_table.hpp"

#include <fmt/format.h>

#include "render/event_text.hpp"

namespace entente::render {

std::string cause_text(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex e)
{
    // A mutual act reads ECU<->PER; a weight per year reads -2/yr (its mass is that times the years).
    const std::string weight = events.per_year(e) ? fmt::format("{:+g}/yr", events.weight(e) * events.count(e))
                                                  : fmt::format("{:+g}", events.mass(e));
    std::string text = fmt::format("{} {}{}{} {} {}", events.date_text(e), dataset.actors.id(events.source(e)),
                                   events.mutual(e) ? "<->" : "->", dataset.actors.id(events.target(e)),
                                   dataset.cameo.at(events.code(e)).code, weight);
    text += fmt::format(": {}", event_description(dataset, events, e));
    if (!events.ref(e).empty()) text += fmt::format(" ({})", events.ref(e));
    if (events.summary(e).empty() && events.ref(e).empty()) text += fmt::format(" (line {})", events.line(e));
    return text;
}

Table rupture_table(const model::Dataset& dataset, const model::EventStore& rows,
                    const std::vector<analysis::Rupture>& ruptures, bool directed, std::optional<ActorIndex> focus)
{
    Table table{"ruptures",
                {"source", "target", "date", "kind", "before", "after", "magnitude", "era", "causes", "signals"},
                {}};
    for (const analysis::Rupture& r : ruptures) {
        ActorIndex source = r.a, target = r.b;
        if (!directed && focus && target == *focus) std::swap(source, target);
        std::string eras;
        for (const ActorIndex actor : {source, target}) {
            for (const Era* era : r.eras) {
                if (era->actor != actor) continue;
                eras += (eras.empty() ? "" : "|") + era->id;
            }
        }
        std::string causes;
        for (const views::Evidence& cause : r.causes)
            causes += (causes.empty() ? "" : " | ") + cause_text(dataset, rows, cause.event);
        table.add_row({dataset.actors.id(source), dataset.actors.id(target), format_day(r.date),
                       std::string(analysis::to_string(r.kind)), r.before, r.after, r.magnitude, eras, causes,
                       analysis::signal_names(r.signals)});
    }
    return table;
}

} // namespace entente::render
