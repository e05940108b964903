#include "render/shared_layout.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "render/layout_budget.hpp"
#include "render/svg_renderer.hpp"

namespace entente::render {
namespace {

constexpr double k_margin = 21.6;     // around the nodes: the pad of the other drawings (0.3 inch)
constexpr double k_label_font = 16;   // the graph label's font size (dot_writer)
constexpr double k_label_line = 1.2;  // Graphviz's line height, in font sizes
constexpr double k_label_padding = 8; // between the label and the nodes

std::size_t lines(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
}

} // namespace

Diagram union_diagram(const std::vector<const Diagram*>& diagrams)
{
    std::map<ActorIndex, DiagramNode> nodes;
    std::map<std::pair<ActorIndex, ActorIndex>, DiagramEdge> edges;
    Diagram all;
    for (const Diagram* d : diagrams) {
        if (all.dataset.empty()) all.dataset = d->dataset;
        all.directed = all.directed || d->directed;
        double max_strength = 0.0;
        for (const DiagramNode& n : d->nodes)
            max_strength = std::max(max_strength, n.strength);
        for (const DiagramNode& n : d->nodes) {
            const double share = max_strength > 0 ? n.strength / max_strength : 0.0;
            auto [it, added] = nodes.try_emplace(n.actor, n);
            if (added) {
                it->second.strength = share;
                it->second.bloc.reset();
                it->second.metrics.clear();
            } else {
                it->second.strength = std::max(it->second.strength, share);
            }
        }
        for (const DiagramEdge& e : d->edges) {
            DiagramEdge& sum = edges[{d->nodes[e.source].actor, d->nodes[e.target].actor}];
            sum.score += e.score;
            sum.pos += e.pos;
            sum.neg += e.neg;
            sum.events += e.events;
        }
    }
    std::map<ActorIndex, std::size_t> index;
    for (auto& [actor, node] : nodes) {
        index[actor] = all.nodes.size();
        all.nodes.push_back(std::move(node));
    }
    for (auto& [ends, edge] : edges) {
        edge.source = index.at(ends.first);
        edge.target = index.at(ends.second);
        all.edges.push_back(std::move(edge));
    }
    return all;
}

PinnedPage lay_out_together(const std::vector<const Diagram*>& diagrams, const DotStyle& style, std::size_t max_nodes)
{
    // The union's label holds every drawing's label, one under the other, so
    // that Graphviz measures the widest of them all.
    const Diagram all = union_diagram(diagrams);
    DotStyle union_style = style;
    union_style.layout = fitting_layout(all.nodes.size(), all.edges.size());
    union_style.clusters = false;
    union_style.label.clear();
    std::size_t label_lines = 1;
    for (const Diagram* d : diagrams) {
        const std::string label = graph_label(*d, style);
        union_style.label += (union_style.label.empty() ? "" : "\n") + label;
        label_lines = std::max(label_lines, lines(label));
    }
    const Placement placement = place_nodes(write_dot(all, union_style), union_style.layout, max_nodes);

    double x0 = std::numeric_limits<double>::max(), y0 = x0;
    double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    for (const auto& [name, n] : placement.nodes) {
        x0 = std::min(x0, n.x - n.width / 2);
        x1 = std::max(x1, n.x + n.width / 2);
        y0 = std::min(y0, n.y - n.height / 2);
        y1 = std::max(y1, n.y + n.height / 2);
    }
    if (placement.nodes.empty()) x0 = x1 = y0 = y1 = 0.0;

    PinnedPage page;
    const double nodes_width = x1 - x0;
    page.width = std::max(nodes_width, placement.label_width) + 2 * k_margin;
    const double label_height = static_cast<double>(label_lines) * k_label_font * k_label_line;
    page.height = (y1 - y0) + 2 * k_margin + label_height + k_label_padding;
    // The nodes centred across the page, at its bottom; the label above them.
    const double dx = (page.width - nodes_width) / 2 - x0;
    const double dy = k_margin - y0;
    for (const auto& [name, n] : placement.nodes)
        page.centres[name] = {n.x + dx, n.y + dy};
    page.label = {page.width / 2, page.height - k_margin - label_height / 2};
    return page;
}

} // namespace entente::render
