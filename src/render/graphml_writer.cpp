#include "render/graphml_writer.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "render/markup.hpp"

namespace entente::render {
namespace {

void key(std::string& out, std::string_view id, std::string_view domain, std::string_view name, std::string_view type)
{
    out += fmt::format("  <key id=\"{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", id, domain,
                       xml_escape(name), type);
}

void data(std::string& out, std::string_view indent, std::string_view key, std::string_view value)
{
    out += fmt::format("{}<data key=\"{}\">{}</data>\n", indent, key, xml_escape(value));
}

} // namespace

std::string write_graphml(const Diagram& diagram)
{
    const std::vector<std::string> metrics = metric_names(diagram);
    const bool blocs = std::any_of(diagram.nodes.begin(), diagram.nodes.end(),
                                   [](const DiagramNode& n) { return n.bloc.has_value(); });

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const char* name : {"dataset", "view", "title", "start", "end"})
        key(out, fmt::format("g_{}", name), "graph", name, "string");
    for (const char* name : {"label", "kind", "region"})
        key(out, fmt::format("n_{}", name), "node", name, "string");
    key(out, "n_strength", "node", "strength", "double");
    if (blocs) key(out, "n_bloc", "node", "bloc", "int");
    for (std::size_t m = 0; m < metrics.size(); ++m)
        key(out, fmt::format("n_m{}", m), "node", metrics[m], "double");
    // A difference graph's score is the change of the rate per year, between rate_a and rate_b.
    const auto edge_numbers = diagram.difference ? std::vector<std::string>{"weight", "score", "rate_a", "rate_b"}
                                                 : std::vector<std::string>{"weight", "score", "pos", "neg"};
    for (const std::string& name : edge_numbers)
        key(out, "e_" + name, "edge", name, "double");
    key(out, "e_events", "edge", "events", "long");
    if (diagram.difference) key(out, "e_change", "edge", "change", "string");
    key(out, "e_evidence", "edge", "evidence", "string");

    out += fmt::format("  <graph id=\"G\" edgedefault=\"{}\">\n", diagram.directed ? "directed" : "undirected");
    data(out, "    ", "g_dataset", diagram.dataset);
    data(out, "    ", "g_view", diagram.view);
    data(out, "    ", "g_title", diagram.title);
    if (diagram.window.length() > 0) { // an empty dataset has no dates
        data(out, "    ", "g_start", format_day(diagram.window.start));
        data(out, "    ", "g_end", format_day(diagram.window.end - 1));
    }

    for (const DiagramNode& n : diagram.nodes) {
        out += fmt::format("    <node id=\"{}\">\n", xml_escape(n.id));
        data(out, "      ", "n_label", n.name);
        data(out, "      ", "n_kind", n.kind);
        data(out, "      ", "n_region", n.region);
        data(out, "      ", "n_strength", number_text(n.strength));
        if (n.bloc) data(out, "      ", "n_bloc", std::to_string(*n.bloc));
        for (const NodeMetric& m : n.metrics) {
            const auto at = std::find(metrics.begin(), metrics.end(), m.name) - metrics.begin();
            data(out, "      ", fmt::format("n_m{}", at), number_text(m.value));
        }
        out += "    </node>\n";
    }
    for (std::size_t i = 0; i < diagram.edges.size(); ++i) {
        const DiagramEdge& e = diagram.edges[i];
        out += fmt::format("    <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n", i,
                           xml_escape(diagram.nodes[e.source].id), xml_escape(diagram.nodes[e.target].id));
        data(out, "      ", "e_weight", number_text(std::abs(e.score)));
        data(out, "      ", "e_score", number_text(e.score));
        if (diagram.difference) {
            data(out, "      ", "e_rate_a", number_text(e.rate_a));
            data(out, "      ", "e_rate_b", number_text(e.rate_b));
        } else {
            data(out, "      ", "e_pos", number_text(e.pos));
            data(out, "      ", "e_neg", number_text(e.neg));
        }
        data(out, "      ", "e_events", std::to_string(e.events));
        if (diagram.difference) data(out, "      ", "e_change", to_string(e.change));
        data(out, "      ", "e_evidence", evidence_text(e));
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

} // namespace entente::render
