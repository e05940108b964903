#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <set>

#include "render/backbone.hpp"
#include "render/dot_writer.hpp"

using namespace entente;

namespace {

/// Five actors and six signed relations, small enough to filter by hand:
///
///   A-B +6   A-C -3   A-D +1   B-C +2   C-D -8   D-E +1
///
/// strength (sum of |score|) and ties: A 10 and 3, B 8 and 2, C 13 and 3,
/// D 10 and 3, E 1 and 1.
render::Diagram hand_drawn()
{
    render::Diagram d;
    d.dataset = "hand";
    d.title = "five actors";
    const std::vector<std::pair<std::string, double>> actors = {
        {"A", 10.0}, {"B", 8.0}, {"C", 13.0}, {"D", 10.0}, {"E", 1.0}};
    for (std::size_t i = 0; i < actors.size(); ++i) {
        render::DiagramNode node;
        node.actor = static_cast<ActorIndex>(i);
        node.id = actors[i].first;
        node.name = "Actor " + actors[i].first;
        node.kind = "state";
        node.strength = actors[i].second;
        d.nodes.push_back(node);
    }
    const std::vector<std::tuple<std::size_t, std::size_t, double>> edges = {{0, 1, 6.0}, {0, 2, -3.0}, {0, 3, 1.0},
                                                                             {1, 2, 2.0}, {2, 3, -8.0}, {3, 4, 1.0}};
    for (const auto& [a, b, score] : edges) {
        render::DiagramEdge edge;
        edge.source = a;
        edge.target = b;
        edge.score = score;
        edge.events = 1;
        d.edges.push_back(edge);
    }
    return d;
}

/// The drawn relations as `A-B+6`, in drawing order.
std::vector<std::string> relations(const render::Diagram& d)
{
    std::vector<std::string> out;
    for (const render::DiagramEdge& e : d.edges)
        out.push_back(d.nodes[e.source].id + "-" + d.nodes[e.target].id + (e.score > 0 ? "+" : "") +
                      std::to_string(static_cast<int>(e.score)));
    return out;
}

std::vector<std::string> actors(const render::Diagram& d)
{
    std::vector<std::string> out;
    for (const render::DiagramNode& n : d.nodes)
        out.push_back(n.id);
    return out;
}

render::BackboneRule rule(render::BackboneMethod method, std::size_t max_edges, std::size_t max_actors = 100)
{
    render::BackboneRule r;
    r.method = method;
    r.max_edges = max_edges;
    r.max_actors = max_actors;
    return r;
}

using Strings = std::vector<std::string>;

} // namespace

BOOST_AUTO_TEST_SUITE(backbone)

BOOST_AUTO_TEST_CASE(disparity_p_values_by_hand)
{
    // (1 - |w| / s)^(k - 1) at each end, the smaller kept; E has one tie, so its end gives 1.
    const std::vector<double> expected = {
        std::min(0.4 * 0.4, 0.25),                      // A-B: A (1 - 6/10)^2, B (1 - 6/8)^1
        std::min(0.7 * 0.7, (10.0 / 13) * (10.0 / 13)), // A-C: A (1 - 3/10)^2, C (1 - 3/13)^2
        0.9 * 0.9,                                      // A-D: A and D (1 - 1/10)^2
        std::min(0.75, (11.0 / 13) * (11.0 / 13)),      // B-C: B (1 - 2/8), C (1 - 2/13)^2
        std::min((5.0 / 13) * (5.0 / 13), 0.2 * 0.2),   // C-D: C (1 - 8/13)^2, D (1 - 8/10)^2
        0.9 * 0.9};                                     // D-E: D (1 - 1/10)^2, E 1
    const std::vector<double> p = render::disparity_p_values(hand_drawn());
    BOOST_REQUIRE(p.size() == expected.size());
    for (std::size_t e = 0; e < p.size(); ++e)
        BOOST_TEST(std::abs(p[e] - expected[e]) < 1e-12, "edge " << e << ": " << p[e] << " != " << expected[e]);
}

BOOST_AUTO_TEST_CASE(a_drawing_within_its_budget_is_drawn_whole)
{
    const render::Diagram whole = hand_drawn();
    const render::Diagram drawn = render::backbone(whole, rule(render::BackboneMethod::disparity, 6, 5));
    BOOST_TEST(!drawn.thinned.has_value());
    BOOST_TEST(relations(drawn) == relations(whole));
    BOOST_TEST(render::drawn_text(drawn).empty());
    // none draws every tie whatever the budget
    BOOST_TEST(relations(render::backbone(whole, rule(render::BackboneMethod::none, 1, 1))) == relations(whole));
}

BOOST_AUTO_TEST_CASE(the_disparity_filter_keeps_the_significant_ties_with_their_signs)
{
    render::BackboneRule r = rule(render::BackboneMethod::disparity, 5);
    r.alpha = 0.5; // C-D 0.04, A-B 0.16 and A-C 0.49 pass; B-C 0.72, A-D and D-E 0.81 do not
    const render::Diagram drawn = render::backbone(hand_drawn(), r);
    BOOST_TEST(relations(drawn) == (Strings{"A-B+6", "A-C-3", "C-D-8"}), boost::test_tools::per_element());
    BOOST_TEST(actors(drawn) == (Strings{"A", "B", "C", "D"}), boost::test_tools::per_element());
    BOOST_REQUIRE(drawn.thinned.has_value());
    BOOST_TEST(drawn.thinned->actors == 5u);
    BOOST_TEST(drawn.thinned->relations == 6u);
    BOOST_TEST(render::drawn_text(drawn) == "the 3 of 6 relations significant at α = 0.5 (disparity filter); 1 actor "
                                            "without a kept tie not drawn");
    // A node keeps its strength and its count of relations in the whole view.
    BOOST_TEST(drawn.nodes[0].strength == 10.0);
    BOOST_TEST(drawn.nodes[0].relations == 3u);
    BOOST_TEST(drawn.nodes[3].relations == 3u);
}

BOOST_AUTO_TEST_CASE(the_edge_budget_keeps_the_most_significant)
{
    render::BackboneRule r = rule(render::BackboneMethod::disparity, 2);
    r.alpha = 0.5;
    const render::Diagram drawn = render::backbone(hand_drawn(), r);
    BOOST_TEST(relations(drawn) == (Strings{"A-B+6", "C-D-8"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(drawn) == "the 2 most significant of 6 relations (disparity filter: 3 significant "
                                            "at α = 0.5); 1 actor without a kept tie not drawn");
}

BOOST_AUTO_TEST_CASE(strongest_and_per_actor)
{
    const render::Diagram strongest = render::backbone(hand_drawn(), rule(render::BackboneMethod::strongest, 3));
    BOOST_TEST(relations(strongest) == (Strings{"A-B+6", "A-C-3", "C-D-8"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(strongest) == "the 3 strongest of 6 relations; 1 actor without a kept tie not drawn");

    // Each actor's strongest tie: A and B share A-B, C and D share C-D, E has D-E.
    render::BackboneRule r = rule(render::BackboneMethod::per_actor, 5);
    r.per_actor = 1;
    const render::Diagram per_actor = render::backbone(hand_drawn(), r);
    BOOST_TEST(relations(per_actor) == (Strings{"A-B+6", "C-D-8", "D-E+1"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(per_actor) == "the 3 of 6 relations among each actor's 1 strongest");
}

BOOST_AUTO_TEST_CASE(the_actor_budget_keeps_the_actors_of_most_strength)
{
    // C 13, then A and D with 10 each (A first, in node order): the ties among them.
    const render::Diagram drawn = render::backbone(hand_drawn(), rule(render::BackboneMethod::strongest, 10, 3));
    BOOST_TEST(actors(drawn) == (Strings{"A", "C", "D"}), boost::test_tools::per_element());
    BOOST_TEST(relations(drawn) == (Strings{"A-C-3", "A-D+1", "C-D-8"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(drawn) == "the 3 strongest of 6 relations, between the 3 actors of most strength; "
                                            "2 actors without a kept tie not drawn");
}

BOOST_AUTO_TEST_CASE(a_focus_is_always_drawn_and_its_ties_rank_first)
{
    render::BackboneRule r = rule(render::BackboneMethod::strongest, 1, 3);
    r.focus = 1; // B: not among the three of most strength
    const render::Diagram drawn = render::backbone(hand_drawn(), r);
    BOOST_TEST(actors(drawn) == (Strings{"A", "B"}), boost::test_tools::per_element());
    BOOST_TEST(relations(drawn) == (Strings{"A-B+6"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(drawn) == "the 1 strongest of 6 relations, those of Actor B first, between Actor B "
                                            "and the 2 other actors of most strength; 3 actors without a kept tie not "
                                            "drawn");
}

BOOST_AUTO_TEST_CASE(an_ego_network)
{
    render::BackboneRule r = rule(render::BackboneMethod::disparity, 10);
    r.focus = 1;
    r.ego_network = true;
    // B's partners A and C, and the ties between the three: within the budget, drawn whole.
    const render::Diagram whole = render::backbone(hand_drawn(), r);
    BOOST_TEST(relations(whole) == (Strings{"A-B+6", "A-C-3", "B-C+2"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(whole) == "the ego network of Actor B (its 2 partners and the 3 relations between "
                                            "them); 2 actors without a kept tie not drawn");

    // Over the budget: B's own ties first, strongest first.
    r.max_edges = 1;
    const render::Diagram thin = render::backbone(hand_drawn(), r);
    BOOST_TEST(relations(thin) == (Strings{"A-B+6"}), boost::test_tools::per_element());
    BOOST_TEST(render::drawn_text(thin) == "the ego network of Actor B (its 2 partners and the 3 relations between "
                                           "them): its 1 strongest ties; 3 actors without a kept tie not drawn");
}

BOOST_AUTO_TEST_CASE(what_is_drawn)
{
    const render::Diagram drawn = render::backbone(hand_drawn(), rule(render::BackboneMethod::strongest, 1));
    BOOST_TEST(render::draws_actor(drawn, 2));
    BOOST_TEST(!render::draws_actor(drawn, 0));
    BOOST_TEST(render::draws_relation(drawn, 3, 2));
    BOOST_TEST(!render::draws_relation(drawn, 0, 1));
}

BOOST_AUTO_TEST_CASE(the_caption_and_tooltips_say_what_was_left_out)
{
    const render::Diagram drawn = render::backbone(hand_drawn(), rule(render::BackboneMethod::strongest, 2));
    const std::string label = render::graph_label(drawn);
    BOOST_TEST(label.find("hand: five actors · 5 actors, 6 relations\ndrawn: the 2 strongest of 6 relations; 1 actor "
                          "without a kept tie not drawn\n") == 0u,
               label);
    // C has three relations in the view, one of them drawn.
    const std::string dot = render::write_dot(drawn);
    BOOST_TEST(dot.find("strength 13 over 3 relations, 1 drawn") != std::string::npos, dot);
}

BOOST_AUTO_TEST_SUITE_END()
