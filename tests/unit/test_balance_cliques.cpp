#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

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
    const auto cliques = analysis::positive_cliques(view.graph());
    BOOST_REQUIRE(cliques.size() == 2);
    BOOST_TEST(cliques[0] == std::vector<ActorIndex>({0, 1, 2, 3}));
    BOOST_TEST(cliques[1] == std::vector<ActorIndex>({2, 3, 4}));
    BOOST_TEST(analysis::positive_cliques(view.graph(), 2).size() == 3U); // and the pair A-F
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
