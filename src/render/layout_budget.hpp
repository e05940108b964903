#pragma once
// A layout that fits the size of a drawing. Graphviz lays out even thousands
// of ties in well under a second with straight edges; what takes minutes is
// routing every edge around the nodes (splines=true), whose visibility graph
// over the node outlines grows with the cube of the nodes. So the work is
// budgeted in units of that routing, counted from the drawing's size, not
// timed: the same drawing gets the same layout, hence the same bytes, on any
// machine and under any load.
#include <cstddef>

#include "render/dot_writer.hpp"

namespace entente::render {

/// The work of routing the edges around the nodes: nodes² × edges. A unit
/// took about 4 µs in Graphviz 2.42's neato on one core of the machine the
/// budget was measured on (149 actors and 212 relations, 4.7 million units:
/// 20 s; 60 actors and 98 relations: 1.4 s).
double routing_work(std::size_t nodes, std::size_t edges);

/// The routing work a drawing may take: 250,000 units, about a second. Every
/// view of graphs/ecuador fits (its whole span, 41 actors and 51 relations:
/// 86,000), so they keep their curved edges.
inline constexpr double k_routing_budget = 250'000;

/// Whether Graphviz routes the edges of a drawing this size around its nodes
/// (splines=true) or draws them straight (splines=line), which costs no
/// more than the layout of the nodes.
bool routes_edges(std::size_t nodes, std::size_t edges);

/// The layout of a drawing when none is asked for: neato while its edges
/// are routed (the drawings of small views, as they always were), else sfdp,
/// Graphviz's multilevel force-directed layout, which places hundreds of
/// actors in a fraction of a second and keeps them compact where neato
/// stretches a hub's ties. Both start from the drawing's seed.
Layout fitting_layout(std::size_t nodes, std::size_t edges);

} // namespace entente::render
