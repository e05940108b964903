#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "analysis/actor_metrics.hpp"
#include "dataset_builder.hpp"

using namespace entente;
using entente::test::actor;
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

const analysis::ActorMetric& of(const analysis::ActorMetrics& m, const model::Dataset& data, const char* id)
{
    return *m.find(actor(data, id));
}

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

} // namespace

BOOST_AUTO_TEST_SUITE(signed_metrics)

BOOST_AUTO_TEST_CASE(pn_index_ranks_the_common_enemy_lowest)
{
    const auto g = whole(pariah);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(of(m, pariah, "A").pn_index == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "B").pn_index == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "C").pn_index == -1.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(pn_index_of_a_path_solves_the_system)
{
    const auto g = whole(path);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(of(m, path, "A").pn_index == 14.0 / 11.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, path, "B").pn_index == 12.0 / 11.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, path, "C").pn_index == 5.0 / 11.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(signed_eigenvector_of_the_pariah_triangle)
{
    const auto g = whole(pariah);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(m.signed_eigenvalues().dominant);
    BOOST_TEST(m.signed_eigenvalues().leading == 1.0 + std::sqrt(3.0), tt::tolerance(1e-12));
    BOOST_TEST(m.signed_eigenvalues().runner_up == -2.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "A").signed_eigenvector == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "B").signed_eigenvector == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "C").signed_eigenvector == 1.0 - std::sqrt(3.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_path_has_no_dominant_eigenvalue)
{
    const auto g = whole(path);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(!m.signed_eigenvalues().dominant);
    BOOST_TEST(m.signed_eigenvalues().leading == std::sqrt(5.0), tt::tolerance(1e-12));
    BOOST_TEST(m.signed_eigenvalues().runner_up == -std::sqrt(5.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_directed_view_sums_both_directions)
{
    // C's two hostile acts run C -> A and C -> B: summed, the same ties as undirected.
    const auto directed = whole(pariah, true);
    analysis::ActorMetrics m(directed);
    m.run();
    BOOST_TEST(of(m, pariah, "C").pn_index == -1.0, tt::tolerance(1e-12));
    BOOST_TEST(of(m, pariah, "C").signed_eigenvector == 1.0 - std::sqrt(3.0), tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(two_enemies_score_one_half)
{
    // n = 2: A/(2n - 2) = [[0, -1], [-1, 0]] has the eigenvalue 1 and the system is singular;
    // (I - tA/2)^-1 1 = 1/(1 + t) for t < 1, whose limit is 1/2.
    const model::Dataset enemies = make_dataset({"A", "B"}, {{"2010-01-01", "A", "B", -3.0}});
    const auto g = whole(enemies);
    analysis::ActorMetrics m(g);
    m.run();
    BOOST_TEST(of(m, enemies, "A").pn_index == 0.5);
    BOOST_TEST(of(m, enemies, "B").pn_index == 0.5);
}

BOOST_AUTO_TEST_SUITE_END()
