#pragma once
// The backbone of a drawing: machine-coded event data (GDELT, ICEWS) ties
// nearly every state to every other, and a drawing of every tie is a
// hairball that Graphviz takes minutes to lay out. A drawing larger than its
// budget keeps the ties that matter, and its Diagram::thinned says what was
// left out. Only drawings are thinned: analyses always read every tie.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/diagram.hpp"

namespace entente::render {

/// Which ties a drawing over its budget keeps.
enum class BackboneMethod {
    disparity, ///< the disparity filter: ties significant at BackboneRule::alpha for one of their actors
    strongest, ///< the strongest ties, by |score|
    per_actor, ///< each actor's BackboneRule::per_actor strongest ties
    none       ///< every tie, whatever the budget
};

struct BackboneRule {
    BackboneMethod method = BackboneMethod::disparity;
    double alpha = 0.05;             ///< disparity: the significance level
    std::size_t per_actor = 2;       ///< per_actor: ties kept of each actor
    std::size_t max_edges = 200;     ///< the edge budget: relations drawn at most
    std::size_t max_actors = 100;    ///< the actor budget: actors drawn at most
    std::optional<ActorIndex> focus; ///< an actor always drawn, its ties ranked first
    bool ego_network = false;        ///< draw only the focus, its partners and the ties among them
};

/// The disparity filter's p-value of each edge, in Diagram::edges order: the
/// smaller, over the edge's two ends i, of (1 - |w| / s_i)^(k_i - 1), where w
/// is the edge's score, s_i the sum of |score| over i's edges and k_i their
/// number: the chance that a tie takes so large a share of i's strength if
/// i's strength were spread over its k_i ties at random. An edge of an actor
/// with a single tie is significant only for its other end. Signs play no
/// part; the edges keep theirs. O(edges). Serrano, Boguñá & Vespignani,
/// "Extracting the multiscale backbone of complex weighted networks", PNAS
/// 106 (2009) 6483-6488.
std::vector<double> disparity_p_values(const Diagram& diagram);

/// `diagram` as it is when it fits the budget (at most rule.max_edges edges
/// and rule.max_actors actors) or rule.method is none; otherwise its
/// backbone. The actor budget keeps the actors of most strength; then the
/// edges between them that pass the method (disparity: a p-value below
/// rule.alpha; strongest: every edge; per_actor: among the rule.per_actor
/// strongest of one of their ends; p-values and ranks taken in the whole
/// view) are ranked, the most significant (disparity) or the strongest
/// first, and the edge budget keeps the first; the actors with a kept edge
/// are drawn. A focus is always drawn and its edges that pass rank first.
/// With ego_network, the drawing is the focus's ego network (the actor, its
/// partners and the edges among them), whole when it fits the budget, else
/// thinned the same way but keeping the partners of its strongest ties and
/// all its ties between them. Kept nodes keep their strength in the whole
/// view. Ties in rank break by node and edge order, so the same diagram
/// gives the same backbone. O(edges log edges). Throws Fatal when the focus
/// has no node.
Diagram backbone(Diagram diagram, const BackboneRule& rule);

/// What a thinned drawing drew, for its caption: `the 200 most significant
/// of 2,373 relations (disparity filter: ...); 12 actors without a kept tie
/// not drawn`. Empty for a drawing of the whole view.
std::string drawn_text(const Diagram& diagram);

/// Whether `diagram` draws `actor`. O(nodes).
bool draws_actor(const Diagram& diagram, ActorIndex actor);

/// Whether `diagram` draws a relation between `a` and `b`, either way. O(edges).
bool draws_relation(const Diagram& diagram, ActorIndex a, ActorIndex b);

} // namespace entente::render
