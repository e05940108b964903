#include "render/dot_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "render/backbone.hpp"
#include "render/layout_budget.hpp"
#include "render/markup.hpp"

namespace entente::render {
namespace {

constexpr std::array k_layouts{std::pair{Layout::neato, "neato"}, std::pair{Layout::fdp, "fdp"},
                               std::pair{Layout::sfdp, "sfdp"},   std::pair{Layout::circo, "circo"},
                               std::pair{Layout::dot, "dot"},     std::pair{Layout::twopi, "twopi"}};

// ColorBrewer Set3, light enough to read black labels on.
constexpr std::array k_bloc_fills{"#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
                                  "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
constexpr const char* k_cooperation = "#2e8b3e";
constexpr const char* k_conflict = "#c0392b";
constexpr const char* k_flipped = "#7d3c98";
constexpr const char* k_unchanged = "#888888";

/// Code points in a UTF-8 string.
std::size_t glyphs(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// Breaks each line of `text` (ended by LF, CRLF or CR) at spaces so that lines stay near `width` glyphs.
std::string wrap(std::string_view text, std::size_t width)
{
    if (width == 0) return std::string(text);
    std::string unified; // every line break as LF, so that a CR never joins the word before it
    for (std::size_t i = 0; i < text.size(); ++i) {
        unified += text[i] == '\r' ? '\n' : text[i];
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    std::string out;
    const std::vector<std::string> lines = split(unified, '\n');
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (l != 0) out += '\n';
        std::size_t length = 0;
        const std::vector<std::string> words = split(lines[l], ' ');
        for (std::size_t w = 0; w < words.size(); ++w) {
            if (w != 0 && length != 0 && length + 1 + glyphs(words[w]) > width) {
                out += '\n';
                length = 0;
            } else if (w != 0) {
                out += ' ';
                ++length;
            }
            out += words[w];
            length += glyphs(words[w]);
        }
    }
    return out;
}

const char* shape_of(std::string_view kind)
{
    if (kind == "organization") return "box";
    if (kind == "group") return "box";
    return "ellipse";
}

const char* kind_fill(std::string_view kind)
{
    if (kind == "organization") return "#fdf2d0";
    if (kind == "group") return "#f3dde9";
    return "#dbe9f6";
}

const char* bloc_fill(int bloc)
{
    const auto n = static_cast<int>(k_bloc_fills.size());
    return k_bloc_fills[static_cast<std::size_t>(((bloc % n) + n) % n)];
}

std::string node_tooltip(const Diagram& diagram, const DiagramNode& node, std::size_t relations)
{
    std::string text = fmt::format("{} ({})\n{}", node.name, node.id, node.kind);
    if (!node.region.empty()) text += ", " + node.region;
    const std::size_t all = diagram.thinned ? node.relations : relations;
    text += fmt::format("\n{} {} over {} relation{}", diagram.difference ? "|change| a year" : "strength",
                        rounded_text(node.strength), count_text(all), all == 1 ? "" : "s");
    if (diagram.thinned) text += fmt::format(", {} drawn", relations);
    if (node.bloc) text += fmt::format("\nbloc {}", *node.bloc);
    for (const NodeMetric& m : node.metrics)
        text += fmt::format("\n{} {}", m.name, rounded_text(m.value, 4));
    return text;
}

std::string edge_tooltip(const Diagram& diagram, const DiagramEdge& edge)
{
    const DiagramNode& a = diagram.nodes[edge.source];
    const DiagramNode& b = diagram.nodes[edge.target];
    const char* arrow = diagram.directed ? "→" : "–";
    std::string text =
        diagram.difference
            ? fmt::format("{} {} {}: {} a year in {}, {} in {} (change {}{}), {} event{}", a.name, arrow, b.name,
                          rounded_text(edge.rate_a), diagram.view_a, rounded_text(edge.rate_b), diagram.view_b,
                          rounded_text(edge.score),
                          edge.change == EdgeChange::none ? "" : fmt::format(", {}", to_string(edge.change)),
                          edge.events, edge.events == 1 ? "" : "s")
            : fmt::format("{} {} {}: score {} (cooperation {}, conflict {}), {} event{}", a.name, arrow, b.name,
                          rounded_text(edge.score), rounded_text(edge.pos), rounded_text(-edge.neg), edge.events,
                          edge.events == 1 ? "" : "s");
    long long shown = 0;
    for (const EvidenceItem& e : edge.evidence) {
        const std::string times = e.count == 1 ? std::string() : fmt::format(" ×{}", e.count);
        text += fmt::format("\n{}{} {}→{} {} {}: weight {}{}, counts {}", e.view.empty() ? "" : e.view + ": ", e.date,
                            e.source, e.target, e.code, e.code_name, rounded_text(e.weight), times,
                            rounded_text(e.contribution));
        if (!e.summary.empty() || !e.ref.empty()) {
            text += "\n    " + e.summary;
            if (!e.ref.empty()) text += (e.summary.empty() ? "[" : " [") + e.ref + "]";
        }
        shown += e.count;
    }
    if (edge.events > shown)
        text += fmt::format("\n… and {} more event{}", edge.events - shown, edge.events - shown == 1 ? "" : "s");
    return text;
}

/// The weak threshold: weak_share of the largest |score|.
double weak_score(const Diagram& diagram, const DotStyle& style)
{
    double max_score = 0.0;
    for (const DiagramEdge& e : diagram.edges)
        max_score = std::max(max_score, std::abs(e.score));
    return style.weak_share * max_score;
}

const PinnedPage& pinned_page(const DotStyle& style)
{
    if (!style.page) throw Fatal("a drawing with pinned nodes (layout nop) needs their places");
    return *style.page;
}

void write_graph_settings(std::string& out, const Diagram& diagram, const DotStyle& style)
{
    out += fmt::format(
        "  graph [layout={}, fontname=\"Helvetica\", fontsize=16, labelloc=t, pad=0.3, outputorder=edgesfirst",
        to_string(style.layout));
    const char* splines = routes_edges(diagram.nodes.size(), diagram.edges.size()) ? "true" : "line";
    switch (style.layout) {
    case Layout::neato:
    case Layout::fdp:
    case Layout::sfdp:
        out += fmt::format(", start={}, overlap=prism, overlap_scaling=0, sep=\"+6\", splines={}", style.seed, splines);
        break;
    case Layout::circo:
    case Layout::twopi:
        out += fmt::format(", overlap=prism, splines={}", splines);
        break;
    case Layout::dot:
        out += fmt::format(", rankdir=LR, splines={}", splines);
        break;
    case Layout::nop: {
        // Positions in points (inputscale), kept as given (notranslate), on a
        // fixed page (viewport) with the label at a fixed place (lp).
        const PinnedPage& page = pinned_page(style);
        out += fmt::format(", inputscale=72, notranslate=true, overlap=true, splines={}, viewport=\"{:.2f},{:.2f},1,"
                           "{:.2f},{:.2f}\", lp=\"{:.2f},{:.2f}\"",
                           splines, page.width, page.height, page.width / 2, page.height / 2, page.label.first,
                           page.label.second);
        break;
    }
    }
    out += fmt::format(",\n         label=\"{}\"];\n",
                       dot_label(style.label.empty() ? graph_label(diagram, style) : style.label));
    out += "  node [fontname=\"Helvetica\", style=\"filled\", color=\"#555555\", penwidth=1, margin=\"0.08,0.04\"];\n";
    out += fmt::format("  edge [fontname=\"Helvetica\"{}];\n", diagram.directed ? ", arrowsize=0.6" : "");
}

std::string node_line(const Diagram& diagram, const DiagramNode& node, std::size_t relations, double max_strength,
                      const DotStyle& style)
{
    const double share = max_strength > 0 ? std::sqrt(node.strength / max_strength) : 0.0;
    const std::string fill = node.bloc ? bloc_fill(*node.bloc) : kind_fill(node.kind);
    const std::string shape = shape_of(node.kind);
    std::string place;
    if (style.layout == Layout::nop) {
        const PinnedPage& page = pinned_page(style);
        const auto at = page.centres.find(node.id);
        if (at == page.centres.end()) throw Fatal(fmt::format("no place for node {} on the pinned page", node.id));
        place = fmt::format(", pos=\"{:.2f},{:.2f}!\"", at->second.first, at->second.second);
    }
    return fmt::format("  \"{}\" [id=\"node_{}\", label=\"{}\", tooltip=\"{}\", shape={}, style=\"{}\", "
                       "fillcolor=\"{}\", fontsize={:.1f}, strength=\"{}\"{}];\n",
                       dot_string(node.id), dot_string(node.id), dot_label(wrap(node.name, style.wrap)),
                       dot_tooltip(node_tooltip(diagram, node, relations)), shape,
                       node.kind == "organization" ? "filled,rounded"
                       : node.kind == "group"      ? "filled,diagonals"
                                                   : "filled",
                       fill, 10.0 + 10.0 * share, number_text(node.strength), place);
}

/// By sign in a view's drawing; by how the relation changed in a difference graph.
const char* edge_colour(const Diagram& diagram, const DiagramEdge& edge)
{
    if (!diagram.difference) return edge.score >= 0 ? k_cooperation : k_conflict;
    switch (edge.change) {
    case EdgeChange::improved:
    case EdgeChange::began:
        return k_cooperation;
    case EdgeChange::worsened:
        return k_conflict;
    case EdgeChange::flipped:
        return k_flipped;
    case EdgeChange::none:
    case EdgeChange::less_conflict:
    case EdgeChange::less_cooperation:
    case EdgeChange::no_events_a:
    case EdgeChange::no_events_b:
    case EdgeChange::too_few_events:
        break;
    }
    return k_unchanged;
}

std::string edge_line(const Diagram& diagram, const DiagramEdge& edge, double max_score, double weak,
                      const std::vector<std::size_t>& relations, const DotStyle& style)
{
    const double magnitude = std::abs(edge.score);
    // A change the comparison does not read (no events in a view, too few) is drawn thin and dashed.
    const bool unread = diagram.difference && !is_read(edge.change);
    const double share = max_score > 0 && !unread ? magnitude / max_score : 0.0;
    const char* color = edge_colour(diagram, edge);
    const std::string& a = diagram.nodes[edge.source].id;
    const std::string& b = diagram.nodes[edge.target].id;
    std::string line =
        fmt::format("  \"{}\" {} \"{}\" [id=\"edge_{}_{}\", color=\"{}cc\", penwidth={:.2f}, style={}, tooltip=\"{}\"",
                    dot_string(a), diagram.directed ? "->" : "--", dot_string(b), dot_string(a), dot_string(b), color,
                    1.0 + 7.0 * std::sqrt(share), magnitude < weak || unread ? "dashed" : "solid",
                    dot_tooltip(edge_tooltip(diagram, edge)));
    // Force-directed layouts pull allies together and push adversaries apart;
    // edges of a hub are longer so that its many partners find room around it.
    if (style.layout == Layout::neato || style.layout == Layout::fdp) {
        const double hub = std::sqrt(static_cast<double>(std::max(relations[edge.source], relations[edge.target])));
        const double len = (edge.score >= 0 ? 2.2 - 0.5 * share : 2.8 + 0.6 * share) * (1.0 + 0.12 * hub);
        line += fmt::format(", len={:.2f}", len);
    }
    if (diagram.difference)
        line += fmt::format(", score=\"{}\", rate_a=\"{}\", rate_b=\"{}\", events={}, change=\"{}\"",
                            number_text(edge.score), number_text(edge.rate_a), number_text(edge.rate_b), edge.events,
                            to_string(edge.change));
    else
        line += fmt::format(", score=\"{}\", pos=\"{}\", neg=\"{}\", events={}", number_text(edge.score),
                            number_text(edge.pos), number_text(edge.neg), edge.events);
    return line + "];\n";
}

} // namespace

Layout parse_layout(std::string_view text)
{
    for (const auto& [layout, name] : k_layouts)
        if (text == name) return layout;
    throw UsageError(fmt::format("unknown layout '{}' (expected neato, fdp, sfdp, circo, dot or twopi)", text));
}

std::string_view to_string(Layout layout)
{
    if (layout == Layout::nop) return "nop";
    for (const auto& [l, name] : k_layouts)
        if (l == layout) return name;
    return "neato";
}

std::string graph_label(const Diagram& diagram, const DotStyle& style)
{
    const double weak = weak_score(diagram, style);
    const std::size_t actors = diagram.thinned ? diagram.thinned->actors : diagram.nodes.size();
    const std::size_t relations = diagram.thinned ? diagram.thinned->relations : diagram.edges.size();
    std::string text = fmt::format("{}: {} · {} actors, {} relations", diagram.dataset, diagram.title,
                                   count_text(actors), count_text(relations));
    constexpr std::size_t k_caption_width = 110; // about as wide as the legend below
    if (diagram.thinned) text += fmt::format("\n{}", wrap("drawn: " + drawn_text(diagram), k_caption_width));
    text += diagram.difference
                ? fmt::format("\ngreen: improved, red: worsened, purple: sign flipped, grey: unchanged or only "
                              "less conflict or cooperation recorded, thin dashed grey: not read (no events in "
                              "one view, or too few), width: |change| a year, dashed: small (|change| < {})",
                              rounded_text(weak))
                : fmt::format("\ngreen: cooperation, red: conflict, width: |score|, dashed: weak (|score| < {})",
                              rounded_text(weak));
    const bool blocs = std::any_of(diagram.nodes.begin(), diagram.nodes.end(),
                                   [](const DiagramNode& n) { return n.bloc.has_value(); });
    text += fmt::format("\nsize: {} · ellipse: state, box: organization, box with cut corners: group · fill: {}",
                        diagram.difference ? "|change|" : "strength", blocs ? "bloc" : "kind");
    return text;
}

bool lays_out_clusters(Layout layout)
{
    return layout == Layout::dot || layout == Layout::fdp;
}

std::string write_dot(const Diagram& diagram, const DotStyle& style)
{
    double max_score = 0.0, max_strength = 0.0;
    for (const DiagramEdge& e : diagram.edges)
        if (!diagram.difference || is_read(e.change)) max_score = std::max(max_score, std::abs(e.score));
    for (const DiagramNode& n : diagram.nodes)
        max_strength = std::max(max_strength, n.strength);
    const double weak = style.weak_share * max_score;
    std::vector<std::size_t> relations(diagram.nodes.size(), 0);
    for (const DiagramEdge& e : diagram.edges) {
        ++relations[e.source];
        ++relations[e.target];
    }

    std::string out = fmt::format("{} \"entente\" {{\n", diagram.directed ? "digraph" : "graph");
    write_graph_settings(out, diagram, style);

    std::map<int, std::vector<std::size_t>> clusters;
    for (std::size_t i = 0; i < diagram.nodes.size(); ++i) {
        const DiagramNode& node = diagram.nodes[i];
        if (style.clusters && lays_out_clusters(style.layout) && node.bloc)
            clusters[*node.bloc].push_back(i);
        else
            out += node_line(diagram, node, relations[i], max_strength, style);
    }
    for (const auto& [bloc, members] : clusters) {
        out += fmt::format("  subgraph \"cluster_bloc_{}\" {{\n    graph [label=\"bloc {}\", style=\"rounded,dashed\", "
                           "color=\"#777777\", fontsize=14];\n",
                           bloc, bloc);
        for (const std::size_t i : members)
            out += "  " + node_line(diagram, diagram.nodes[i], relations[i], max_strength, style);
        out += "  }\n";
    }
    for (const DiagramEdge& e : diagram.edges)
        out += edge_line(diagram, e, max_score, weak, relations, style);
    out += "}\n";
    return out;
}

} // namespace entente::render
