#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "analysis/ego_view.hpp"
#include "core/errors.hpp"
#include "dataset_builder.hpp"

using namespace entente;
using entente::test::actor;
using entente::test::make_dataset;

namespace {

// C's relations: B (+4 from one event), D (-3 = -5 + 2), E (0: +1 and -1 cancel, no edge).
const model::Dataset web = make_dataset({"A", "B", "C", "D", "E"}, {{"2010-01-01", "A", "B", 2.0},
                                                                    {"2010-01-01", "B", "C", 4.0},
                                                                    {"2010-01-01", "C", "D", -5.0},
                                                                    {"2010-01-02", "D", "C", 2.0},
                                                                    {"2010-01-01", "C", "E", 1.0},
                                                                    {"2010-01-03", "E", "C", -1.0}});

views::RelationGraph whole(bool directed = false)
{
    views::ViewSpec spec;
    spec.window = web.span;
    spec.directed = directed;
    return test::view_of(web, spec);
}

std::vector<std::string> partners(const std::vector<analysis::Relation>& relations)
{
    std::vector<std::string> out;
    for (const auto& r : relations)
        out.push_back(web.actors.id(r.partner) + std::string(r.sign > 0 ? "+" : r.sign < 0 ? "-" : "0"));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(ego_view)

BOOST_AUTO_TEST_CASE(an_actor_sees_each_partner_with_the_sign_of_the_score)
{
    const auto g = whole();
    analysis::EgoView ego(g, actor(web, "C"));
    ego.run();
    BOOST_TEST(partners(ego.relations()) == (std::vector<std::string>{"B+", "D-", "E0"}));
    const views::Dyad& d = *ego.relations()[1].dyad;
    BOOST_TEST(d.score == -3.0);
    BOOST_TEST(d.pos == 2.0);
    BOOST_TEST(d.neg == 5.0);
    BOOST_TEST(d.events == 2);
    BOOST_TEST(d.evidence.front().contribution == -5.0); // the largest first
}

BOOST_AUTO_TEST_CASE(relations_rank_by_a_key)
{
    const auto g = whole();
    analysis::EgoView ego(g, actor(web, "C"));
    ego.run();
    const auto& r = ego.relations();
    BOOST_TEST(partners(analysis::rank_relations(r, "strength", 0, web.actors)) ==
               (std::vector<std::string>{"B+", "D-", "E0"}));
    BOOST_TEST(partners(analysis::rank_relations(r, "score", 0, web.actors)) ==
               (std::vector<std::string>{"B+", "E0", "D-"}));
    BOOST_TEST(partners(analysis::rank_relations(r, "neg", 1, web.actors)) == (std::vector<std::string>{"D-"}));
    BOOST_TEST(partners(analysis::rank_relations(r, "events", 0, web.actors)) ==
               (std::vector<std::string>{"D-", "E0", "B+"}));
    BOOST_CHECK_EXCEPTION(analysis::rank_relations(r, "fame", 0, web.actors), UsageError, [](const UsageError& e) {
        return std::string(e.what()) ==
               "unknown key 'fame' to sort relations by (expected strength, score, pos, neg, events, partner)";
    });
}

BOOST_AUTO_TEST_CASE(a_directed_view_tells_out_from_in)
{
    const auto g = whole(true);
    analysis::EgoView ego(g, actor(web, "C"));
    ego.run();
    std::vector<std::string> seen;
    for (const auto& r : analysis::rank_relations(ego.relations(), "partner", 0, web.actors))
        seen.push_back(web.actors.id(r.partner) + " " + std::string(analysis::to_string(r.direction)) + " " +
                       std::to_string(r.dyad->score));
    BOOST_TEST(seen == (std::vector<std::string>{"B in 4.000000", "D out -5.000000", "D in 2.000000", "E out 1.000000",
                                                 "E in -1.000000"}));
}

BOOST_AUTO_TEST_CASE(an_actor_outside_the_view_has_no_relations)
{
    const auto g = whole();
    analysis::EgoView ego(g, actor(web, "A"));
    ego.run();
    BOOST_TEST(partners(ego.relations()) == (std::vector<std::string>{"B+"}));
    views::ViewSpec spec;
    spec.window = {0, 1};
    const views::RelationGraph empty = test::view_of(web, spec);
    analysis::EgoView nobody(empty, actor(web, "A"));
    nobody.run();
    BOOST_TEST(nobody.relations().empty());
}

BOOST_AUTO_TEST_SUITE_END()
