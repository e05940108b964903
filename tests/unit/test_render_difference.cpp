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
    Difference(const model::Dataset& dataset, const std::string& a_id, const std::string& b_id,
               long long min_events = analysis::k_default_min_events)
        : a(test::view_of(dataset, era(dataset, a_id))), b(test::view_of(dataset, era(dataset, b_id))),
          shift(analysis::compare_views(a, b, std::nullopt, {min_events})),
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
    // No event of AAA-BBB in the second era: a silence in the record, not an improvement.
    BOOST_TEST(render::to_string(ab.change) == "no_events_b");
    BOOST_TEST(ab.events == 3);
    BOOST_TEST(ab.evidence.front().view == "first");
    const auto& ac = d.edge("AAA", "CCC");
    BOOST_TEST(ac.rate_a == -3.0 * 1742 / 2449 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(ac.rate_b == -3.0 * 707 / 2449 / years_second, tt::tolerance(1e-12));
    // The lasting dispute is one event in each era: too few to read a change.
    BOOST_TEST(render::to_string(ac.change) == "too_few_events");
    // The lasting dispute counts in both eras: its share in B is listed first.
    BOOST_REQUIRE(ac.evidence.size() == 2U);
    BOOST_TEST(ac.evidence[0].view == "second");
    BOOST_TEST(ac.evidence[0].contribution == -3.0 * 707 / 2449, tt::tolerance(1e-12));
    BOOST_TEST(ac.evidence[1].view == "first");
    // The `2017` row counts twice in each era: read, and more cooperation a year in the short second era.
    BOOST_TEST(render::to_string(d.edge("AAA", "ORG").change) == "improved");
    BOOST_TEST(render::to_string(d.edge("BBB", "CCC").change) == "no_events_b");
    // Node strength sums the |change| of the edges read.
    double aaa = 0;
    for (const auto& e : d.diagram.edges)
        if (e.source == 0 && render::is_read(e.change)) aaa += std::abs(e.score);
    BOOST_TEST(aaa == std::abs(d.edge("AAA", "ORG").score), tt::tolerance(1e-12));
    BOOST_TEST(d.diagram.nodes[0].id == "AAA");
    BOOST_TEST(d.diagram.nodes[0].strength == aaa, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(dot_colours_edges_by_how_they_changed)
{
    // One event a dyad and era: read with a threshold of one event.
    const Difference d(fixture("shift"), "before", "after", 1);
    const std::string dot = render::write_dot(d.diagram);
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(dot.c_str()));
    BOOST_REQUIRE(graph);
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FOE", "change") == "flipped");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FOE", "color") == "#7d3c98cc");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FRI", "color") == "#7d3c98cc");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "NEU", "change") == "improved");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "NEU", "color") == "#2e8b3ecc");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FRI", "change") == "flipped");
    // Oldland has no event in the second era, Newland none in the first: grey, thin and dashed, not red or green.
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "NEW", "change") == "no_events_a");
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "OLD", "change") == "no_events_b");
    for (const char* partner : {"NEW", "OLD"}) {
        BOOST_TEST(edge_attribute(graph.get(), "HOM", partner, "color") == "#888888cc");
        BOOST_TEST(edge_attribute(graph.get(), "HOM", partner, "style") == "dashed");
        BOOST_TEST(edge_attribute(graph.get(), "HOM", partner, "penwidth") == "1.00");
    }
    BOOST_TEST(std::stod(edge_attribute(graph.get(), "HOM", "FOE", "rate_a")) == -10.0 * 365.2425 / 730,
               tt::tolerance(1e-12));
    const std::string label = agget(graph.get(), const_cast<char*>("label"));
    BOOST_TEST(label.find("green: improved, red: worsened, purple: sign flipped") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_flip_on_one_event_a_side_is_too_few_to_draw)
{
    // By default a change stands on two events in each era: the fixture's single-event flips are not drawn
    // as flips, improvements or worsenings.
    const Difference d(fixture("shift"), "before", "after");
    for (const auto& e : d.diagram.edges) {
        BOOST_TEST(!render::is_read(e.change));
        BOOST_TEST(d.diagram.nodes[e.source].strength == 0.0);
    }
    BOOST_TEST(render::to_string(d.edge("HOM", "FOE").change) == "too_few_events");
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(render::write_dot(d.diagram).c_str()));
    BOOST_REQUIRE(graph);
    BOOST_TEST(edge_attribute(graph.get(), "HOM", "FOE", "color") == "#888888cc");
}

BOOST_AUTO_TEST_CASE(relations_without_events_under_moreno_are_not_drawn_as_worse)
{
    // Issue #17: the difference graph from Correa to Moreno painted India, Iran, Haiti, Palestine and
    // Russia red only because Moreno's era holds no events with them.
    io::Diagnostics diagnostics;
    const model::Dataset ecuador =
        test::load_and_read(std::string(ENTENTE_SOURCE_DIR) + "/graphs/ecuador", {}, diagnostics);
    const Difference d(ecuador, "correa", "moreno");
    std::unique_ptr<Agraph_t, GraphCloser> graph(agmemread(render::write_dot(d.diagram).c_str()));
    BOOST_REQUIRE(graph);
    for (const char* partner : {"IND", "IRN", "HTI", "PSE", "RUS"}) {
        BOOST_TEST_CONTEXT(partner)
        {
            BOOST_TEST(render::to_string(d.edge("ECU", partner).change) == "no_events_b");
            BOOST_TEST(edge_attribute(graph.get(), "ECU", partner, "color") == "#888888cc");
            BOOST_TEST(edge_attribute(graph.get(), "ECU", partner, "style") == "dashed");
        }
    }
    // What the record does show: Venezuela worse, the United States and the United Kingdom better,
    // Guaidó recognised.
    BOOST_TEST(render::to_string(d.edge("ECU", "VEN").change) == "flipped");
    BOOST_TEST(render::to_string(d.edge("ECU", "GBR").change) == "flipped");
    BOOST_TEST(render::to_string(d.edge("ECU", "USA").change) == "flipped");
    BOOST_TEST(render::to_string(d.edge("ECU", "VEN_INTERIM").change) == "new");
    // One event under Moreno (the joint statement of 2021, one mutual act): too few to draw Colombia's turn.
    BOOST_TEST(render::to_string(d.edge("ECU", "COL").change) == "too_few_events");
}

BOOST_AUTO_TEST_CASE(graphml_and_json_carry_the_rates)
{
    const Difference d(fixture("shift"), "before", "after", 1);
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
