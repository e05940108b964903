#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <fmt/format.h>

#include "render/dot_writer.hpp"
#include "render/layout_budget.hpp"

using namespace entente;

namespace {

/// A ring of `n` actors, each tied to the next.
render::Diagram ring(std::size_t n)
{
    render::Diagram d;
    for (std::size_t i = 0; i < n; ++i) {
        render::DiagramNode node;
        node.actor = static_cast<ActorIndex>(i);
        node.id = fmt::format("A{}", i);
        node.name = node.id;
        node.kind = "state";
        node.strength = 2.0;
        d.nodes.push_back(node);
        render::DiagramEdge edge;
        edge.source = i;
        edge.target = (i + 1) % n;
        edge.score = 1.0;
        d.edges.push_back(edge);
    }
    return d;
}

} // namespace

BOOST_AUTO_TEST_SUITE(layout_budget)

BOOST_AUTO_TEST_CASE(edges_are_routed_while_the_work_fits)
{
    BOOST_TEST(render::routing_work(41, 51) == 41.0 * 41.0 * 51.0);
    BOOST_TEST(render::routes_edges(41, 51)); // graphs/ecuador, every event: keeps its curved edges
    BOOST_TEST(!render::routes_edges(149, 212));
    BOOST_TEST(render::to_string(render::fitting_layout(41, 51)) == "neato");
    BOOST_TEST(render::to_string(render::fitting_layout(149, 212)) == "sfdp");
}

BOOST_AUTO_TEST_CASE(a_large_drawing_gets_straight_edges)
{
    BOOST_TEST(render::write_dot(ring(20)).find("splines=true") != std::string::npos);
    const std::string large = render::write_dot(ring(70)); // 70 * 70 * 70 = 343,000 units
    BOOST_TEST(large.find("splines=line") != std::string::npos);
    BOOST_TEST(large.find("splines=true") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
