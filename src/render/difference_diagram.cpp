#include "render/difference_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace entente::render {

EdgeChange edge_change(const analysis::DyadShift& shift)
{
    using analysis::Record;
    switch (shift.record) {
    case Record::opened_in_b:
        return EdgeChange::began;
    case Record::none_in_a:
        return EdgeChange::no_events_a;
    case Record::none_in_b:
        return EdgeChange::no_events_b;
    case Record::too_few:
        return EdgeChange::too_few_events;
    case Record::both:
        break;
    }
    if (shift.flip != analysis::Flip::none) return EdgeChange::flipped;
    switch (shift.trend) {
    case analysis::Trend::improved:
        return EdgeChange::improved;
    case analysis::Trend::worsened:
        return EdgeChange::worsened;
    case analysis::Trend::less_conflict:
        return EdgeChange::less_conflict;
    case analysis::Trend::less_cooperation:
        return EdgeChange::less_cooperation;
    case analysis::Trend::none:
        break;
    }
    return EdgeChange::none;
}

Diagram make_difference_diagram(const views::RelationGraph& a, const views::RelationGraph& b,
                                const analysis::EraShift& shift, const Annotations& annotations)
{
    const model::Dataset& dataset = b.dataset();
    Diagram diagram;
    diagram.dataset = dataset.label();
    diagram.view = fmt::format("{} -> {}", a.spec().label, b.spec().label);
    diagram.title = annotations.title.empty()
                        ? fmt::format("change per year, {} → {}", describe_view(a), describe_view(b))
                        : annotations.title;
    diagram.window = {std::min(a.spec().window.start, b.spec().window.start),
                      std::max(a.spec().window.end, b.spec().window.end)};
    diagram.directed = b.directed();
    diagram.difference = true;
    diagram.view_a = a.spec().label;
    diagram.view_b = b.spec().label;

    std::vector<ActorIndex> actors;
    std::set_union(a.actors().begin(), a.actors().end(), b.actors().begin(), b.actors().end(),
                   std::back_inserter(actors));
    for (const ActorIndex id : actors) {
        const Actor& actor = dataset.actors.at(id);
        DiagramNode node{id, actor.id, actor.name, std::string(to_string(actor.kind)), actor.region, 0.0, {}, {}, 0};
        if (const auto bloc = annotations.blocs.find(id); bloc != annotations.blocs.end()) node.bloc = bloc->second;
        if (const auto metrics = annotations.metrics.find(id); metrics != annotations.metrics.end())
            node.metrics = metrics->second;
        diagram.nodes.push_back(std::move(node));
    }
    const auto node_of = [&](ActorIndex id) {
        return static_cast<std::size_t>(std::lower_bound(actors.begin(), actors.end(), id) - actors.begin());
    };

    // shift.dyads runs largest change first; a drawing lists edges by (a, b).
    std::vector<const analysis::DyadShift*> dyads;
    for (const analysis::DyadShift& s : shift.dyads)
        if ((s.in_a && a.is_edge(*s.in_a)) || (s.in_b && b.is_edge(*s.in_b))) dyads.push_back(&s);
    std::sort(dyads.begin(), dyads.end(), [](const analysis::DyadShift* x, const analysis::DyadShift* y) {
        return std::pair{x->a, x->b} < std::pair{y->a, y->b};
    });
    for (const analysis::DyadShift* s : dyads) {
        DiagramEdge edge;
        edge.source = node_of(s->a);
        edge.target = node_of(s->b);
        edge.score = s->change;
        edge.change = edge_change(*s);
        edge.rate_a = s->rate_a;
        edge.rate_b = s->rate_b;
        for (const auto& [dyad, view] : {std::pair{s->in_b, &b}, std::pair{s->in_a, &a}}) {
            if (!dyad) continue;
            edge.events += dyad->events;
            for (const views::Evidence& e : dyad->evidence) {
                edge.evidence.push_back(evidence_item(dataset, view->events(), e));
                edge.evidence.back().view = view->spec().label;
            }
        }
        // Node size sums the changes read; an edge without a reading changes nothing that can be said.
        const double read = is_read(edge.change) ? std::abs(s->change) : 0.0;
        diagram.nodes[edge.source].strength += read;
        diagram.nodes[edge.target].strength += read;
        diagram.edges.push_back(std::move(edge));
    }
    return diagram;
}

} // namespace entente::render
