#include "render/rupture_table.hpp"

#include <fmt/format.h>

#include "render/event_text.hpp"

namespace entente::render {

namespace {

/// The cause's text after its arrow: code, weight, description and ref.
std::string act_text(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex e)
{
    // A weight per year reads -2/yr (its mass is that times the years).
    const std::string weight = events.per_year(e) ? fmt::format("{:+g}/yr", events.weight(e) * events.count(e))
                                                  : fmt::format("{:+g}", events.mass(e));
    std::string text =
        fmt::format("{} {}: {}", dataset.cameo.at(events.code(e)).code, weight, event_description(dataset, events, e));
    if (!events.ref(e).empty()) text += fmt::format(" ({})", events.ref(e));
    if (events.summary(e).empty() && events.ref(e).empty()) text += fmt::format(" (line {})", events.line(e));
    return text;
}

std::string arrow_text(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex e)
{
    // A mutual act reads ECU<->PER.
    return fmt::format("{}{}{}", dataset.actors.id(events.source(e)), events.mutual(e) ? "<->" : "->",
                       dataset.actors.id(events.target(e)));
}

/// Whether `b` is `a` recorded the other way round: the same day, act and
/// text with source and target swapped, as event data codes one meeting.
bool mirrors(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex a, model::EventIndex b)
{
    return events.source(a) == events.target(b) && events.target(a) == events.source(b) && !events.mutual(a) &&
           !events.mutual(b) && events.date_text(a) == events.date_text(b) &&
           act_text(dataset, events, a) == act_text(dataset, events, b);
}

/// A cause as the table shows it; an event without summary and ref names its line instead.
std::string cause_text(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex e)
{
    return fmt::format("{} {} {}", events.date_text(e), arrow_text(dataset, events, e), act_text(dataset, events, e));
}

} // namespace

std::string causes_text(const model::Dataset& dataset, const model::EventStore& events,
                        const std::vector<views::Evidence>& causes)
{
    std::string text;
    std::vector<bool> told(causes.size(), false);
    for (std::size_t i = 0; i < causes.size(); ++i) {
        if (told[i]) continue;
        const model::EventIndex e = causes[i].event;
        std::string cause = cause_text(dataset, events, e);
        for (std::size_t j = i + 1; j < causes.size(); ++j) {
            if (told[j] || !mirrors(dataset, events, e, causes[j].event)) continue;
            told[j] = true;
            cause = fmt::format("{} {}, {} each {}", events.date_text(e), arrow_text(dataset, events, e),
                                arrow_text(dataset, events, causes[j].event), act_text(dataset, events, e));
            break;
        }
        text += (text.empty() ? "" : " | ") + cause;
    }
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
        const std::string causes = causes_text(dataset, rows, r.causes);
        table.add_row({dataset.actors.id(source), dataset.actors.id(target), format_day(r.date),
                       std::string(analysis::to_string(r.kind)), r.before, r.after, r.magnitude, eras, causes,
                       analysis::signal_names(r.signals)});
    }
    return table;
}

} // namespace entente::render
