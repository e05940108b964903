#pragma once
// The difference graph of two views (`entente export --compare A B`): one
// edge per dyad that is an edge in A or in B, its score the change of the
// per-year rate, classed as improved, worsened or flipped.
#include "analysis/era_shift.hpp"
#include "render/diagram.hpp"

namespace entente::render {

/// flipped for a sign flip (friend to foe, foe to friend), else improved or
/// worsened by the sign of the change (a new friendly edge improved, a gone
/// one worsened), none when the rate did not change.
EdgeChange edge_change(const analysis::DyadShift& shift);

/// The drawing of `shift` (compare_views(a, b)): the actors active in A or
/// B, and an edge per dyad that is an edge of A or of B, with score = rate_b
/// - rate_a, rate_a, rate_b, events of both views, and the evidence of B
/// then of A (each item naming its view). Node strength sums |change|.
/// `annotations` add metrics and blocs (keyed by actor) and a title.
Diagram make_difference_diagram(const views::RelationGraph& a, const views::RelationGraph& b,
                                const analysis::EraShift& shift, const Annotations& annotations = {});

} // namespace entente::render
