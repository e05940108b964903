#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <bit>

#include "analysis/positive_cliques.hpp"
#include "signed_view.hpp"

using namespace entente;
using entente::testing::SignedView;

BOOST_AUTO_TEST_SUITE(cliques_and_cores)

// Drawn by hand: A, B, C, D all friends; C, D, E friends; F a friend of A
// only; G an enemy of A only; and A-E hostile, which keeps A-C-D-E apart.
const testing::Ties drawing = {{0, 1, 1.0}, {0, 2, 2.0}, {0, 3, 1.0}, {1, 2, 1.0},  {1, 3, 3.0}, {2, 3, 1.0},
                               {2, 4, 1.0}, {3, 4, 2.0}, {0, 5, 1.0}, {0, 6, -4.0}, {0, 4, -1.0}};

BOOST_AUTO_TEST_CASE(maximal_positive_cliques_of_three_or_more)
{
    const SignedView view(7, drawing);
    const analysis::Cliques found = analysis::positive_cliques(view.graph());
    const auto& cliques = found.cliques;
    BOOST_REQUIRE(cliques.size() == 2);
    BOOST_TEST(cliques[0] == std::vector<ActorIndex>({0, 1, 2, 3}));
    BOOST_TEST(cliques[1] == std::vector<ActorIndex>({2, 3, 4}));
    BOOST_TEST(found.met == 2U);
    BOOST_TEST(found.complete);
    BOOST_TEST(analysis::positive_cliques(view.graph(), {2, 20, 1'000'000}).cliques.size() == 3U); // and the pair A-F
    // Only the largest: the smaller clique is skipped, and the search still ends.
    const analysis::Cliques largest = analysis::positive_cliques(view.graph(), {3, 1, 1'000'000});
    BOOST_TEST_REQUIRE(largest.cliques.size() == 1U);
    BOOST_TEST(largest.cliques[0] == std::vector<ActorIndex>({0, 1, 2, 3}));
    BOOST_TEST(largest.complete);
}

BOOST_AUTO_TEST_CASE(the_largest_cliques_agree_with_every_clique_on_random_graphs)
{
    // Against an exhaustive enumeration of every vertex set (20 actors: 2^20 sets).
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const testing::Ties ties = testing::random_ties(20, 0.5, seed);
        const SignedView view(20, ties);
        std::vector<std::uint32_t> friends(20, 0);
        for (const auto& [a, b, score] : ties)
            if (score > 0) {
                friends[a] |= 1U << b;
                friends[b] |= 1U << a;
            }
        std::vector<std::vector<ActorIndex>> maximal;
        for (std::uint32_t set = 1; set < (1U << 20); ++set) {
            const int size = std::popcount(set);
            if (size < 3) continue;
            bool clique = true, extendable = false;
            for (int v = 0; v < 20 && clique; ++v)
                if ((set >> v & 1U) != 0U && (friends[v] & set) != (set & ~(1U << v))) clique = false;
            if (!clique) continue;
            for (int v = 0; v < 20 && !extendable; ++v)
                if ((set >> v & 1U) == 0U && (friends[v] & set) == set) extendable = true;
            if (extendable) continue;
            std::vector<ActorIndex> members;
            for (ActorIndex v = 0; v < 20; ++v)
                if ((set >> v & 1U) != 0U) members.push_back(v);
            maximal.push_back(members);
        }
        std::sort(maximal.begin(), maximal.end(),
                  [](const auto& x, const auto& y) { return x.size() != y.size() ? x.size() > y.size() : x < y; });
        const analysis::Cliques all = analysis::positive_cliques(view.graph(), {3, 0, 1'000'000});
        BOOST_TEST(all.cliques == maximal);
        BOOST_TEST(all.met == maximal.size());
        const analysis::Cliques five = analysis::positive_cliques(view.graph(), {3, 5, 1'000'000});
        BOOST_TEST(five.cliques == std::vector<std::vector<ActorIndex>>(maximal.begin(),
                                                                         maximal.begin() + std::min<std::size_t>(5, maximal.size())));
    }
}

BOOST_AUTO_TEST_CASE(a_search_past_its_budget_says_so)
{
    const SignedView view(40, testing::random_ties(40, 0.9, 3));
    const analysis::Cliques cut = analysis::positive_cliques(view.graph(), {3, 20, 50});
    BOOST_TEST(!cut.complete);
    BOOST_TEST(cut.cliques.size() <= 20U);
}

BOOST_AUTO_TEST_CASE(core_numbers_of_the_positive_graph)
{
    const SignedView view(7, drawing);
    const auto cores = analysis::positive_cores(view.graph());
    const std::vector<std::size_t> expected = {3, 3, 3, 3, 2, 1, 0};
    BOOST_REQUIRE(cores.size() == expected.size());
    for (std::size_t i = 0; i < cores.size(); ++i) {
        BOOST_TEST(cores[i].actor == i);
        BOOST_TEST(cores[i].core == expected[i]);
    }
}

BOOST_AUTO_TEST_SUITE_END()
