#pragma once
// One layout for several drawings of overlapping sets of actors (the eras of
// a report), so that an actor sits at the same place in each of them and
// they compare by eye: the union of the drawings is laid out once, and each
// drawing pins its nodes there (Layout::nop) on a page of the same size.
#include <cstddef>
#include <vector>

#include "render/diagram.hpp"
#include "render/dot_writer.hpp"

namespace entente::render {

/// The union of `diagrams`: every actor of any, as large as in the drawing
/// where it is largest relative to the rest (its strength here is that
/// share, 0 to 1), and every relation of any with its scores summed. Nodes
/// in actor order, edges in (source, target) order; no evidence, no blocs.
Diagram union_diagram(const std::vector<const Diagram*>& diagrams);

/// Lays out union_diagram(diagrams) with `style`, but for its layout: the
/// one that fits the union's size (layout_budget.hpp: neato for the eras of
/// a small dataset, sfdp for the backbones of machine-coded data), from the
/// style's seed, so the same diagrams give the same page. Puts the result on
/// a page with room for the graph label of every one of `diagrams` above the
/// nodes, however wide Graphviz measures it. Throws as render_svg does.
PinnedPage lay_out_together(const std::vector<const Diagram*>& diagrams, const DotStyle& style, std::size_t max_nodes);

} // namespace entente::render
