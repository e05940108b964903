#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "analysis/frustration.hpp"
#include "signed_view.hpp"

using namespace entente;
using entente::testing::SignedView;
namespace tt = boost::test_tools;

namespace {

/// The least cost over every split, by walking all 2^(n-1) splits in Gray-code
/// order (one actor changes camp per step, its ties re-counted). Actor 0 stays in camp 0.
double brute_force_frustration(std::size_t n, const testing::Ties& ties)
{
    std::vector<std::vector<std::pair<std::size_t, double>>> adjacency(n);
    for (const auto& [a, b, s] : ties) {
        adjacency[a].push_back({b, s});
        adjacency[b].push_back({a, s});
    }
    std::vector<int> camp(n, 0);
    double cost = 0.0;
    for (const auto& [a, b, s] : ties)
        if (s < 0) cost += -s; // all in one camp: every negative tie is violated
    double best = cost;
    for (std::uint64_t step = 1; n > 1 && step < (std::uint64_t{1} << (n - 1)); ++step) {
        const std::size_t flip = 1 + static_cast<std::size_t>(__builtin_ctzll(step));
        for (const auto& [u, w] : adjacency[flip]) {
            const bool violated_before = (w > 0) != (camp[u] == camp[flip]);
            cost += violated_before ? -std::abs(w) : std::abs(w);
        }
        camp[flip] ^= 1;
        best = std::min(best, cost);
    }
    return best;
}

analysis::Frustration frustration_of(const SignedView& view, analysis::FrustrationParams params = {})
{
    analysis::Frustration f(view.graph(), params);
    f.run();
    return f;
}

/// Every reported violation is violated by the reported camps, and they sum to the value.
void check_consistent(const SignedView& view, const analysis::Frustration& f)
{
    std::vector<int> camp(view.graph().dataset().actors.size(), 0);
    for (const auto& c : f.camps())
        camp[c.actor] = c.camp;
    double sum = 0.0;
    std::size_t violated = 0;
    for (const auto& d : view.graph().dyads()) {
        if (!view.graph().is_edge(d)) continue;
        if ((d.score > 0) != (camp[d.a] == camp[d.b])) {
            ++violated;
            sum += std::abs(d.score);
        }
    }
    BOOST_TEST(violated == f.violations().size());
    BOOST_TEST(sum == f.value(), tt::tolerance(1e-12));
}

} // namespace

BOOST_AUTO_TEST_SUITE(frustration)

BOOST_AUTO_TEST_CASE(a_balanced_graph_is_not_frustrated)
{
    // Two camps {A, B, C} and {D, E}: friends inside, enemies across.
    const SignedView view(5, {{0, 1, 3.0}, {1, 2, 1.0}, {0, 2, 2.0}, {3, 4, 5.0}, {0, 3, -2.0}, {2, 4, -1.0}});
    const auto f = frustration_of(view);
    BOOST_TEST(f.value() == 0.0);
    BOOST_TEST(f.exact());
    BOOST_TEST(f.violations().empty());
    const std::vector<int> camps = {1, 1, 1, 2, 2};
    for (std::size_t i = 0; i < 5; ++i)
        BOOST_TEST(f.camps()[i].camp == camps[i]);
}

BOOST_AUTO_TEST_CASE(an_unbalanced_triangle_breaks_at_its_weakest_tie)
{
    // A friend of a friend is an enemy: the cheapest fix breaks the weakest tie, B-C.
    const SignedView view(3, {{0, 1, 4.0}, {1, 2, 1.5}, {0, 2, -3.0}});
    const auto f = frustration_of(view);
    BOOST_TEST(f.value() == 1.5);
    BOOST_TEST(f.exact());
    BOOST_REQUIRE(f.violations().size() == 1);
    BOOST_TEST(f.violations()[0].a == 1U);
    BOOST_TEST(f.violations()[0].b == 2U);
    BOOST_TEST(f.violations()[0].score == 1.5);
}

BOOST_AUTO_TEST_CASE(three_mutual_enemies_cost_their_weakest_enmity)
{
    const SignedView view(3, {{0, 1, -4.0}, {1, 2, -2.0}, {0, 2, -3.0}});
    const auto f = frustration_of(view);
    BOOST_TEST(f.value() == 2.0);
    BOOST_REQUIRE(f.violations().size() == 1);
    BOOST_TEST(f.violations()[0].score == -2.0);
}

BOOST_AUTO_TEST_CASE(exact_equals_brute_force_on_200_random_graphs)
{
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const std::size_t n = 2 + seed % 11; // 2 to 12 actors
        const double density = 0.25 + 0.75 * static_cast<double>(seed % 7) / 6.0;
        const auto ties = testing::random_ties(n, density, seed);
        const SignedView view(n, ties);
        const auto f = frustration_of(view);
        BOOST_TEST_CONTEXT("seed " << seed << ", " << n << " actors, " << ties.size() << " ties")
        {
            BOOST_TEST(f.exact());
            BOOST_TEST(f.value() == brute_force_frustration(n, ties), tt::tolerance(1e-9));
            check_consistent(view, f);
        }
    }
}

BOOST_AUTO_TEST_CASE(exact_equals_brute_force_on_larger_graphs)
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const std::size_t n = 18 + seed; // 19 to 24 actors
        const auto ties = testing::random_ties(n, seed % 2 ? 1.0 : 0.4, 1000 + seed);
        const SignedView view(n, ties);
        const auto f = frustration_of(view);
        BOOST_TEST_CONTEXT("seed " << seed << ", " << n << " actors")
        {
            BOOST_TEST(f.exact());
            BOOST_TEST(f.value() == brute_force_frustration(n, ties), tt::tolerance(1e-9));
            check_consistent(view, f);
        }
    }
}

BOOST_AUTO_TEST_CASE(components_add_up)
{
    // Two unbalanced triangles, apart: 1 + 2.
    const SignedView view(6, {{0, 1, 1.0}, {1, 2, 5.0}, {0, 2, -5.0}, {3, 4, -2.0}, {4, 5, -3.0}, {3, 5, -4.0}});
    const auto f = frustration_of(view);
    BOOST_TEST(f.value() == 3.0);
    // Each component's first actor is in camp 1.
    BOOST_TEST(f.camps()[0].camp == 1);
    BOOST_TEST(f.camps()[3].camp == 1);
}

BOOST_AUTO_TEST_CASE(local_search_is_an_upper_bound_and_says_so)
{
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const std::size_t n = 8 + seed % 5;
        const auto ties = testing::random_ties(n, 0.6, 500 + seed);
        const SignedView view(n, ties);
        analysis::FrustrationParams params;
        params.exact_limit = 4;
        const auto f = frustration_of(view, params);
        BOOST_TEST(!f.exact());
        BOOST_TEST(f.value() >= brute_force_frustration(n, ties) - 1e-9);
        check_consistent(view, f);
    }
}

BOOST_AUTO_TEST_CASE(local_search_ends_where_no_single_move_helps)
{
    // Moving any one actor to the other camp of the split found does not lower
    // the cost: the search stops only at a local optimum.
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const std::size_t n = 30 + seed;
        const auto ties = testing::random_ties(n, 0.5, 900 + seed);
        const SignedView view(n, ties);
        analysis::FrustrationParams params;
        params.exact_limit = 10;
        params.starts = 3;
        const auto f = frustration_of(view, params);
        std::vector<int> camp(n, 0);
        for (const auto& c : f.camps())
            camp[c.actor] = c.camp;
        for (ActorIndex moved = 0; moved < n; ++moved) {
            double mended = 0.0, broken = 0.0;
            for (const auto& [a, b, s] : ties) {
                if (a != moved && b != moved) continue;
                ((s > 0) != (camp[a] == camp[b]) ? mended : broken) += std::abs(s);
            }
            BOOST_TEST(mended <= broken + 1e-9,
                       "moving actor " << moved << " would lower the cost by " << mended - broken);
        }
    }
}

BOOST_AUTO_TEST_CASE(local_search_finds_a_planted_split)
{
    // 40 actors in two camps, every pair tied: friends inside, enemies across.
    testing::Ties ties;
    for (ActorIndex a = 0; a < 40; ++a)
        for (ActorIndex b = a + 1; b < 40; ++b)
            ties.emplace_back(a, b, (a % 2 == b % 2) ? 1.0 + a % 3 : -2.0);
    const SignedView view(40, ties);
    analysis::FrustrationParams params;
    params.exact_limit = 10;
    const auto f = frustration_of(view, params);
    BOOST_TEST(f.value() == 0.0);
    BOOST_TEST(!f.exact());
    for (ActorIndex a = 0; a < 40; ++a)
        BOOST_TEST(f.camps()[a].camp == 1 + static_cast<int>(a % 2));
}

BOOST_AUTO_TEST_CASE(the_same_seed_gives_the_same_split)
{
    const auto ties = testing::random_ties(60, 0.3, 99);
    const SignedView view(60, ties);
    analysis::FrustrationParams params;
    params.exact_limit = 10;
    const auto first = frustration_of(view, params);
    const auto second = frustration_of(view, params);
    BOOST_TEST(first.value() == second.value());
    for (std::size_t i = 0; i < first.camps().size(); ++i)
        BOOST_TEST(first.camps()[i].camp == second.camps()[i].camp);
}

BOOST_AUTO_TEST_SUITE_END()
