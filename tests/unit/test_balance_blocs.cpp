#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <random>

#include "analysis/bloc_search.hpp"
#include "signed_view.hpp"

using namespace entente;
using entente::testing::SignedView;
namespace tt = boost::test_tools;

namespace {

analysis::BlocPartition blocs_of(const SignedView& view, analysis::BlocParams params)
{
    analysis::BlocSearch search(view.graph(), params);
    search.run();
    return search.result();
}

analysis::BlocParams with_k(std::size_t k)
{
    analysis::BlocParams params;
    params.k = k;
    return params;
}

analysis::BlocParams automatic()
{
    analysis::BlocParams params;
    params.auto_k = true;
    return params;
}

/// `camps` camps of `size` actors (actor i in camp i % camps). A pair is tied
/// with probability 0.6, positive inside a camp and negative across, |score|
/// uniform in [1, 5]; then each tie's sign flips with probability `noise`.
testing::Ties planted(std::size_t camps, std::size_t size, double noise, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    const auto uniform = [&] { return static_cast<double>(engine() >> 11) * 0x1.0p-53; };
    testing::Ties ties;
    const std::size_t n = camps * size;
    for (ActorIndex a = 0; a < n; ++a) {
        for (ActorIndex b = a + 1; b < n; ++b) {
            if (uniform() >= 0.6) continue;
            double score = (1 + 4 * uniform()) * (a % camps == b % camps ? 1 : -1);
            if (uniform() < noise) score = -score;
            ties.emplace_back(a, b, score);
        }
    }
    return ties;
}

/// Whether the blocs are exactly the planted camps (actor i in camp i % camps).
bool recovers_camps(const analysis::BlocPartition& p, std::size_t camps)
{
    if (p.blocs.size() != camps) return false;
    for (const auto& m : p.membership)
        for (const auto& other : p.membership)
            if ((m.bloc == other.bloc) != (m.actor % camps == other.actor % camps)) return false;
    return true;
}

} // namespace

BOOST_AUTO_TEST_SUITE(blocs)

// Drawn by hand: A-B +4, C-D +2, A-C -3, B-D -1, and A-D +1 against the grain.
BOOST_AUTO_TEST_CASE(two_pairs_of_friends)
{
    const SignedView view(4, {{0, 1, 4.0}, {2, 3, 2.0}, {0, 2, -3.0}, {1, 3, -1.0}, {0, 3, 1.0}});
    const auto p = blocs_of(view, with_k(2));
    BOOST_TEST(p.criterion == 0.5); // (1 - 0.5) * 1 for A-D between the blocs
    BOOST_REQUIRE(p.blocs.size() == 2);
    BOOST_TEST(p.blocs[0].members == std::vector<ActorIndex>({0, 1}));
    BOOST_TEST(p.blocs[1].members == std::vector<ActorIndex>({2, 3}));
    BOOST_TEST(*p.blocs[0].cohesion == 4.0);
    BOOST_TEST(*p.blocs[1].cohesion == 2.0);
    BOOST_REQUIRE(p.relations.size() == 1);
    BOOST_TEST(p.relations[0].positive == 1.0);
    BOOST_TEST(p.relations[0].negative == 4.0);
    BOOST_TEST(p.relations[0].hostility == 0.75); // (4 - 1) / (2 * 2 pairs)
    BOOST_REQUIRE(p.breaking.size() == 1);
    BOOST_TEST(p.breaking[0].tie.a == 0U);
    BOOST_TEST(p.breaking[0].tie.b == 3U);
    BOOST_TEST(p.breaking[0].bloc_a == 0U);
    BOOST_TEST(p.breaking[0].bloc_b == 1U);
    BOOST_TEST(*p.bloc_of(3) == 1U);
}

// A war (-10) and the peace that ends it (+8, +3) in one view: net +1, which
// alone would make A and B friends. Their hostile acts count inside a bloc,
// and only the net +1 pulls them together, so B stands apart. C and D mediate,
// tied alike to both (+1.6 each): as cheap on either side, they are put with
// A, the earliest actor. E is A's friend.
BOOST_AUTO_TEST_CASE(a_war_and_its_peace_keep_the_foes_apart)
{
    const SignedView view(
        5, {{0, 1, -10.0}, {0, 1, 8.0}, {0, 1, 3.0}, {2, 0, 1.6}, {2, 1, 1.6}, {3, 0, 1.6}, {3, 1, 1.6}, {4, 0, 4.0}});
    for (const auto& params : {with_k(2), automatic()}) {
        const auto p = blocs_of(view, params);
        // Apart: the net +1 and B's two mediator ties across, (1 - 0.5) * (1 + 1.6 + 1.6);
        // together the war would cost 0.5 * 10.
        BOOST_TEST(p.criterion == 2.1, tt::tolerance(1e-12));
        BOOST_REQUIRE(p.blocs.size() == 2);
        BOOST_TEST(p.blocs[0].members == std::vector<ActorIndex>({0, 2, 3, 4}));
        BOOST_TEST(p.blocs[1].members == std::vector<ActorIndex>({1}));
        BOOST_REQUIRE(p.relations.size() == 1);
        BOOST_TEST(p.relations[0].negative == 10.0); // the war, not the net score
        BOOST_TEST(p.relations[0].positive == 4.2, tt::tolerance(1e-12));
    }
}

// A tie friendly on balance (+10, -2) still brings its hostile acts into its bloc.
BOOST_AUTO_TEST_CASE(hostile_acts_inside_a_bloc_count_whatever_the_net_score)
{
    const SignedView view(2, {{0, 1, 10.0}, {0, 1, -2.0}});
    const auto p = blocs_of(view, with_k(1));
    BOOST_TEST(p.criterion == 1.0); // 0.5 * 2
    BOOST_REQUIRE(p.blocs.size() == 1);
    BOOST_TEST(*p.blocs[0].cohesion == 8.0);
    BOOST_TEST(p.blocs[0].positive_inside == 8.0);
    BOOST_TEST(p.blocs[0].negative_inside == 2.0);
    BOOST_REQUIRE(p.breaking.size() == 1);
    BOOST_TEST(p.breaking[0].tie.score == 8.0);
    BOOST_TEST(p.breaking[0].hostile == 2.0);
    BOOST_TEST(p.breaking[0].bloc_a == p.breaking[0].bloc_b);
}

BOOST_AUTO_TEST_CASE(alpha_weighs_the_two_kinds_of_error)
{
    const SignedView view(4, {{0, 1, 4.0}, {2, 3, 2.0}, {0, 2, -3.0}, {1, 3, -1.0}, {0, 3, 1.0}});
    analysis::BlocParams params = with_k(1);
    params.alpha = 0.8;
    BOOST_TEST(blocs_of(view, params).criterion == 0.8 * 4.0, tt::tolerance(1e-15));
    params.k = 2;
    BOOST_TEST(blocs_of(view, params).criterion == 0.2 * 1.0, tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(more_blocs_than_actors_gives_one_actor_each)
{
    const SignedView view(4, {{0, 1, 4.0}, {2, 3, 2.0}, {0, 2, -3.0}, {1, 3, -1.0}, {0, 3, 1.0}});
    const auto p = blocs_of(view, with_k(10));
    BOOST_TEST(p.blocs.size() == 4U);
    BOOST_TEST(p.criterion == 3.5); // every positive tie is between blocs: 0.5 * 7
    BOOST_TEST(!p.blocs[0].cohesion);
}

BOOST_AUTO_TEST_CASE(friends_only_make_one_bloc_under_auto)
{
    const SignedView view(4, {{0, 1, 4.0}, {1, 2, 2.0}, {2, 3, 1.0}});
    const auto p = blocs_of(view, automatic());
    BOOST_TEST(p.blocs.size() == 1U);
    BOOST_TEST(p.criterion == 0.0);
    BOOST_TEST(p.candidates.size() == 4U); // k = 1..4: no more than the actors
}

BOOST_AUTO_TEST_CASE(recovers_two_planted_camps_with_noise)
{
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const SignedView view(24, planted(2, 12, 0.1, seed));
        BOOST_TEST_CONTEXT("seed " << seed)
        {
            BOOST_TEST(recovers_camps(blocs_of(view, with_k(2)), 2));
            BOOST_TEST(recovers_camps(blocs_of(view, automatic()), 2));
        }
    }
}

BOOST_AUTO_TEST_CASE(recovers_three_planted_camps_with_noise)
{
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const SignedView view(30, planted(3, 10, 0.1, 100 + seed));
        BOOST_TEST_CONTEXT("seed " << seed)
        {
            BOOST_TEST(recovers_camps(blocs_of(view, with_k(3)), 3));
            BOOST_TEST(recovers_camps(blocs_of(view, automatic()), 3));
        }
    }
}

// With small camps the noise sometimes makes another partition better than
// the planted one; the search must then find one at least as good.
BOOST_AUTO_TEST_CASE(never_worse_than_the_planted_camps)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const auto ties = planted(3, 8, 0.15, 200 + seed);
        double planted_criterion = 0.0;
        for (const auto& [a, b, score] : ties) {
            const bool inside = a % 3 == b % 3;
            if ((score < 0 && inside) || (score > 0 && !inside)) planted_criterion += 0.5 * std::abs(score);
        }
        const SignedView view(24, ties);
        BOOST_TEST_CONTEXT("seed " << seed)
        {
            BOOST_TEST(blocs_of(view, with_k(3)).criterion <= planted_criterion + 1e-9);
        }
    }
}

// The search stops only where no single move (that leaves no bloc empty) and
// no swap of two actors in different blocs lowers the criterion, on dense
// graphs and on sparse ones, where most pairs have no tie.
BOOST_AUTO_TEST_CASE(no_move_or_swap_lowers_the_criterion_found)
{
    struct Case {
        std::size_t actors;
        double density;
        std::size_t k;
    };
    for (const Case c : {Case{40, 0.3, 3}, Case{40, 0.5, 2}, Case{120, 0.05, 4}, Case{90, 0.1, 6}}) {
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            const auto ties = testing::random_ties(c.actors, c.density, 50 * c.actors + seed);
            const SignedView view(c.actors, ties);
            const auto found = blocs_of(view, with_k(c.k));
            std::vector<std::size_t> bloc(c.actors), size(found.blocs.size(), 0);
            for (const auto& m : found.membership) {
                bloc[m.actor] = m.bloc;
                ++size[m.bloc];
            }
            const auto criterion = [&](const std::vector<std::size_t>& in) {
                double p = 0.0;
                for (const auto& [a, b, score] : ties)
                    if ((score < 0) == (in[a] == in[b])) p += 0.5 * std::abs(score);
                return p;
            };
            const double best = criterion(bloc);
            BOOST_TEST_CONTEXT(c.actors << " actors, density " << c.density << ", k " << c.k << ", seed " << seed)
            {
                BOOST_TEST(best == found.criterion, tt::tolerance(1e-12));
                std::size_t lower = 0;
                for (ActorIndex u = 0; u < c.actors; ++u) {
                    for (std::size_t b = 0; b < size.size() && size[bloc[u]] > 1; ++b) {
                        std::vector<std::size_t> moved = bloc;
                        moved[u] = b;
                        if (criterion(moved) < best - 1e-9) {
                            ++lower;
                            BOOST_TEST_MESSAGE("move " << u << " to " << b << " gains " << best - criterion(moved));
                        }
                    }
                    for (ActorIndex v = u + 1; v < c.actors; ++v) {
                        if (bloc[u] == bloc[v]) continue;
                        std::vector<std::size_t> swapped = bloc;
                        std::swap(swapped[u], swapped[v]);
                        if (criterion(swapped) < best - 1e-9) {
                            ++lower;
                            BOOST_TEST_MESSAGE("swap " << u << " " << v << " gains " << best - criterion(swapped));
                        }
                    }
                }
                BOOST_TEST(lower == 0U);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(numbering_is_canonical_and_runs_repeat)
{
    const SignedView view(60, testing::random_ties(60, 0.3, 7));
    analysis::BlocParams params = with_k(4);
    params.seed = 12345;
    const auto first = blocs_of(view, params);
    const auto second = blocs_of(view, params);
    BOOST_TEST(first.criterion == second.criterion);
    BOOST_REQUIRE(first.membership.size() == second.membership.size());
    for (std::size_t i = 0; i < first.membership.size(); ++i)
        BOOST_TEST(first.membership[i].bloc == second.membership[i].bloc);
    // Bloc b's first member comes after bloc b-1's.
    for (std::size_t b = 1; b < first.blocs.size(); ++b)
        BOOST_TEST(first.blocs[b].members.front() > first.blocs[b - 1].members.front());
    BOOST_TEST(first.blocs[0].members.front() == 0U);
}

BOOST_AUTO_TEST_CASE(a_fixed_k_agrees_with_the_same_k_under_auto)
{
    const SignedView view(30, testing::random_ties(30, 0.4, 3));
    const auto automatic_result = blocs_of(view, automatic());
    const auto fixed = blocs_of(view, with_k(automatic_result.blocs.size()));
    BOOST_TEST(fixed.criterion == automatic_result.criterion);
}

BOOST_AUTO_TEST_SUITE_END()
