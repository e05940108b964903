#include "render/balance_tables.hpp"

#include <span>

#include "render/evidence_text.hpp"

namespace entente::render {
void BalanceTables::add(const views::RelationGraph& graph, const analysis::TriangleCensus& census,
                        const analysis::Frustration& frustration)
{
    const std::string& window = graph.spec().label;
    const ActorRegistry& registry = graph.dataset().actors;
    const analysis::TriangleCounts& c = census.counts();
    balance.add_row({window, c.triangles(), c.ppp, c.ppn, c.pnn, c.nnn, optional_cell(c.balance_ratio()),
                     optional_cell(c.weighted_balance_ratio()), frustration.value(), frustration.exact(),
                     static_cast<long long>(graph.actors().size()), static_cast<long long>(graph.edge_count())});
    for (const analysis::Tie& t : dyads_printed ? frustration.violations() : std::span<const analysis::Tie>{}) {
        dyads.add_row({window, registry.id(t.a), registry.id(t.b), t.score,
                       std::string(t.score > 0 ? "positive_between" : "negative_within"),
                       main_event_text(graph, t.dyad)});
    }
    for (std::size_t i = 0; i < census.actors().size(); ++i) {
        const analysis::ActorBalance& a = census.actors()[i];
        actors.add_row({window, registry.id(a.actor), static_cast<long long>(frustration.camps()[i].camp), a.triangles,
                        a.balanced, optional_cell(a.local_balance())});
    }
}

} // namespace entente::render
