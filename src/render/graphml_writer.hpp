#pragma once
// A Diagram as GraphML, with every actor and dyad attribute as typed data,
// for Boost's read_graphml, NetworkX and Gephi. `weight` is |score| (what
// layouts and weighted algorithms expect); `score` keeps the sign.
#include <string>

#include "render/diagram.hpp"

namespace entente::render {

/// The GraphML document of `diagram`. Graph data: dataset, view, title,
/// start, end (inclusive). Node data: label (the name), kind, region,
/// strength, bloc (when given), one double per metric. Edge data: weight,
/// score, pos, neg, events, change (when given), evidence (one event a line).
std::string write_graphml(const Diagram& diagram);

} // namespace entente::render
