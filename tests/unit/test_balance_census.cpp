#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "analysis/triangle_census.hpp"
#include "core/errors.hpp"
#include "signed_view.hpp"

using namespace entente;
using entente::testing::SignedView;
namespace tt = boost::test_tools;

namespace {

analysis::TriangleCensus census_of(const SignedView& view)
{
    analysis::TriangleCensus census(view.graph());
    census.run();
    return census;
}

} // namespace

BOOST_AUTO_TEST_SUITE(triangle_census)

BOOST_AUTO_TEST_CASE(three_friends_are_one_balanced_triangle)
{
    const SignedView view(3, {{0, 1, 2.0}, {1, 2, 3.0}, {0, 2, 4.0}});
    const auto c = census_of(view).counts();
    BOOST_TEST(c.ppp == 1);
    BOOST_TEST(c.triangles() == 1);
    BOOST_TEST(*c.balance_ratio() == 1.0);
    BOOST_TEST(*c.weighted_balance_ratio() == 1.0);
}

// Drawn by hand: A-B +2, A-C +1, A-D -1, B-C -3, B-D +1, C-D -4.
// ABC (+ + -) and ABD (+ - +) are unbalanced with weights 6 and 2;
// ACD (+ - -) and BCD (- + -) are balanced with weights 4 and 12.
BOOST_AUTO_TEST_CASE(four_actors_every_pair_tied)
{
    const SignedView view(4, {{0, 1, 2.0}, {0, 2, 1.0}, {0, 3, -1.0}, {1, 2, -3.0}, {1, 3, 1.0}, {2, 3, -4.0}});
    const auto census = census_of(view);
    const auto& c = census.counts();
    BOOST_TEST(c.ppp == 0);
    BOOST_TEST(c.ppn == 2);
    BOOST_TEST(c.pnn == 2);
    BOOST_TEST(c.nnn == 0);
    BOOST_TEST(*c.balance_ratio() == 0.5);
    BOOST_TEST(*c.weighted_balance_ratio() == 16.0 / 24.0, tt::tolerance(1e-15));
    const std::vector<double> local = {1.0 / 3, 1.0 / 3, 2.0 / 3, 2.0 / 3};
    BOOST_REQUIRE(census.actors().size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        BOOST_TEST(census.actors()[i].actor == i);
        BOOST_TEST(census.actors()[i].triangles == 3);
        BOOST_TEST(*census.actors()[i].local_balance() == local[i], tt::tolerance(1e-15));
    }
}

BOOST_AUTO_TEST_CASE(three_enemies_and_a_pendant_tie)
{
    const SignedView view(4, {{0, 1, -1.0}, {1, 2, -1.0}, {0, 2, -2.0}, {2, 3, 5.0}});
    const auto census = census_of(view);
    BOOST_TEST(census.counts().nnn == 1);
    BOOST_TEST(census.counts().triangles() == 1);
    BOOST_TEST(*census.counts().balance_ratio() == 0.0);
    BOOST_TEST(census.actors()[3].triangles == 0);
    BOOST_TEST(!census.actors()[3].local_balance());
}

BOOST_AUTO_TEST_CASE(no_triangle_gives_no_ratio)
{
    const SignedView view(4, {{0, 1, 1.0}, {1, 2, -1.0}, {2, 3, 1.0}, {3, 0, -1.0}});
    const auto c = census_of(view).counts();
    BOOST_TEST(c.triangles() == 0);
    BOOST_TEST(!c.balance_ratio());
    BOOST_TEST(!c.weighted_balance_ratio());
}

BOOST_AUTO_TEST_CASE(a_tie_within_epsilon_is_no_tie)
{
    const SignedView view(3, {{0, 1, 2.0}, {1, 2, 3.0}, {0, 2, 0.5}}, 1.0);
    BOOST_TEST(census_of(view).counts().triangles() == 0);
}

BOOST_AUTO_TEST_CASE(agrees_with_counting_every_triple)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const std::size_t n = 5 + seed % 20;
        const auto ties = testing::random_ties(n, 0.2 + 0.04 * static_cast<double>(seed), seed);
        const SignedView view(n, ties);
        std::vector<std::vector<double>> w(n, std::vector<double>(n, 0.0));
        for (const auto& [a, b, s] : ties)
            w[a][b] = w[b][a] = s;
        long long kind[4] = {0, 0, 0, 0};
        double balanced = 0, total = 0;
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = a + 1; b < n; ++b)
                for (std::size_t c = b + 1; c < n; ++c) {
                    if (w[a][b] == 0 || w[b][c] == 0 || w[a][c] == 0) continue;
                    const int negatives = (w[a][b] < 0) + (w[b][c] < 0) + (w[a][c] < 0);
                    ++kind[negatives];
                    const double weight = std::abs(w[a][b] * w[b][c] * w[a][c]);
                    total += weight;
                    if (negatives % 2 == 0) balanced += weight;
                }
        const auto c = census_of(view).counts();
        BOOST_TEST(c.ppp == kind[0]);
        BOOST_TEST(c.ppn == kind[1]);
        BOOST_TEST(c.pnn == kind[2]);
        BOOST_TEST(c.nnn == kind[3]);
        if (total > 0) BOOST_TEST(*c.weighted_balance_ratio() == balanced / total, tt::tolerance(1e-12));
    }
}

BOOST_AUTO_TEST_CASE(a_directed_view_is_refused)
{
    const SignedView view(3, {{0, 1, 2.0}});
    views::ViewSpec spec = view.graph().spec();
    spec.directed = true;
    auto cells_spec = std::make_shared<views::CellsSpec>();
    cells_spec->directed = true;
    views::DyadCells cells(cells_spec, view.graph().dataset().cameo);
    cells.finish();
    const views::RelationGraph directed(view.graph().dataset(), cells, spec);
    BOOST_CHECK_EXCEPTION(analysis::TriangleCensus{directed}, UsageError, [](const UsageError& e) {
        return std::string(e.what()) == "structural balance, blocs, cliques and cores are defined on undirected ties, "
                                        "and this view is directed";
    });
}

BOOST_AUTO_TEST_SUITE_END()
