#pragma once
// The difference graph of two views (`entente export --compare A B`): one
// edge per dyad that is an edge in A or in B, its score the change of the
// per-year rate, classed as compare reads it (improved, worsened, flipped, ...,
// or not read when a view holds no events of it, or too few).
#include "analysis/era_shift.hpp"
#include "render/diagram.hpp"

namespace entente::render {

/// The comparison's reading of a dyad as a drawing shows it: began for a
/// relation B opens, no_events_a, no_events_b or too_few_events when there is
/// no reading (an era without events is no change); else flipped for a sign
/// flip, or its trend (improved, worsened, less_conflict, less_cooperation),
/// none when the rate did not change.
EdgeChange edge_change(const analysis::DyadShift& shift);

/// The drawing of `shift` (compare_views(a, b)): the actors active in A or
/// B, and an edge per dyad that is an edge of A or of B, with score = rate_b
/// - rate_a, rate_a, rate_b, events of both views, and the evidence of B
/// then of A (each item naming its view). Node strength sums the |change| of
/// the edges read.
/// `annotations` add metrics and blocs (keyed by actor) and a title.
Diagram make_difference_diagram(const views::RelationGraph& a, const views::RelationGraph& b,
                                const analysis::EraShift& shift, const Annotations& annotations = {});

} // namespace entente::render
