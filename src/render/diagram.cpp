#include "render/diagram.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/markup.hpp"

namespace entente::render {

EvidenceItem evidence_item(const model::Dataset& dataset, const model::EventStore& events,
                           const views::Evidence& evidence)
{
    const model::EventIndex e = evidence.event;
    const CameoCode& code = dataset.cameo.at(events.code(e));
    return {events.date_text(e),
            dataset.actors.id(events.source(e)),
            dataset.actors.id(events.target(e)),
            code.code,
            code.name,
            events.weight(e),
            static_cast<long long>(events.count(e)),
            evidence.contribution,
            std::string(events.summary(e)),
            std::string(events.ref(e)),
            {}};
}

std::string_view to_string(EdgeChange change)
{
    switch (change) {
    case EdgeChange::none:
        return "";
    case EdgeChange::improved:
        return "improved";
    case EdgeChange::worsened:
        return "worsened";
    case EdgeChange::flipped:
        return "flipped";
    case EdgeChange::less_conflict:
        return "less_conflict";
    case EdgeChange::less_cooperation:
        return "less_cooperation";
    case EdgeChange::began:
        return "new";
    case EdgeChange::no_events_a:
        return "no_events_a";
    case EdgeChange::no_events_b:
        return "no_events_b";
    case EdgeChange::too_few_events:
        return "too_few_events";
    }
    return "";
}

bool is_read(EdgeChange change)
{
    return change != EdgeChange::no_events_a && change != EdgeChange::no_events_b &&
           change != EdgeChange::too_few_events;
}

std::string describe_view(const views::RelationGraph& view)
{
    const views::ViewSpec& spec = view.spec();
    const model::Dataset& dataset = view.dataset();
    // An empty dataset's whole spans no days: it has no dates to show.
    const std::string range = spec.window.length() == 0 ? std::string("no events") : format_days(spec.window);
    std::string text;
    switch (spec.kind) {
    case views::ViewKind::all:
        text = spec.window.length() == 0 ? range : "all events, " + range;
        break;
    case views::ViewKind::window:
        text = "window " + range;
        break;
    case views::ViewKind::era: {
        const Era* era = dataset.find_era(spec.label);
        text = fmt::format("era {}{}, {}", spec.label, era ? " (" + era->label + ")" : std::string(), range);
        break;
    }
    case views::ViewKind::instant:
        text = fmt::format("instant {}, half-life {:.0f} days", format_day(spec.at), spec.half_life);
        break;
    }
    if (spec.directed) text += ", directed";
    return text;
}

Diagram make_diagram(const views::RelationGraph& view, const Annotations& annotations)
{
    const model::Dataset& dataset = view.dataset();
    Diagram diagram;
    diagram.dataset = dataset.label();
    diagram.view = view.spec().label;
    diagram.title = annotations.title.empty() ? describe_view(view) : annotations.title;
    diagram.window = view.spec().window;
    diagram.directed = view.directed();

    for (const ActorIndex a : view.actors()) {
        const Actor& actor = dataset.actors.at(a);
        DiagramNode node{a, actor.id, actor.name, std::string(to_string(actor.kind)), actor.region, 0.0, {}, {}, 0};
        if (const auto bloc = annotations.blocs.find(a); bloc != annotations.blocs.end()) node.bloc = bloc->second;
        if (const auto metrics = annotations.metrics.find(a); metrics != annotations.metrics.end())
            node.metrics = metrics->second;
        diagram.nodes.push_back(std::move(node));
    }
    for (const views::Dyad& d : view.dyads()) {
        if (!view.is_edge(d)) continue;
        DiagramEdge edge;
        edge.source = *view.vertex_of(d.a);
        edge.target = *view.vertex_of(d.b);
        edge.score = d.score;
        edge.pos = d.pos;
        edge.neg = d.neg;
        edge.events = d.events;
        for (const views::Evidence& e : d.evidence)
            edge.evidence.push_back(evidence_item(dataset, view.events(), e));
        diagram.nodes[edge.source].strength += std::abs(d.score);
        diagram.nodes[edge.target].strength += std::abs(d.score);
        diagram.edges.push_back(std::move(edge));
    }
    return diagram;
}

std::string evidence_text(const DiagramEdge& edge)
{
    std::string text;
    for (const EvidenceItem& e : edge.evidence) {
        if (!text.empty()) text += '\n';
        text += fmt::format("{}{} {}->{} {} {}: weight {}{}, counts {}", e.view.empty() ? "" : e.view + ": ", e.date,
                            e.source, e.target, e.code, e.code_name, number_text(e.weight),
                            e.count == 1 ? std::string() : fmt::format(" x{}", e.count), number_text(e.contribution));
        if (!e.summary.empty()) text += " - " + e.summary;
        if (!e.ref.empty()) text += " [" + e.ref + "]";
    }
    return text;
}

std::vector<std::string> metric_names(const Diagram& diagram)
{
    std::vector<std::string> names;
    for (const DiagramNode& node : diagram.nodes)
        for (const NodeMetric& m : node.metrics)
            if (std::find(names.begin(), names.end(), m.name) == names.end()) names.push_back(m.name);
    return names;
}

} // namespace entente::render
