#include "render/metrics_tables.hpp"

namespace entente::render {
Table actor_metrics_table(const views::RelationGraph& graph, const std::vector<analysis::ActorMetric>& ranked)
{
    const model::Dataset& dataset = graph.dataset();
    const std::string& window = graph.spec().label;
    Table actors{"actors",
                 {"window", "actor", "degree", "degree_pos", "degree_neg", "strength", "net_strength", "betweenness",
                  "closeness", "pagerank", "eigenvector", "pn_index", "signed_eigenvector", "name"},
                 {}};
    for (const auto& m : ranked) {
        actors.add_row({window, dataset.actors.id(m.actor), m.degree, m.degree_pos, m.degree_neg, m.strength,
                        m.net_strength, m.betweenness, m.closeness, m.pagerank, m.eigenvector, m.pn_index,
                        m.signed_eigenvector, dataset.actors.at(m.actor).name});
    }
    return actors;
}

Table graph_metrics_table(const views::RelationGraph& graph, const analysis::GraphMetric& r)
{
    Table summary{"graph",
                  {"window", "start", "end", "partial", "actors", "edges", "positive_edges", "negative_edges",
                   "density", "positive_share", "components", "largest_component"},
                  {}};
    const Interval& span = graph.spec().window;
    const auto day = [&](Day d) { return span.length() == 0 ? Cell{} : Cell{format_day(d)}; };
    summary.add_row({graph.spec().label, day(span.start), day(span.end - 1),
                     static_cast<long long>(graph.spec().partial), count_cell(r.actors), count_cell(r.edges),
                     count_cell(r.positive_edges), count_cell(r.negative_edges), r.density,
                     optional_cell(r.positive_share), count_cell(r.components), count_cell(r.largest_component)});
    return summary;
}

std::vector<Table> ego_tables(const views::RelationGraph& graph, ActorIndex actor,
                              const std::vector<analysis::Relation>& ranked, std::size_t evidence_count)
{
    const model::Dataset& dataset = graph.dataset();
    const std::string& window = graph.spec().label;
    const std::string& id = dataset.actors.id(actor);
    const bool directed = graph.directed();
    Table relations{"relations", {"window", "actor", "partner", "score", "pos", "neg", "events", "sign"}, {}};
    Table evidence{"evidence", {"window", "actor", "partner"}, {}};
    if (directed) {
        relations.columns.emplace_back("direction");
        evidence.columns.emplace_back("direction");
    }
    relations.columns.emplace_back("partner_name");
    for (const char* c :
         {"rank", "date", "source", "target", "code", "code_name", "contribution", "summary", "ref", "line"})
        evidence.columns.emplace_back(c);

    for (const analysis::Relation& r : ranked) {
        const views::Dyad& d = *r.dyad;
        const std::string& partner = dataset.actors.id(r.partner);
        std::vector<Cell> row{window, id,    partner,  d.score,
                              d.pos,  d.neg, d.events, std::string(r.sign > 0 ? "+" : r.sign < 0 ? "-" : "0")};
        if (directed) row.emplace_back(std::string(analysis::to_string(r.direction)));
        row.emplace_back(dataset.actors.at(r.partner).name);
        relations.add_row(std::move(row));

        const model::EventStore& events = graph.events();
        for (std::size_t k = 0; k < d.evidence.size() && k < evidence_count; ++k) {
            const views::Evidence& ev = d.evidence[k];
            const CameoCode& code = dataset.cameo.at(events.code(ev.event));
            std::vector<Cell> line{window, id, partner};
            if (directed) line.emplace_back(std::string(analysis::to_string(r.direction)));
            for (Cell cell : std::vector<Cell>{
                     count_cell(k + 1), events.date_text(ev.event), dataset.actors.id(events.source(ev.event)),
                     dataset.actors.id(events.target(ev.event)), code.code, code.name, ev.contribution,
                     std::string(events.summary(ev.event)), std::string(events.ref(ev.event)),
                     static_cast<long long>(events.line(ev.event))})
                line.push_back(std::move(cell));
            evidence.add_row(std::move(line));
        }
    }
    return {relations, evidence};
}

} // namespace entente::render
