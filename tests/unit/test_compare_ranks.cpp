#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "analysis/rank_shift.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace {

analysis::ActorMetric metric(ActorIndex actor, long long degree, double pagerank)
{
    analysis::ActorMetric m;
    m.actor = actor;
    m.degree = degree;
    m.pagerank = pagerank;
    return m;
}

const analysis::MetricRankShift& by_name(const analysis::RankShift& shift, const std::string& name)
{
    for (const auto& m : shift.metrics)
        if (m.metric == name) return m;
    throw std::runtime_error("no metric " + name);
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare_ranks)

BOOST_AUTO_TEST_CASE(competition_ranks_share_the_best_rank_and_absorb_rounding)
{
    const std::vector<std::size_t> ranks = analysis::competition_ranks({3.0, 1.0, 3.0, 2.0, 1.0 + 1e-12});
    BOOST_TEST(ranks == (std::vector<std::size_t>{1, 4, 1, 3, 4}), tt::per_element());
    BOOST_TEST(analysis::competition_ranks({}).empty());
    BOOST_TEST(analysis::competition_ranks({0.0, 0.0}) == (std::vector<std::size_t>{1, 1}), tt::per_element());
}

BOOST_AUTO_TEST_CASE(ranks_over_the_actors_in_both_views_with_tau_b_by_hand)
{
    // Actor 3 is only in A and actor 4 only in B: actors 0, 1, 2 are ranked.
    const std::vector<analysis::ActorMetric> a{metric(0, 2, 0.5), metric(1, 2, 0.3), metric(2, 1, 0.2),
                                               metric(3, 9, 0.9)};
    const std::vector<analysis::ActorMetric> b{metric(0, 1, 0.2), metric(1, 2, 0.3), metric(2, 2, 0.5),
                                               metric(4, 9, 0.1)};
    const analysis::RankShift shift = analysis::compare_ranks(a, b);
    BOOST_TEST(shift.actors == 3U);
    BOOST_TEST(shift.metrics.size() == analysis::unsigned_metric_names().size());

    // PageRank: A orders 0, 1, 2 and B 2, 1, 0: every pair discordant.
    const auto& pagerank = by_name(shift, "pagerank");
    BOOST_TEST(*pagerank.tau_b == -1.0, tt::tolerance(1e-15));
    // Largest |rise| first, then in actor order: 0 fell 1st -> 3rd, 2 rose 3rd -> 1st, 1 stayed 2nd.
    BOOST_REQUIRE(pagerank.ranks.size() == 3U);
    BOOST_TEST(pagerank.ranks[0].actor == 0U);
    BOOST_TEST(pagerank.ranks[0].rank_a == 1U);
    BOOST_TEST(pagerank.ranks[0].rank_b == 3U);
    BOOST_TEST(pagerank.ranks[0].rise() == -2);
    BOOST_TEST(pagerank.ranks[0].value_a == 0.5);
    BOOST_TEST(pagerank.ranks[0].value_b == 0.2);
    BOOST_TEST(pagerank.ranks[1].actor == 2U);
    BOOST_TEST(pagerank.ranks[1].rise() == 2);
    BOOST_TEST(pagerank.ranks[2].actor == 1U);
    BOOST_TEST(pagerank.ranks[2].rise() == 0);

    // Degree with ties: ranks A (1, 1, 3), B (3, 1, 1). Pair (0,1) tied in A, (1,2) tied in B,
    // (0,2) discordant: tau-b = (0 - 1) / sqrt((3 - 1) (3 - 1)) = -1/2.
    const auto& degree = by_name(shift, "degree");
    BOOST_TEST(*degree.tau_b == -0.5, tt::tolerance(1e-15));
    BOOST_TEST(degree.ranks[0].actor == 0U);
    BOOST_TEST(degree.ranks[0].rank_a == 1U);
    BOOST_TEST(degree.ranks[0].rank_b == 3U);

    // A metric where every actor ties (all 0 here) has no tau-b.
    BOOST_TEST(!by_name(shift, "betweenness").tau_b);
}

BOOST_AUTO_TEST_CASE(fewer_than_two_shared_actors_have_no_correlation)
{
    const analysis::RankShift shift = analysis::compare_ranks({metric(0, 1, 0.5)}, {metric(0, 2, 0.7)});
    BOOST_TEST(shift.actors == 1U);
    for (const auto& m : shift.metrics) {
        BOOST_TEST(!m.tau_b);
        BOOST_TEST(m.ranks.size() == 1U);
    }
    BOOST_TEST(analysis::compare_ranks({metric(0, 1, 0.5)}, {metric(1, 1, 0.5)}).actors == 0U);
}

BOOST_AUTO_TEST_SUITE_END()
