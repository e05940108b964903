#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <random>

#include "analysis/actor_metrics.hpp"
#include "analysis/graph_metrics.hpp"
#include "core/errors.hpp"
#include "dataset_builder.hpp"

using namespace entente;
using entente::test::actor;
using entente::test::date_of;
using entente::test::make_dataset;
namespace tt = boost::test_tools;

namespace {

views::RelationGraph whole(const model::Dataset& data, bool directed = false)
{
    views::ViewSpec spec;
    spec.window = data.span;
    spec.directed = directed;
    return test::view_of(data, spec);
}

// A -(+2)- B -(+4)- C -(-3)- D -(+1)- E. The positive subgraph has two
// components, {A, B, C} (lengths 1/2 and 1/4) and {D, E} (length 1).
const model::Dataset chain = make_dataset({"A", "B", "C", "D", "E"}, {{"2010-01-01", "A", "B", 2.0},
                                                                      {"2010-01-01", "B", "C", 4.0},
                                                                      {"2010-01-01", "C", "D", -3.0},
                                                                      {"2010-01-01", "D", "E", 1.0}});

const analysis::ActorMetric& of(const analysis::ActorMetrics& m, const model::Dataset& data, const char* id)
{
    return *m.find(actor(data, id));
}

} // namespace

BOOST_AUTO_TEST_SUITE(metrics)

BOOST_AUTO_TEST_CASE(degrees_and_strengths_count_every_edge_by_sign)
{
    const auto g = whole(chain);
    analysis::ActorMetrics m(g);
    m.run();
    const auto& c = of(m, chain, "C");
    BOOST_TEST(c.degree == 2);
    BOOST_TEST(c.degree_pos == 1);
    BOOST_TEST(c.degree_neg == 1);
    BOOST_TEST(c.strength == 7.0);
    BOOST_TEST(c.net_strength == 1.0);
    BOOST_TEST(of(m, chain, "D").net_strength == -2.0);
    BOOST_TEST(of(m, chain, "B").strength == 6.0);
    BOOST_TEST(of(m, chain, "A").degree == 1);
}

BOOST_AUTO_TEST_CASE(betweenness_and_closeness_follow_friendships_at_length_one_over_score)
{
    const auto g = whole(chain);
    analysis::ActorMetrics m(g);
    m.run();
    // Only B sits between two friends (A and C); C-D is hostile, so D is no bridge.
    BOOST_TEST(of(m, chain, "B").betweenness == 1.0);
    for (const char* id : {"A", "C", "D", "E"})
        BOOST_TEST(of(m, chain, id).betweenness == 0.0);
    // Harmonic: A reaches B at 1/2 and C at 3/4; B reaches both at 1/2 and 1/4; D and E only each other.
    BOOST_TEST(of(m, chain, "A").closeness == 2.0 + 4.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "B").closeness == 6.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "C").closeness == 4.0 + 4.0 / 3.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "D").closeness == 1.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(pagerank_solves_the_walk_equations)
{
    const auto g = whole(chain);
    analysis::ActorMetrics m(g);
    m.run();
    // With base 0.15/5: D = E = 0.03 + 0.85 D gives 0.2; A = 0.03 + 0.85 B/3, C = 0.03 + 0.85 (2B/3),
    // B = 0.03 + 0.85 (A + C) gives B = 54/185, A = 417/3700, C = 723/3700.
    BOOST_TEST(of(m, chain, "A").pagerank == 417.0 / 3700, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "B").pagerank == 54.0 / 185, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "C").pagerank == 723.0 / 3700, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "D").pagerank == 0.2, tt::tolerance(1e-12));
    BOOST_TEST(m.pagerank_convergence().converged);
}

BOOST_AUTO_TEST_CASE(pagerank_spreads_a_dangling_actor_uniformly)
{
    // X and Y are friends; Z's only tie (to X) is hostile, so Z is dangling in the positive subgraph:
    // Z = 0.05 + 0.85 Z/3 gives 3/43; X = Y = 20/43 by symmetry.
    const auto data = make_dataset({"X", "Y", "Z"}, {{"2010-01-01", "X", "Y", 1.0}, {"2010-01-01", "Z", "X", -1.0}});
    const auto g = whole(data);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(of(m, data, "Z").pagerank == 3.0 / 43, tt::tolerance(1e-12));
    BOOST_TEST(of(m, data, "X").pagerank == 20.0 / 43, tt::tolerance(1e-12));
    BOOST_TEST(of(m, data, "X").eigenvector == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, data, "Z").eigenvector == 0.0);
    BOOST_TEST(of(m, data, "Z").closeness == 0.0);
}

BOOST_AUTO_TEST_CASE(eigenvector_is_the_leading_eigenvector_scaled_to_one)
{
    const auto g = whole(chain);
    analysis::ActorMetrics m(g);
    m.run();
    // [[0,2,0],[2,0,4],[0,4,0]] has λ = √20 with vector (2, √20, 4)/√20; {D, E} (λ = 1) fades to 0.
    BOOST_TEST(of(m, chain, "B").eigenvector == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, chain, "A").eigenvector == 1.0 / std::sqrt(5.0), tt::tolerance(1e-9));
    BOOST_TEST(of(m, chain, "C").eigenvector == 2.0 / std::sqrt(5.0), tt::tolerance(1e-9));
    BOOST_TEST(of(m, chain, "D").eigenvector == 0.0);
    BOOST_TEST(of(m, chain, "E").eigenvector == 0.0);
    BOOST_TEST(m.eigenvector_convergence().converged);
}

BOOST_AUTO_TEST_CASE(without_friendships_every_centrality_is_zero_and_pagerank_uniform)
{
    const auto data = make_dataset({"X", "Y"}, {{"2010-01-01", "X", "Y", -6.0}});
    const auto g = whole(data);
    analysis::ActorMetrics m(g);
    m.run();
    for (const auto& v : m.values()) {
        BOOST_TEST(v.eigenvector == 0.0);
        BOOST_TEST(v.betweenness == 0.0);
        BOOST_TEST(v.closeness == 0.0);
        BOOST_TEST(v.pagerank == 0.5, tt::tolerance(1e-12));
        BOOST_TEST(v.degree_neg == 1);
    }
}

BOOST_AUTO_TEST_CASE(a_directed_chain_counts_paths_one_way)
{
    // A -> B -> C. C is dangling: A = 400/2169, B = 740/2169, C = 1029/2169 solve
    // A = 0.05 + kC, B = 0.05 + 0.85 A + kC, C = 0.05 + 0.85 B + kC with k = 0.85/3.
    const auto data = make_dataset({"A", "B", "C"}, {{"2010-01-01", "A", "B", 1.0}, {"2010-01-01", "B", "C", 1.0}});
    const auto g = whole(data, true);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(of(m, data, "B").betweenness == 1.0);
    BOOST_TEST(of(m, data, "B").degree == 2);
    BOOST_TEST(of(m, data, "A").closeness == 0.0);                       // nobody reaches A
    BOOST_TEST(of(m, data, "C").closeness == 1.5, tt::tolerance(1e-12)); // from B at 1, from A at 2
    BOOST_TEST(of(m, data, "A").pagerank == 400.0 / 2169, tt::tolerance(1e-12));
    BOOST_TEST(of(m, data, "B").pagerank == 740.0 / 2169, tt::tolerance(1e-12));
    BOOST_TEST(of(m, data, "C").pagerank == 1029.0 / 2169, tt::tolerance(1e-12));
    // A chain has no leading eigenvector to converge to: the iteration says so.
    BOOST_TEST(!m.eigenvector_convergence().converged);
}

BOOST_AUTO_TEST_CASE(an_empty_view_has_no_metrics)
{
    views::ViewSpec spec;
    spec.window = {0, 10};
    const views::RelationGraph g = test::view_of(chain, spec);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(m.values().empty());
    analysis::GraphMetrics gm(g);
    gm.run();
    BOOST_TEST(gm.result().actors == 0U);
    BOOST_TEST(gm.result().edges == 0U);
    BOOST_TEST(gm.result().density == 0.0);
    BOOST_TEST(!gm.result().positive_share);
    BOOST_TEST(gm.result().components == 0U);
    BOOST_TEST(gm.result().largest_component == 0U);
}

BOOST_AUTO_TEST_CASE(graph_metrics_count_edges_density_and_components)
{
    const auto g = whole(chain);
    analysis::GraphMetrics m(g);
    m.run();
    const analysis::GraphMetric& r = m.result();
    BOOST_TEST(r.actors == 5U);
    BOOST_TEST(r.edges == 4U);
    BOOST_TEST(r.positive_edges == 3U);
    BOOST_TEST(r.negative_edges == 1U);
    BOOST_TEST(r.density == 0.4);
    BOOST_TEST(*r.positive_share == 0.75);
    BOOST_TEST(r.components == 1U); // the hostile C-D edge still connects
    BOOST_TEST(r.largest_component == 5U);

    const auto split = make_dataset({"A", "B", "C", "D", "E"}, {{"2010-01-01", "A", "B", 2.0},
                                                                {"2010-01-01", "C", "D", -1.0},
                                                                {"2010-01-01", "D", "E", 1.0},
                                                                {"2010-01-02", "E", "D", -1.0}});
    const auto h = whole(split);
    analysis::GraphMetrics n(h);
    n.run();
    BOOST_TEST(n.result().components == 3U); // {A, B}, {C, D}, and E whose dyad with D sums to 0
    BOOST_TEST(n.result().largest_component == 2U);
    BOOST_TEST(n.result().edges == 2U);
    BOOST_TEST(n.result().density == 0.2);
}

BOOST_AUTO_TEST_CASE(actors_rank_by_a_metric_then_by_id)
{
    const auto g = whole(chain);
    analysis::ActorMetrics m(g);
    m.run();
    const auto top = analysis::rank_actors(m.values(), "degree", 3, chain.actors);
    BOOST_TEST_REQUIRE(top.size() == 3U);
    BOOST_TEST(chain.actors.id(top[0].actor) == "B"); // B, C, D have degree 2
    BOOST_TEST(chain.actors.id(top[1].actor) == "C");
    BOOST_TEST(chain.actors.id(top[2].actor) == "D");
    BOOST_TEST(chain.actors.id(analysis::rank_actors(m.values(), "actor", 0, chain.actors).back().actor) == "E");
    BOOST_CHECK_EXCEPTION(
        analysis::rank_actors(m.values(), "fame", 0, chain.actors), UsageError, [](const UsageError& e) {
            return std::string(e.what()) == "unknown metric 'fame' to sort by (expected actor, degree, degree_pos, "
                                            "degree_neg, strength, net_strength, betweenness, closeness, pagerank, "
                                            "eigenvector, pn_index, signed_eigenvector)";
        });
}

BOOST_AUTO_TEST_CASE(betweenness_stays_within_its_bound_on_decayed_views_that_forget_nothing)
{
    // Random event histories from 1822 to 2008 seen on 2008-03-10 with a one-year half-life and no
    // forgetting (epsilon 0): decayed scores run from about 1e-56 to tens, as in graphs/ecuador.
    std::mt19937 random(1822);
    const std::vector<std::string> ids{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"};
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<test::EventSpec> events;
        for (int e = 0; e < 60; ++e) {
            const std::string& a = ids[random() % ids.size()];
            const std::string& b = ids[random() % ids.size()];
            if (a == b) continue;
            const int year = 1822 + static_cast<int>(random() % 187);
            const double weight =
                static_cast<double>(static_cast<int>(random() % 18) - 7); // mostly friendly, within [-10, 10]
            events.emplace_back(std::to_string(year), a, b, weight);
        }
        const auto data = make_dataset(ids, events);
        views::ViewSpec spec;
        spec.kind = views::ViewKind::instant;
        spec.at = date_of("2008-03-10").interval.start;
        spec.half_life = 365.2425;
        spec.window = {data.span.start, spec.at + 1};
        const views::RelationGraph g = test::view_of(data, spec, 0);
        analysis::ActorMetrics m(g);
        m.run();
        const double n = static_cast<double>(g.actors().size());
        for (const auto& v : m.values())
            BOOST_TEST(v.betweenness <= (n - 1) * (n - 2) / 2 * (1 + 1e-12));
    }
}

BOOST_AUTO_TEST_SUITE_END()

namespace {

// A and B are friends (+2), both hostile to C (-1 each).
//
// PN, n = 3, 2n - 2 = 4, A = P - 2N has A_AB = 1, A_AC = A_BC = -2:
//   (I - A/4) x = 1:   x_A - x_B/4 + x_C/2 = 1,  -x_A/4 + x_B - ... (the same for B),  x_A/2 + x_B/2 + x_C = 1.
//   By symmetry x_A = x_B = a: 3a/4 + x_C/2 = 1 and a + x_C = 1, so a/4 = 1/2: a = 2, x_C = -1.
// Signed eigenvector of W = [[0, 2, -1], [2, 0, -1], [-1, -1, 0]]:
//   (1, -1, 0) gives -2. (1, 1, c) gives 2 - c with (2 - c)c = -2, c = 1 -+ sqrt(3): eigenvalues
//   1 + sqrt(3) (c = 1 - sqrt(3)) and 1 - sqrt(3). Leading 1 + sqrt(3) ~ 2.732 dominates |-2|;
//   its vector scaled to a largest component of 1: (1, 1, 1 - sqrt(3)).
const model::Dataset pariah = make_dataset(
    {"A", "B", "C"}, {{"2010-01-01", "A", "B", 2.0}, {"2010-01-01", "A", "C", -1.0}, {"2010-01-01", "C", "B", -1.0}});

// A -(+2)- B -(-1)- C, a path.
// PN, n = 3: x_A - x_B/4 = 1, -x_A/4 + x_B + x_C/2 = 1, x_B/2 + x_C = 1.
//   x_A = 1 + x_B/4, x_C = 1 - x_B/2, so -1/4 - x_B/16 + x_B + 1/2 - x_B/4 = 1: (11/16) x_B = 3/4,
//   x_B = 12/11, x_A = 14/11, x_C = 5/11.
// Signed eigenvalues: -l^3 + l(4 + 1) = 0, so 0 and +-sqrt(5): the leading one does not dominate.
const model::Dataset path =
    make_dataset({"A", "B", "C"}, {{"2010-01-01", "A", "B", 2.0}, {"2010-01-01", "B", "C", -1.0}});

/// A view of a dataset and its actor metrics, computed.
struct Measured {
    explicit Measured(const model::Dataset& data, bool directed = false) : graph(whole(data, directed)), metrics(graph)
    {
        metrics.run();
    }
    views::RelationGraph graph;
    analysis::ActorMetrics metrics;
};

} // namespace

BOOST_AUTO_TEST_SUITE(signed_metrics)

BOOST_AUTO_TEST_CASE(pn_index_ranks_the_common_enemy_lowest)
{
    const Measured run(pariah);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(of(m, pariah, "A").pn_index == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "B").pn_index == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "C").pn_index == -1.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(pn_index_of_a_path_solves_the_system)
{
    const Measured run(path);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(of(m, path, "A").pn_index == 14.0 / 11.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, path, "B").pn_index == 12.0 / 11.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, path, "C").pn_index == 5.0 / 11.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(signed_eigenvector_of_the_pariah_triangle)
{
    const Measured run(pariah);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(m.signed_eigenvalues().dominant);
    BOOST_TEST(m.signed_eigenvalues().leading == 1.0 + std::sqrt(3.0), tt::tolerance(1e-12));
    BOOST_TEST(m.signed_eigenvalues().runner_up == -2.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "A").signed_eigenvector == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "B").signed_eigenvector == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "C").signed_eigenvector == 1.0 - std::sqrt(3.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_path_has_no_dominant_eigenvalue)
{
    const Measured run(path);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(!m.signed_eigenvalues().dominant);
    BOOST_TEST(m.signed_eigenvalues().leading == std::sqrt(5.0), tt::tolerance(1e-12));
    BOOST_TEST(m.signed_eigenvalues().runner_up == -std::sqrt(5.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(two_alike_friendships_repeat_the_leading_eigenvalue)
{
    // A -(+1)- B and C -(+1)- D apart: W has 1 and -1 twice each. The largest
    // in size, 1, repeats, so no vector is the leading one (bisection counts both).
    const model::Dataset pairs =
        make_dataset({"A", "B", "C", "D"}, {{"2010-01-01", "A", "B", 1.0}, {"2010-01-01", "C", "D", 1.0}});
    const Measured run(pairs);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(!m.signed_eigenvalues().dominant);
    BOOST_TEST(m.signed_eigenvalues().leading == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(m.signed_eigenvalues().runner_up == 1.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_directed_view_sums_both_directions)
{
    // C's two hostile acts run C -> A and C -> B: summed, the same ties as undirected.
    const Measured run(pariah, true);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(of(m, pariah, "C").pn_index == -1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "C").signed_eigenvector == 1.0 - std::sqrt(3.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(two_enemies_score_one_half)
{
    // n = 2: A/(2n - 2) = [[0, -1], [-1, 0]] has the eigenvalue 1 and the system is singular;
    // (I - tA/2)^-1 1 = 1/(1 + t) for t < 1, whose limit is 1/2.
    const model::Dataset enemies = make_dataset({"A", "B"}, {{"2010-01-01", "A", "B", -3.0}});
    const Measured run(enemies);
    const analysis::ActorMetrics& m = run.metrics;
    BOOST_TEST(of(m, enemies, "A").pn_index == 0.5);
    BOOST_TEST(of(m, enemies, "B").pn_index == 0.5);
}

BOOST_AUTO_TEST_SUITE_END()
