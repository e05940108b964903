#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <map>
#include <set>
#include <sstream>

#include "core/date.hpp"
#include "render/gexf_writer.hpp"
#include "render_fixtures.hpp"
#include "views/window_scores.hpp"

using namespace entente;
using boost::property_tree::ptree;
using entente::test::fixture;

namespace {

/// The tiny dataset's whole span cut into calendar years, as GEXF.
ptree tiny_gexf(bool directed = false)
{
    const model::Dataset& dataset = fixture("tiny");
    views::ViewSpec spec;
    spec.window = dataset.span;
    spec.label = "all";
    spec.directed = directed;
    const views::RelationGraph view = test::view_of(dataset, spec);
    const std::vector<views::ViewSpec> slices = views::slices(spec, parse_duration("1y"));
    const views::WindowScores scores(test::cells_for(dataset, slices, directed), dataset.span, slices);
    std::istringstream in(render::write_gexf(render::make_diagram(view), scores));
    ptree document;
    boost::property_tree::read_xml(in, document);
    return document;
}

std::vector<std::pair<std::string, std::string>> spells(const ptree& element)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& [name, spell] : element.get_child("spells")) {
        BOOST_TEST(name == "spell");
        out.emplace_back(spell.get<std::string>("<xmlattr>.start"), spell.get<std::string>("<xmlattr>.end"));
    }
    return out;
}

/// attvalue `id` of an element: value by start date.
std::map<std::string, double> timed(const ptree& element, const std::string& id)
{
    std::map<std::string, double> out;
    for (const auto& [name, value] : element.get_child("attvalues"))
        if (value.get<std::string>("<xmlattr>.for") == id)
            out[value.get<std::string>("<xmlattr>.start")] = value.get<double>("<xmlattr>.value");
    return out;
}

const ptree& find(const ptree& list, const std::string& key, const std::string& value)
{
    for (const auto& [name, child] : list)
        if (name != "<xmlattr>" && child.get<std::string>("<xmlattr>." + key, "") == value) return child;
    BOOST_FAIL("no element with " + key + "=" + value);
    return list;
}

} // namespace

BOOST_AUTO_TEST_SUITE(gexf_writer)

BOOST_AUTO_TEST_CASE(document_is_gexf_1_3_dynamic_with_dates)
{
    const ptree document = tiny_gexf();
    const ptree& gexf = document.get_child("gexf");
    BOOST_TEST(gexf.get<std::string>("<xmlattr>.xmlns") == "http://gexf.net/1.3");
    BOOST_TEST(gexf.get<std::string>("<xmlattr>.version") == "1.3");
    BOOST_TEST(gexf.get<std::string>("meta.creator") == "entente");
    const ptree& graph = gexf.get_child("graph");
    BOOST_TEST(graph.get<std::string>("<xmlattr>.mode") == "dynamic");
    BOOST_TEST(graph.get<std::string>("<xmlattr>.timeformat") == "date");
    BOOST_TEST(graph.get<std::string>("<xmlattr>.timerepresentation") == "interval");
    BOOST_TEST(graph.get<std::string>("<xmlattr>.defaultedgetype") == "undirected");
    BOOST_TEST(graph.get<std::string>("<xmlattr>.start") == "2008-03-01");
    BOOST_TEST(graph.get<std::string>("<xmlattr>.end") == "2019-04-30");

    std::set<std::string> declared;
    for (const auto& [name, block] : graph) {
        if (name != "attributes") continue;
        const std::string where =
            block.get<std::string>("<xmlattr>.class") + "/" + block.get<std::string>("<xmlattr>.mode");
        for (const auto& [tag, attribute] : block)
            if (tag == "attribute") declared.insert(where + "/" + attribute.get<std::string>("<xmlattr>.id"));
    }
    for (const char* expected :
         {"node/static/kind", "node/static/total_strength", "node/dynamic/strength", "edge/static/total_score",
          "edge/static/evidence", "edge/dynamic/score", "edge/dynamic/weight"})
        BOOST_TEST(declared.count(expected) == 1, expected);
}

BOOST_AUTO_TEST_CASE(actors_and_dyads_carry_spells_of_their_active_years)
{
    const ptree document = tiny_gexf();
    const ptree& graph = document.get_child("gexf.graph");
    const ptree& nodes = graph.get_child("nodes");
    BOOST_TEST(nodes.size() == 4u);
    const ptree& alpha = find(nodes, "id", "AAA");
    BOOST_TEST(alpha.get<std::string>("<xmlattr>.label") == "Alpha, Republic of");
    const auto alpha_spells = spells(alpha);
    BOOST_TEST(alpha_spells.size() == 2u);
    BOOST_TEST(alpha_spells[0].first == "2008-03-01");
    BOOST_TEST(alpha_spells[0].second == "2008-12-31");
    BOOST_TEST(alpha_spells[1].first == "2012-01-01");
    BOOST_TEST(alpha_spells[1].second == "2019-04-30");

    const ptree& edges = graph.get_child("edges");
    BOOST_TEST(edges.size() == 4u);
    for (const auto& [name, edge] : edges) {
        for (const auto& [start, end] : spells(edge)) {
            BOOST_TEST(parse_day(start).has_value());
            BOOST_TEST(parse_day(end).has_value());
            BOOST_TEST(start <= end);
        }
    }
    const ptree& beta_gamma = find(edges, "source", "BBB");
    BOOST_TEST(beta_gamma.get<std::string>("<xmlattr>.target") == "CCC");
    BOOST_TEST(spells(beta_gamma).size() == 1u);
    BOOST_TEST(spells(beta_gamma)[0].first == "2010-01-01");
    BOOST_TEST(spells(beta_gamma)[0].second == "2010-12-31");
    BOOST_TEST(timed(beta_gamma, "score").at("2010-01-01") == 8.0);
}

BOOST_AUTO_TEST_CASE(a_lasting_event_spreads_its_score_over_the_years_it_covers)
{
    const ptree document = tiny_gexf();
    const ptree& edges = document.get_child("gexf.graph.edges");
    const ptree* alpha_gamma = nullptr;
    for (const auto& [name, edge] : edges)
        if (edge.get<std::string>("<xmlattr>.target") == "CCC" && edge.get<std::string>("<xmlattr>.source") == "AAA")
            alpha_gamma = &edge;
    BOOST_REQUIRE(alpha_gamma);
    // -3 over 2012-08-16..2019-04-30 (2449 days): 2013 holds 365 of them, 2012 the last 138 days.
    const std::map<std::string, double> score = timed(*alpha_gamma, "score");
    BOOST_TEST(score.size() == 8u);
    BOOST_TEST(score.at("2013-01-01") == -3.0 * 365 / 2449, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(score.at("2012-01-01") == -3.0 * 138 / 2449, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(timed(*alpha_gamma, "weight").at("2013-01-01") == 3.0 * 365 / 2449, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(spells(*alpha_gamma).size() == 1u);
    BOOST_TEST(alpha_gamma->get<std::string>("attvalues.attvalue.<xmlattr>.for") == "total_score");
}

BOOST_AUTO_TEST_CASE(directed_views_give_directed_edges)
{
    const ptree document = tiny_gexf(true);
    BOOST_TEST(document.get<std::string>("gexf.graph.<xmlattr>.defaultedgetype") == "directed");
    BOOST_TEST(document.get_child("gexf.graph.edges").size() == 5u); // the five ordered pairs that acted
}

BOOST_AUTO_TEST_SUITE_END()
