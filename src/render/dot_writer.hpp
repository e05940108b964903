#pragma once
// A Diagram as a Graphviz DOT graph (DESIGN.md section 7): node label = the
// actor's name, size by strength, shape by kind, fill by kind or bloc; edges
// green for cooperation and red for conflict, pen width by |score|, dashed
// when weak; in a difference graph green when improved, red when worsened,
// purple when the sign flipped, width by |change|; blocs as cluster
// subgraphs; a tooltip with the evidence on each edge and the metrics on
// each node. Every string is escaped (markup.hpp).
#include <map>
#include <string>
#include <string_view>

#include "render/diagram.hpp"

namespace entente::render {

/// The Graphviz layout engines the tool offers, and `nop`: the nodes stay
/// where DotStyle::page puts them and only the edges are routed
/// (Graphviz's nop engine, `neato -n`); not offered on the command line.
enum class Layout { neato, fdp, sfdp, circo, dot, twopi, nop };

/// `neato`, `fdp`, `sfdp`, `circo`, `dot` or `twopi`; throws UsageError otherwise.
Layout parse_layout(std::string_view text);
std::string_view to_string(Layout layout);

/// Whether `layout` places the nodes of a cluster together and keeps other
/// nodes out of its box: dot and fdp do. The others place nodes as if there
/// were no clusters, yet Graphviz still draws each cluster's box around its
/// members wherever they landed, over the nodes of other clusters.
bool lays_out_clusters(Layout layout);

/// A page laid out beforehand (shared_layout.hpp): where each node's centre
/// goes and where the graph's label goes, in points from the page's lower
/// left corner, y up. Drawings with the same page put an actor at the same
/// place on pages of the same size.
struct PinnedPage {
    std::map<std::string, std::pair<double, double>> centres; ///< by actor id
    double width = 0.0, height = 0.0;
    std::pair<double, double> label; ///< the centre of the graph's label
};

/// Edges are routed around the nodes while the drawing's size allows it
/// (layout_budget.hpp: routes_edges), and drawn straight beyond.
struct DotStyle {
    Layout layout = Layout::neato;    ///< written as the graph's `layout`, with its settings
    int seed = 1;                     ///< `start` of the force-directed layouts: same seed, same drawing
    bool clusters = false;            ///< draw each bloc as a cluster subgraph, if lays_out_clusters(layout)
    double weak_share = 0.1;          ///< an edge is weak (dashed) below this share of the largest |score|
    std::size_t wrap = 18;            ///< break labels at spaces after this many characters; 0 = never
    const PinnedPage* page = nullptr; ///< Layout::nop: every node's place (each must have one) and the page
    std::string label{};              ///< the graph's label; empty: graph_label
};

/// The graph's label, as plain text: the dataset, the view, the counts and
/// the legend of colours, widths and shapes, on three lines; a drawing of a
/// backbone (backbone.hpp) says on a fourth, after the counts, what it drew.
std::string graph_label(const Diagram& diagram, const DotStyle& style = {});

/// The DOT text of `diagram`. Deterministic: the same diagram gives the same
/// bytes. Throws Fatal for Layout::nop without a place for every node.
std::string write_dot(const Diagram& diagram, const DotStyle& style = {});

} // namespace entente::render
