#pragma once
// DOT laid out and drawn as SVG, PNG or PDF by Graphviz's library, in
// process (never by running the `dot` program). The force-directed layouts
// start from the seed the DOT carries (`start`), so the same DOT gives the
// same SVG bytes and the same picture.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "render/dot_writer.hpp"

namespace entente::render {

/// A drawing as Graphviz rendered it: SVG text, or PNG or PDF bytes.
struct RenderedDrawing {
    std::string data;
    std::vector<std::string> warnings; ///< what Graphviz warned about, one message each
};

/// Parses `dot` (agmemread), lays it out with `layout` (gvLayout) and renders
/// SVG (gvRenderData). Throws UsageError when the graph has more than
/// `max_nodes` nodes (a layout that large takes minutes and draws a
/// hairball; the commands check their limit first, naming its option),
/// Fatal with Graphviz's message when it reports an error.
RenderedDrawing render_svg(std::string_view dot, Layout layout, std::size_t max_nodes);

/// As render_svg, drawn by Graphviz's cairo renderer (the pango plugin of
/// Debian's libgvc6) as `format`: `png` (96 pixels an inch, so a point of
/// the SVG is 4/3 pixel) or `pdf` (one page the size of the SVG, in points).
/// A PDF holds the time it was made, so two runs differ in those bytes.
RenderedDrawing render_image(std::string_view dot, Layout layout, std::string_view format, std::size_t max_nodes);

/// A node as Graphviz laid it out: its centre and size, in points.
struct PlacedNode {
    double x = 0.0, y = 0.0;
    double width = 0.0, height = 0.0;
};

struct Placement {
    std::map<std::string, PlacedNode> nodes; ///< by node name
    double label_width = 0.0;                ///< of the graph's label, in points, as Graphviz measures text
};

/// Where Graphviz puts the nodes of `dot` laid out with `layout`, without
/// drawing it. Throws as render_svg does.
Placement place_nodes(std::string_view dot, Layout layout, std::size_t max_nodes);

} // namespace entente::render
