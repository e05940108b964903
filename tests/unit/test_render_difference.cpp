#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <graphviz/cgraph.h>
#include <memory>

#include "render/difference_diagram.hpp"
#include "render/dot_writer.hpp"
#include "render/graphml_writer.hpp"
#include "render/node_link_json.hpp"
#include "render_fixtures.hpp"

using namespace entente;
using entente::test::fixture;
namespace tt = boost::test_tools;

namespace {

views::ViewSpec era(const model::Dataset& dataset, const std::string& id)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::era;
    spec.window = dataset.find_era(id)->window(dataset.open_end());
    spec.label = id;
    return spec;
}

/// Both views, their comparison and its drawing, kept together (the shift points into the views).
struct Difference {
    Difference(const model::Dataset& dataset, const std::string& a_id, const std::string& b_id)
        : a(test::view_of(dataset, era(dataset, a_id))), b(test::view_of(dataset, era(dataset, b_id))),
          shift(analysis::compare_views(a, b)),
          diagram(render::make_difference_diagram(a, b, shift))
    {
    }
    const render::DiagramEdge& edge(const std::string& x, const std::string& y) const
    {
        for (const auto& e : diagram.edges)
            if (diagram.nodes[e.source].id == x && diagram.nodes[e.target].id == y) return e;
        throw std::runtime_error("no edge " + x + "-" + y);
    }
    views::RelationGraph a, b;
    analysis::EraShift shift;
    render::Diagram diagram;
};

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};

std::string edge_attribute(Agraph_t* graph, const char* x, const char* y, const char* name)
{
    Agedge_t* edge =
        agedge(graph, agnode(graph, const_cast<char*>(x), 0), agnode(graph, const_cast<char*>(y), 0), nullptr, 0);
    BOOST_REQUIRE(edge);
    const char* value = agget(edge, const_cast<char*>(name));
    return value ? value : "";
}

} // namespace

BOOST_AUTO_TEST_SUITE(difference_diagram)

BOOST_AUTO_TEST_CASE(every_edge_of_either_era_with_its_change_per_year)
{
    const Difference d(fixture("tiny"), "first", "second");
    const double years_first = 3782 / 365.2425, years_second = 707 / 365.2425;
    BOOST_TEST(d.diagram.difference);
    BOOST_TEST(d.diagram.view == "first -> second");
    BOOST_TEST(d.diagram.nodes.size() == 4U);
    // AAA-BBB and BBB-CCC are only edges of the first era: drawn all the same.
    BOOST_REQUIRE(d.diagram.edges.size() == 4U);
    const auto& ab = d.edge("AAA", "BBB");
    BOOST_TEST(ab.rate_a == -6.0 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(ab.rate_b == 0.0);
    BOOST_TEST(ab.score == 6.0 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(render::to_string(ab.change) == "improved");
    BOOST_TEST(ab.events == 3);
    BOOST_TEST(ab.evidence.front().view == "first");
    const auto& ac = d.edge("AAA", "CCC");
    BOOST_TEST(ac.rate_a == -3.0 * 1742 / 2449 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(ac.rate_b == -3.0 * 707 / 2449 / years_second, tt::tolerance(1e-12));
    BOOST_TEST(render::to_string(ac.change) == "worsened");
    // The lasting dispute counts in both eras: its share in B is listed first.
    BOOST_REQUIRE(ac.evidence.size() == 2U);
    BOOST_TEST(ac.evidence[0].view == "second");
    BOOST_TEST(ac.evidence[0].contribution == -3.0 * 707 / 2449, tt::tolerance(1e-12));
    BOOST_TEST(ac.evidence[1].view == "first");
    BOOST_TEST(render::to_string(d.edge("AAA", "ORG").change) == "improved");
    BOOST_TEST(render::to_string(d.edge("BBB", "CCC").change) == "worsened");
    // Node strength sums |change|.
    double aaa = 0;
    for (const auto& e : d.diagram.edges)
        if (e.source == 0) aaa += std::abs(e.score);
    BOOST_TEST(d.diagram.nodes[0].id == "AAA");
    BOOST_TEST(d.diagram.nodes[0].strength == aaa, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(dot_colours_edges_by_how_they_changed)
{
    const Difference d(fixture("shift"), "before", "after");
    const std::string dot = render::write_dot(d.diagram);
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(dot.c_str()));
    BOOST_REQUIRE(graph);
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FOE", "change") == "flipped");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FOE", "color") == "#7d3c98cc");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FRI", "color") == "#7d3c98cc");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "NEU", "change") == "improved");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "NEU", "color") == "#2e8b3ecc");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "NEW", "change") == "improved");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "OLD", "change") == "worsened");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "OLD", "color") == "#c0392bcc");
    BOOST_TEST(std::stod(edge_attribute(graph.get(), "HOM", "FOE", "rate_a")) == -10.0 * 365.2425 / 730,
               tt::tolerance(1e-12));
    const std::string label = agget(graph.get(), const_cast<char*>("label"));
    BOOST_TEST(label.find("green: improved, red: worsened, purple: sign flipped") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(graphml_and_json_carry_the_rates)
{
    const Difference d(fixture("shift"), "before", "after");
    const std::string graphml = render::write_graphml(d.diagram);
    BOOST_TEST(graphml.find(R"(<key id="e_rate_a" for="edge" attr.name="rate_a" attr.type="double"/>)") !=
               std::string::npos);
    BOOST_TEST(graphml.find(R"(<data key="e_change">flipped</data>)") != std::string::npos);
    BOOST_TEST(graphml.find("e_pos") == std::string::npos);
    const std::string json = render::write_node_link_json(d.diagram);
    BOOST_TEST(json.find(R"("change": "flipped")") != std::string::npos);
    BOOST_TEST(json.find(R"("view": "before")") != std::string::npos);
    BOOST_TEST(json.find(R"("difference": true)") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
