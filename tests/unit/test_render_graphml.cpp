#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <map>
#include <sstream>

#include "render/graphml_writer.hpp"
#include "render_fixtures.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
using entente::test::fixture;

namespace {

struct Actor {
    std::string label, kind, region;
    double strength = 0;
};
struct Relation {
    double weight = 0, score = 0, pos = 0, neg = 0;
    long events = 0;
    std::string evidence;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, Actor, Relation>;

ReadGraph read_back(const std::string& graphml)
{
    ReadGraph graph;
    boost::dynamic_properties properties(boost::ignore_other_properties);
    properties.property("label", boost::get(&Actor::label, graph));
    properties.property("kind", boost::get(&Actor::kind, graph));
    properties.property("region", boost::get(&Actor::region, graph));
    properties.property("strength", boost::get(&Actor::strength, graph));
    properties.property("weight", boost::get(&Relation::weight, graph));
    properties.property("score", boost::get(&Relation::score, graph));
    properties.property("pos", boost::get(&Relation::pos, graph));
    properties.property("neg", boost::get(&Relation::neg, graph));
    properties.property("events", boost::get(&Relation::events, graph));
    properties.property("evidence", boost::get(&Relation::evidence, graph));
    std::istringstream in(graphml);
    boost::read_graphml(in, graph, properties);
    return graph;
}

views::ViewSpec whole(const model::Dataset& dataset)
{
    views::ViewSpec spec;
    spec.window = dataset.span;
    spec.label = "all";
    return spec;
}

} // namespace

BOOST_AUTO_TEST_SUITE(graphml_writer)

BOOST_AUTO_TEST_CASE(boost_reads_back_the_same_actors_dyads_and_weights)
{
    const model::Dataset& dataset = fixture("tiny");
    const views::RelationGraph view = test::view_of(dataset, whole(dataset));
    const ReadGraph graph = read_back(render::write_graphml(render::make_diagram(view)));

    BOOST_TEST(boost::num_vertices(graph) == view.actors().size());
    BOOST_TEST(boost::num_edges(graph) == view.edge_count());
    std::map<std::string, std::size_t> by_name;
    for (std::size_t v = 0; v < boost::num_vertices(graph); ++v)
        by_name[graph[v].label] = v;
    const auto& alpha = graph[by_name.at("Alpha, Republic of")];
    BOOST_TEST(alpha.kind == "state");
    BOOST_TEST(alpha.region == "North");
    BOOST_TEST(alpha.strength == 12.8, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(graph[by_name.at("The \"Gamma\" Union")].kind == "state");

    for (const views::Dyad& d : view.dyads()) {
        const auto [edge, found] =
            boost::edge(by_name.at(dataset.actors.at(d.a).name), by_name.at(dataset.actors.at(d.b).name), graph);
        BOOST_REQUIRE(found);
        const Relation& r = graph[edge];
        BOOST_TEST(r.score == d.score);
        BOOST_TEST(r.weight == std::abs(d.score));
        BOOST_TEST(r.pos == d.pos);
        BOOST_TEST(r.neg == d.neg);
        BOOST_TEST(r.events == d.events);
    }
    const auto [ab, found] = boost::edge(by_name.at("Alpha, Republic of"), by_name.at("Bêta"), graph);
    BOOST_REQUIRE(found);
    BOOST_TEST(graph[ab].evidence ==
               "2008-03-01 BBB->AAA 190 Use conventional military force, not specified below: weight -10, counts -10"
               " - BBB raids a camp inside AAA, \"a violation\" [f1]\n"
               "2008-03-07 AAA->BBB 057 Sign formal agreement: weight 8, counts 8 - An agreement\nspanning two lines "
               "[f3]\n"
               "2008-03-03 AAA->BBB 161 Reduce or break diplomatic relations: weight -4, counts -4 - AAA withdraws "
               "its ambassador [f2]");
}

BOOST_AUTO_TEST_CASE(hostile_names_and_texts_read_back_unchanged)
{
    const model::Dataset& dataset = fixture("hostile");
    const views::RelationGraph view = test::view_of(dataset, whole(dataset));
    const ReadGraph graph = read_back(render::write_graphml(render::make_diagram(view)));
    std::vector<std::string> names;
    for (std::size_t v = 0; v < boost::num_vertices(graph); ++v)
        names.push_back(graph[v].label);
    for (const ActorIndex a : view.actors())
        BOOST_TEST((std::find(names.begin(), names.end(), dataset.actors.at(a).name) != names.end()));
    BOOST_TEST(graph[0].region == "Here & there");
}

BOOST_AUTO_TEST_CASE(directed_views_declare_directed_edges)
{
    views::ViewSpec spec = whole(fixture("tiny"));
    spec.directed = true;
    const views::RelationGraph view = test::view_of(fixture("tiny"), spec);
    const std::string graphml = render::write_graphml(render::make_diagram(view));
    BOOST_TEST(graphml.find("<graph id=\"G\" edgedefault=\"directed\">") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
