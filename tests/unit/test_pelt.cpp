#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "analysis/pelt.hpp"

using namespace entente::analysis;
namespace tt = boost::test_tools;

namespace {

/// xorshift64*: the same numbers on every platform, unlike std:: distributions.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    double uniform() // [0, 1)
    {
        m_state ^= m_state >> 12U;
        m_state ^= m_state << 25U;
        m_state ^= m_state >> 27U;
        return static_cast<double>((m_state * 2685821657736338717ULL) >> 11U) * 0x1.0p-53;
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(uniform() * static_cast<double>(n)); }

private:
    std::uint64_t m_state;
};

struct Segmentation {
    std::vector<std::size_t> change_points;
    double cost = std::numeric_limits<double>::infinity();
};

double penalised_cost(const std::vector<double>& x, const std::vector<std::size_t>& change_points, double penalty)
{
    const SegmentCost cost(x);
    double total = penalty * static_cast<double>(change_points.size());
    std::size_t from = 0;
    for (const std::size_t to : change_points) {
        total += cost(from, to);
        from = to;
    }
    return total + cost(from, x.size());
}

/// Every subset of the n-1 possible change points: the optimum by exhaustion.
Segmentation brute_force(const std::vector<double>& x, double penalty)
{
    Segmentation best;
    const std::size_t n = x.size();
    for (std::uint32_t mask = 0; mask < (1U << (n - 1)); ++mask) {
        std::vector<std::size_t> points;
        for (std::size_t k = 1; k < n; ++k)
            if (mask & (1U << (k - 1))) points.push_back(k);
        const double cost = penalised_cost(x, points, penalty);
        if (cost < best.cost) best = {points, cost};
    }
    return best;
}

} // namespace

BOOST_AUTO_TEST_SUITE(pelt)

BOOST_AUTO_TEST_CASE(segment_cost_is_the_squared_deviation_from_the_mean)
{
    const std::vector<double> x{1, 2, 3, 10, 10};
    const SegmentCost cost(x);
    BOOST_TEST(cost(0, 3) == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(cost.mean(0, 3) == 2.0);
    BOOST_TEST(std::abs(cost(3, 5)) < 1e-12);
    BOOST_TEST(cost(0, 5) == 78.8, tt::tolerance(1e-12)); // mean 5.2: 17.64 + 10.24 + 4.84 + 23.04 + 23.04
}

BOOST_AUTO_TEST_CASE(matches_brute_force_on_random_short_series)
{
    Random random(20120301);
    for (int trial = 0; trial < 600; ++trial) {
        const std::size_t n = 1 + random.below(12);
        std::vector<double> x(n);
        // Piecewise levels plus noise, so that some series have changes and some do not.
        double level = 0;
        for (double& v : x) {
            if (random.uniform() < 0.25) level = 10 * random.uniform() - 5;
            v = level + random.uniform() - 0.5;
        }
        const double penalty = 8 * random.uniform();
        Pelt pelt(x, penalty);
        pelt.run();
        const Segmentation expected = brute_force(x, penalty);
        BOOST_TEST_CONTEXT("trial " << trial << ", n " << n << ", penalty " << penalty)
        {
            BOOST_TEST(pelt.change_points() == expected.change_points, tt::per_element());
            BOOST_TEST(pelt.cost() == expected.cost, tt::tolerance(1e-9));
            BOOST_TEST(penalised_cost(x, pelt.change_points(), penalty) == pelt.cost(), tt::tolerance(1e-9));
        }
    }
}

BOOST_AUTO_TEST_CASE(stays_optimal_on_sparse_series_with_runs_of_zeros)
{
    // Trying only the starts of runs must not lose the optimum: equal values tie,
    // so compare the cost, and check that PELT's change points achieve it.
    Random random(42);
    for (int trial = 0; trial < 300; ++trial) {
        const std::size_t n = 2 + random.below(11);
        std::vector<double> x(n, 0.0);
        for (double& v : x)
            if (random.uniform() < 0.3) v = random.uniform() < 0.5 ? -4.0 : 2.5 + random.uniform();
        const double penalty = 0.5 + 6 * random.uniform();
        Pelt pelt(x, penalty);
        pelt.run();
        BOOST_TEST_CONTEXT("trial " << trial)
        {
            BOOST_TEST(pelt.cost() == brute_force(x, penalty).cost, tt::tolerance(1e-9));
            BOOST_TEST(penalised_cost(x, pelt.change_points(), penalty) == pelt.cost(), tt::tolerance(1e-9));
        }
    }
}

BOOST_AUTO_TEST_CASE(finds_a_clear_step_and_nothing_in_a_constant_series)
{
    std::vector<double> x(40, 1.0);
    Pelt flat(x, 3.0);
    flat.run();
    BOOST_TEST(flat.change_points().empty());
    BOOST_TEST(flat.cost() == 0.0);
    for (std::size_t k = 25; k < x.size(); ++k)
        x[k] = -2.0;
    Pelt step(x, 3.0);
    step.run();
    BOOST_TEST(step.change_points() == std::vector<std::size_t>{25}, tt::per_element());
    BOOST_TEST(step.cost() == 3.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(an_empty_series_has_no_change_points)
{
    Pelt pelt(std::vector<double>{}, 1.0);
    pelt.run();
    BOOST_TEST(pelt.change_points().empty());
    BOOST_TEST(pelt.cost() == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
