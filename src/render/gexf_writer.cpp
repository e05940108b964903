#include "render/gexf_writer.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

#include "render/markup.hpp"

namespace entente::render {
namespace {

using Pair = std::pair<ActorIndex, ActorIndex>;

/// Maximal runs of consecutive windows, as [first, last] window indexes.
std::vector<std::pair<std::size_t, std::size_t>> runs(const std::vector<std::size_t>& windows)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const std::size_t w : windows) {
        if (!out.empty() && out.back().second + 1 == w)
            out.back().second = w;
        else
            out.emplace_back(w, w);
    }
    return out;
}

std::string window_dates(const views::ViewSpec& from, const views::ViewSpec& to)
{
    return fmt::format("start=\"{}\" end=\"{}\"", format_day(from.window.start), format_day(to.window.end - 1));
}

void write_spells(std::string& out, const std::vector<views::ViewSpec>& windows, const std::vector<std::size_t>& active)
{
    out += "        <spells>\n";
    for (const auto& [first, last] : runs(active))
        out += fmt::format("          <spell {}/>\n", window_dates(windows[first], windows[last]));
    out += "        </spells>\n";
}

void attvalue(std::string& out, std::string_view id, std::string_view value)
{
    out += fmt::format("          <attvalue for=\"{}\" value=\"{}\"/>\n", id, xml_escape(value));
}

void timed_attvalue(std::string& out, std::string_view id, double value, const views::ViewSpec& window)
{
    out += fmt::format("          <attvalue for=\"{}\" value=\"{}\" {}/>\n", id, number_text(value),
                       window_dates(window, window));
}

void attribute(std::string& out, std::string_view id, std::string_view title, std::string_view type)
{
    out += fmt::format("      <attribute id=\"{}\" title=\"{}\" type=\"{}\"/>\n", id, xml_escape(title), type);
}

} // namespace

std::string write_gexf(const Diagram& diagram, const views::WindowScores& series)
{
    const std::vector<views::ViewSpec>& windows = series.windows();
    const double epsilon = windows.empty() ? 0.0 : windows.front().epsilon;
    std::map<ActorIndex, std::size_t> node_of;
    for (std::size_t i = 0; i < diagram.nodes.size(); ++i)
        node_of[diagram.nodes[i].actor] = i;
    std::map<Pair, const DiagramEdge*> whole;
    for (const DiagramEdge& e : diagram.edges)
        whole[{diagram.nodes[e.source].actor, diagram.nodes[e.target].actor}] = &e;

    // Per actor: the windows it is active in and its strength in each.
    std::vector<std::map<std::size_t, double>> strength(diagram.nodes.size());
    std::vector<const views::DyadTrack*> edges;
    for (const views::DyadTrack& track : series.tracks()) {
        const auto a = node_of.find(track.a), b = node_of.find(track.b);
        if (a == node_of.end() || b == node_of.end()) continue;
        bool edge = false;
        for (const views::WindowScore& s : track.scores) {
            const double magnitude = std::abs(s.score) > epsilon ? std::abs(s.score) : 0.0;
            strength[a->second][s.window] += magnitude;
            strength[b->second][s.window] += magnitude;
            edge = edge || magnitude > 0.0;
        }
        if (edge) edges.push_back(&track);
    }

    const std::vector<std::string> metrics = metric_names(diagram);
    const bool blocs = std::any_of(diagram.nodes.begin(), diagram.nodes.end(),
                                   [](const DiagramNode& n) { return n.bloc.has_value(); });
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
    out +=
        fmt::format("  <meta>\n    <creator>entente</creator>\n    <description>{}</description>\n  </meta>\n",
                    xml_escape(fmt::format("{}: {}, in {} windows", diagram.dataset, diagram.title, windows.size())));
    out += fmt::format("  <graph mode=\"dynamic\" defaultedgetype=\"{}\" timeformat=\"date\" "
                       "timerepresentation=\"interval\"",
                       diagram.directed ? "directed" : "undirected");
    if (!windows.empty() && windows.back().window.end > windows.front().window.start) // not an empty dataset
        out += fmt::format(" {}", window_dates(windows.front(), windows.back()));
    out += ">\n    <attributes class=\"node\" mode=\"static\">\n";
    for (const char* id : {"kind", "region"})
        attribute(out, id, id, "string");
    attribute(out, "total_strength", "total_strength", "double");
    if (blocs) attribute(out, "bloc", "bloc", "integer");
    for (std::size_t m = 0; m < metrics.size(); ++m)
        attribute(out, fmt::format("m{}", m), metrics[m], "double");
    out += "    </attributes>\n    <attributes class=\"node\" mode=\"dynamic\">\n";
    attribute(out, "strength", "strength", "double");
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n";
    for (const char* id : {"total_score", "pos", "neg"})
        attribute(out, id, id, "double");
    attribute(out, "events", "events", "long");
    attribute(out, "evidence", "evidence", "string");
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"dynamic\">\n";
    attribute(out, "score", "score", "double");
    attribute(out, "weight", "weight", "double");
    out += "    </attributes>\n    <nodes>\n";

    for (std::size_t i = 0; i < diagram.nodes.size(); ++i) {
        if (strength[i].empty()) continue;
        const DiagramNode& n = diagram.nodes[i];
        out += fmt::format("      <node id=\"{}\" label=\"{}\">\n        <attvalues>\n", xml_escape(n.id),
                           xml_escape(n.name));
        attvalue(out, "kind", n.kind);
        attvalue(out, "region", n.region);
        attvalue(out, "total_strength", number_text(n.strength));
        if (n.bloc) attvalue(out, "bloc", std::to_string(*n.bloc));
        for (const NodeMetric& m : n.metrics) {
            const auto at = std::find(metrics.begin(), metrics.end(), m.name) - metrics.begin();
            attvalue(out, fmt::format("m{}", at), number_text(m.value));
        }
        std::vector<std::size_t> active;
        for (const auto& [w, s] : strength[i]) {
            active.push_back(w);
            if (s > 0.0) timed_attvalue(out, "strength", s, windows[w]);
        }
        out += "        </attvalues>\n";
        write_spells(out, windows, active);
        out += "      </node>\n";
    }
    out += "    </nodes>\n    <edges>\n";
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const views::DyadTrack& track = *edges[i];
        out +=
            fmt::format("      <edge id=\"e{}\" source=\"{}\" target=\"{}\">\n        <attvalues>\n", i,
                        xml_escape(diagram.nodes[node_of[track.a]].id), xml_escape(diagram.nodes[node_of[track.b]].id));
        if (const auto it = whole.find({track.a, track.b}); it != whole.end()) {
            const DiagramEdge& e = *it->second;
            attvalue(out, "total_score", number_text(e.score));
            attvalue(out, "pos", number_text(e.pos));
            attvalue(out, "neg", number_text(e.neg));
            attvalue(out, "events", std::to_string(e.events));
            attvalue(out, "evidence", evidence_text(e));
        }
        std::vector<std::size_t> active;
        for (const views::WindowScore& s : track.scores) {
            if (std::abs(s.score) <= epsilon) continue;
            active.push_back(s.window);
            timed_attvalue(out, "score", s.score, windows[s.window]);
            timed_attvalue(out, "weight", std::abs(s.score), windows[s.window]);
        }
        out += "        </attvalues>\n";
        write_spells(out, windows, active);
        out += "      </edge>\n";
    }
    out += "    </edges>\n  </graph>\n</gexf>\n";
    return out;
}

} // namespace entente::render
