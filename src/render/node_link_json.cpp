#include "render/node_link_json.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

namespace entente::render {
namespace {

/// Day `day` of `window`, or null when the window spans no days (an empty dataset).
nlohmann::ordered_json day_or_null(const Interval& window, Day day)
{
    return window.length() == 0 ? nlohmann::ordered_json() : nlohmann::ordered_json(format_day(day));
}

/// One event of a link's evidence.
nlohmann::ordered_json evidence_json(const EvidenceItem& item)
{
    nlohmann::ordered_json event = {{"date", item.date},       {"source", item.source},
                                    {"target", item.target},   {"code", item.code},
                                    {"name", item.code_name},  {"weight", item.weight},
                                    {"count", item.count},     {"contribution", item.contribution},
                                    {"summary", item.summary}, {"ref", item.ref}};
    if (!item.view.empty()) event["view"] = item.view;
    return event;
}

} // namespace

std::string write_node_link_json(const Diagram& diagram)
{
    using Json = nlohmann::ordered_json;
    Json document = {{"directed", diagram.directed},
                     {"multigraph", false},
                     {"graph",
                      {{"dataset", diagram.dataset},
                       {"view", diagram.view},
                       {"title", diagram.title},
                       {"start", day_or_null(diagram.window, diagram.window.start)},
                       {"end", day_or_null(diagram.window, diagram.window.end - 1)},
                       {"difference", diagram.difference}}}};
    if (diagram.difference) {
        document["graph"]["view_a"] = diagram.view_a;
        document["graph"]["view_b"] = diagram.view_b;
    }
    Json nodes = Json::array();
    for (const DiagramNode& n : diagram.nodes) {
        Json node = {{"id", n.id}, {"name", n.name}, {"kind", n.kind}, {"region", n.region}, {"strength", n.strength}};
        if (n.bloc) node["bloc"] = *n.bloc;
        if (!n.metrics.empty()) {
            Json metrics = Json::object();
            for (const NodeMetric& m : n.metrics)
                metrics[m.name] = m.value;
            node["metrics"] = std::move(metrics);
        }
        nodes.push_back(std::move(node));
    }
    Json links = Json::array();
    for (const DiagramEdge& e : diagram.edges) {
        Json link = {{"source", diagram.nodes[e.source].id},
                     {"target", diagram.nodes[e.target].id},
                     {"weight", std::abs(e.score)},
                     {"score", e.score}};
        if (diagram.difference) {
            link["rate_a"] = e.rate_a;
            link["rate_b"] = e.rate_b;
        } else {
            link["pos"] = e.pos;
            link["neg"] = e.neg;
        }
        link["events"] = e.events;
        if (diagram.difference) link["change"] = to_string(e.change);
        Json evidence = Json::array();
        for (const EvidenceItem& item : e.evidence)
            evidence.push_back(evidence_json(item));
        link["evidence"] = std::move(evidence);
        links.push_back(std::move(link));
    }
    document["nodes"] = std::move(nodes);
    document["links"] = std::move(links);
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace entente::render
