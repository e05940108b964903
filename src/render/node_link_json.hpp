#pragma once
// A Diagram as node-link JSON: `nodes` and `links`, as D3's force layout and
// NetworkX's node_link_graph read it. Links name their ends by actor id.
#include <string>

#include "render/diagram.hpp"

namespace entente::render {

/// `{"directed", "multigraph", "graph": {dataset, view, title, start, end},
/// "nodes": [{id, name, kind, region, strength, bloc?, metrics?}],
/// "links": [{source, target, weight (= |score|), score, pos, neg, events, change?, evidence: [...]}]}`
std::string write_node_link_json(const Diagram& diagram);

} // namespace entente::render
