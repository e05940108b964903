#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"
#include "io/diagnostics.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
using entente::test::actor;
using entente::test::make_dataset;
namespace tt = boost::test_tools;

namespace {

views::ViewSpec window_view(const std::string& from, const std::string& to)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::window;
    spec.window = {*parse_day(from), *parse_day(to)};
    return spec;
}

views::ViewSpec instant_view(Day at, double half_life)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::instant;
    spec.at = at;
    spec.half_life = half_life;
    return spec;
}

// A year-long event straddles 2017-05-24 (143 days before, 222 after), a
// one-day event falls before it, and a one-day event ends where 2017 starts.
const model::Dataset straddle =
    make_dataset({"AAA", "BBB", "CCC"},
                 {{"2017", "AAA", "BBB", 3.65}, {"2017-03-10", "BBB", "AAA", -1.0}, {"2016-12-31", "CCC", "AAA", 2.0}});

} // namespace

BOOST_AUTO_TEST_SUITE(relation_graph)

BOOST_AUTO_TEST_CASE(an_event_straddling_a_window_edge_splits_by_days)
{
    const views::RelationGraph before = test::view_of(straddle, window_view("2017-01-01", "2017-05-24"));
    BOOST_TEST_REQUIRE(before.dyads().size() == 1U);
    const views::Dyad& d = before.dyads().front();
    BOOST_TEST(d.a == actor(straddle, "AAA"));
    BOOST_TEST(d.b == actor(straddle, "BBB"));
    BOOST_TEST(d.pos == 3.65 * 143 / 365, tt::tolerance(1e-12)); // 1.43
    BOOST_TEST(d.neg == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(d.score == 0.43, tt::tolerance(1e-12));
    BOOST_TEST(d.events == 2);
    BOOST_TEST_REQUIRE(d.evidence.size() == 2U); // largest |contribution| first
    BOOST_TEST(d.evidence[0].contribution == 1.43, tt::tolerance(1e-12));
    BOOST_TEST(d.evidence[1].contribution == -1.0, tt::tolerance(1e-12));

    const views::RelationGraph after = test::view_of(straddle, window_view("2017-05-24", "2018-01-01"));
    BOOST_TEST_REQUIRE(after.dyads().size() == 1U);
    BOOST_TEST(after.dyads().front().score == 2.22, tt::tolerance(1e-12));
    BOOST_TEST(after.dyads().front().events == 1);
}

BOOST_AUTO_TEST_CASE(a_window_is_half_open)
{
    // CCC's event covers 2016-12-31 only: outside [2017-01-01, ...), inside [2016-12-31, 2017-01-01).
    const views::RelationGraph year = test::view_of(straddle, window_view("2017-01-01", "2018-01-01"));
    BOOST_TEST(!year.vertex_of(actor(straddle, "CCC")));
    BOOST_TEST(year.actors().size() == 2U);

    const views::RelationGraph eve = test::view_of(straddle, window_view("2016-12-31", "2017-01-01"));
    BOOST_TEST_REQUIRE(eve.dyads().size() == 1U);
    BOOST_TEST(eve.dyads().front().score == 2.0);
    BOOST_TEST(eve.actors() == (std::vector<ActorIndex>{actor(straddle, "AAA"), actor(straddle, "CCC")}));
}

BOOST_AUTO_TEST_CASE(an_event_two_half_lives_old_counts_a_quarter)
{
    const Day event = *parse_day("2008-03-10");
    const model::Dataset data =
        make_dataset({"AAA", "BBB"}, {{"2008-03-10", "AAA", "BBB", 8.0}, {"2008-05-09", "BBB", "AAA", -5.0}});
    // 60 days later with a 30-day half-life the weight-8 event counts 2; the later event counts in full.
    const views::RelationGraph at = test::view_of(data, instant_view(event + 60, 30.0));
    BOOST_TEST_REQUIRE(at.dyads().size() == 1U);
    BOOST_TEST(at.dyads().front().pos == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(at.dyads().front().neg == 5.0, tt::tolerance(1e-12));
    BOOST_TEST(at.dyads().front().score == -3.0, tt::tolerance(1e-12));
    // The day before the later event only the first one counts: 8 · 2^(-59/30).
    const views::RelationGraph before = test::view_of(data, instant_view(event + 59, 30.0));
    BOOST_TEST(before.dyads().front().score == 8.0 * std::exp2(-59.0 / 30.0), tt::tolerance(1e-12));
    BOOST_TEST(before.dyads().front().events == 1);
    // Before anything happened there is nothing to see.
    BOOST_TEST(test::view_of(data, instant_view(event - 1, 30.0)).actors().empty());
}

BOOST_AUTO_TEST_CASE(an_empty_window_has_no_actors_and_no_edges)
{
    const views::RelationGraph empty = test::view_of(straddle, window_view("2019-01-01", "2020-01-01"));
    BOOST_TEST(empty.actors().empty());
    BOOST_TEST(empty.dyads().empty());
    BOOST_TEST(empty.edge_count() == 0U);
    BOOST_TEST(boost::num_vertices(empty.graph()) == 0U);
    const views::RelationGraph before_all = test::view_of(straddle, window_view("1900-01-01", "1901-01-01"));
    BOOST_TEST(before_all.actors().empty());
}

BOOST_AUTO_TEST_CASE(a_dyad_under_epsilon_keeps_its_actors_but_is_no_edge)
{
    const model::Dataset data = make_dataset(
        {"AAA", "BBB", "CCC"},
        {{"2010-01-01", "AAA", "BBB", 3.0}, {"2010-01-02", "BBB", "AAA", -3.0}, {"2010-01-03", "AAA", "CCC", 0.5}});
    views::ViewSpec spec;
    spec.window = {*parse_day("2010-01-01"), *parse_day("2011-01-01")};
    spec.epsilon = 0.5;
    const views::RelationGraph g = test::view_of(data, spec);
    BOOST_TEST(g.actors().size() == 3U);
    BOOST_TEST(g.dyads().size() == 2U);
    BOOST_TEST(g.edge_count() == 0U); // 3 - 3 = 0 and 0.5 are not above 0.5
}

BOOST_AUTO_TEST_CASE(a_directed_view_keeps_who_acted_on_whom)
{
    views::ViewSpec spec = window_view("2017-01-01", "2017-05-24");
    spec.directed = true;
    const views::RelationGraph g = test::view_of(straddle, spec);
    BOOST_TEST_REQUIRE(g.dyads().size() == 2U);
    BOOST_TEST(g.dyads()[0].a == actor(straddle, "AAA"));
    BOOST_TEST(g.dyads()[0].score == 1.43, tt::tolerance(1e-12));
    BOOST_TEST(g.dyads()[1].a == actor(straddle, "BBB"));
    BOOST_TEST(g.dyads()[1].score == -1.0);
    BOOST_TEST(boost::num_edges(g.digraph()) == 2U);
}

BOOST_AUTO_TEST_CASE(evidence_is_cut_to_the_largest_contributions)
{
    std::vector<test::EventSpec> events;
    for (int k = 1; k <= 30; ++k)
        events.push_back({"2010-01-01", "AAA", "BBB", (k % 2 ? 1.0 : -1.0) * k / 10.0});
    views::ViewSpec spec;
    spec.window = {*parse_day("2010-01-01"), *parse_day("2011-01-01")};
    const views::RelationGraph g = test::view_of(make_dataset({"AAA", "BBB"}, events), spec, 3);
    const auto& evidence = g.dyads().front().evidence;
    BOOST_TEST_REQUIRE(evidence.size() == 3U);
    BOOST_TEST(evidence[0].contribution == -3.0);
    BOOST_TEST(evidence[1].contribution == 2.9);
    BOOST_TEST(evidence[2].contribution == -2.8);
    BOOST_TEST(g.dyads().front().events == 30);
}

namespace {

/// tests/data/mutual: a treaty both signed, a war both fought and a stance per year.
model::Dataset load_mutual()
{
    io::Diagnostics d;
    model::Dataset dataset = test::load_and_read(ENTENTE_TEST_DATA "/mutual", {}, d);
    BOOST_REQUIRE(!d.has_errors());
    return dataset;
}

double score_of(const views::RelationGraph& g, const model::Dataset& data, const std::string& a, const std::string& b)
{
    for (const views::Dyad& d : g.dyads())
        if (d.a == actor(data, a) && d.b == actor(data, b)) return d.score;
    return 0.0;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_mutual_act_counts_once_undirected_and_half_each_way_directed)
{
    const model::Dataset data = load_mutual();
    // 2010-03-01: the treaty (057, +8) both signed.
    views::ViewSpec spec = window_view("2010-03-01", "2010-03-02");
    const views::RelationGraph undirected = test::view_of(data, spec);
    BOOST_TEST(score_of(undirected, data, "AAA", "BBB") == 8.0);
    spec.directed = true;
    const views::RelationGraph directed = test::view_of(data, spec);
    BOOST_TEST(score_of(directed, data, "AAA", "BBB") == 4.0);
    BOOST_TEST(score_of(directed, data, "BBB", "AAA") == 4.0);
    BOOST_TEST(boost::num_edges(directed.digraph()) == 4U); // the two halves, CCC's visit and AAA's stance
    // The war of January 2015, both fought: -10 once, -5 each way.
    spec = window_view("2015-01-01", "2015-02-01");
    BOOST_TEST(score_of(test::view_of(data, spec), data, "AAA", "BBB") == -10.0, tt::tolerance(1e-12));
    spec.directed = true;
    BOOST_TEST(score_of(test::view_of(data, spec), data, "BBB", "AAA") == -5.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_stance_per_year_weighs_the_same_each_year_whatever_its_span)
{
    const model::Dataset data = load_mutual();
    // AAA->CCC +2 a year from 2010 to the end of 2019; CCC's visit of 2010-03-01 weighs 1.9.
    const views::RelationGraph year_2013 = test::view_of(data, window_view("2013-01-01", "2014-01-01"));
    BOOST_TEST(score_of(year_2013, data, "AAA", "CCC") == 2.0 * 365 / 365.2425, tt::tolerance(1e-12));
    const views::RelationGraph decade = test::view_of(data, window_view("2010-01-01", "2020-01-01"));
    BOOST_TEST(score_of(decade, data, "AAA", "CCC") == 2.0 * 3652 / 365.2425 + 1.9, tt::tolerance(1e-12));
    // Mutual and per year: +1 a year over 2016..2017, once undirected, half a year's each way directed.
    views::ViewSpec spec = window_view("2016-01-01", "2017-01-01");
    BOOST_TEST(score_of(test::view_of(data, spec), data, "AAA", "BBB") == 366 / 365.2425, tt::tolerance(1e-12));
    spec.directed = true;
    BOOST_TEST(score_of(test::view_of(data, spec), data, "BBB", "AAA") == 0.5 * 366 / 365.2425,
               tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_SUITE_END()
