#pragma once
// A relation graph through time as GEXF 1.3 with mode="dynamic", for
// Gephi's timeline: actors and dyads carry spells (the windows they are
// active in, timeformat="date", inclusive ends), dyads a time-varying
// `score` and `weight` (|score|, Gephi's reserved dynamic weight), actors a
// time-varying `strength`; the whole view's values stay as static attributes.
#include <string>

#include "render/diagram.hpp"
#include "views/window_scores.hpp"

namespace entente::render {

/// The GEXF document of `diagram` (the whole view: names, kinds, totals,
/// evidence) followed through the windows of `series`, which must not
/// overlap. An actor appears in the windows it has events in; a dyad in
/// those where |score| > epsilon. Actors outside the diagram are left out.
std::string write_gexf(const Diagram& diagram, const views::WindowScores& series);

} // namespace entente::render
