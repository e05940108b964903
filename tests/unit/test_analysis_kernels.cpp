#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>
#include <random>
#include <vector>

#include "analysis/betweenness.hpp"
#include "analysis/eigenvector_centrality.hpp"
#include "analysis/harmonic_closeness.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/signed_subgraph.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace {

// The kernels take any Boost graph: here a plain one with an edge_weight property.
using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;

/// A star: centre 0 with leaves 1, 2, 3 (weight 1), and a hostile edge 3-4 (weight -2).
Plain star()
{
    Plain g(5);
    for (int leaf : {1, 2, 3})
        boost::add_edge(0, leaf, 1.0, g);
    boost::add_edge(3, 4, -2.0, g);
    return g;
}

template <class Kernel> std::vector<double> run(const Plain& g, Kernel kernel)
{
    std::vector<double> out(boost::num_vertices(g));
    kernel(boost::make_iterator_property_map(out.begin(), get(boost::vertex_index, g)));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(kernels)

BOOST_AUTO_TEST_CASE(the_positive_subgraph_drops_hostile_edges_without_copying)
{
    const Plain g = star();
    const auto positive = analysis::positive_subgraph(g, get(boost::edge_weight, g));
    std::size_t edges = 0;
    for (auto [e, e_end] = boost::edges(positive); e != e_end; ++e)
        ++edges;
    BOOST_TEST(edges == 3U);
    BOOST_TEST(boost::num_vertices(positive) == 5U);
}

BOOST_AUTO_TEST_CASE(kernels_on_a_star)
{
    const Plain g = star();
    const auto weight = get(boost::edge_weight, g);
    const auto positive = analysis::positive_subgraph(g, weight);
    const auto distance = boost::make_transform_value_property_map<double>([](double w) { return 1 / w; }, weight);

    // The centre lies between the 3 pairs of leaves; 4 is cut off.
    const auto b = run(g, [&](auto map) { analysis::weighted_betweenness(positive, distance, map); });
    BOOST_TEST(b == (std::vector<double>{3, 0, 0, 0, 0}), tt::per_element());

    // Leaves reach the centre at 1 and two leaves at 2: 1 + 1/2 + 1/2.
    const auto c = run(g, [&](auto map) { analysis::harmonic_closeness(positive, distance, map); });
    BOOST_TEST(c == (std::vector<double>{3, 2, 2, 2, 0}), tt::per_element());

    // With 4 dangling (n = 5, base 0.03): L = 0.03 + 0.85 c/3 + 0.17 d, c = 0.03 + 2.55 L + 0.17 d,
    // d = 0.03 + 0.17 d, so d = 0.03/0.83 and c = (0.03 + 0.17 d)(3.55)/(1 - 0.7225) ... solved exactly below.
    const double d = 0.03 / 0.83;
    const double base = 0.03 + 0.17 * d;
    const double centre = base * (1 + 2.55) / (1 - 0.7225);
    const double leaf = base + 0.85 * centre / 3;
    analysis::Convergence convergence;
    const auto p = run(g, [&](auto map) { convergence = analysis::pagerank(positive, weight, map, 0.85); });
    BOOST_TEST(convergence.converged);
    const std::vector<double> expected_rank{centre, leaf, leaf, leaf, d};
    for (std::size_t v = 0; v < p.size(); ++v)
        BOOST_TEST(p[v] == expected_rank[v], tt::tolerance(1e-12));
    BOOST_TEST(centre + 3 * leaf + d == 1.0, tt::tolerance(1e-12));

    // A star's leading eigenvector is (√3, 1, 1, 1) up to scale.
    const auto e = run(g, [&](auto map) { analysis::eigenvector_centrality(positive, weight, map); });
    const double l = 1 / std::sqrt(3.0);
    const std::vector<double> expected_vector{1, l, l, l, 0};
    for (std::size_t v = 0; v < e.size(); ++v)
        BOOST_TEST(e[v] == expected_vector[v], tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(pagerank_of_an_empty_graph_is_empty)
{
    const Plain g;
    std::vector<double> out;
    const auto convergence =
        analysis::pagerank(g, get(boost::edge_weight, g),
                           boost::make_iterator_property_map(out.begin(), get(boost::vertex_index, g)), 0.85);
    BOOST_TEST(convergence.converged);
}

BOOST_AUTO_TEST_CASE(betweenness_agrees_with_boost_brandes_on_graphs_with_many_ties)
{
    // Small integer lengths make many equally short paths; both directions, sparse to dense.
    using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                           boost::property<boost::edge_weight_t, double>>;
    std::mt19937 random(7);
    const auto check = [&](auto g) {
        std::vector<double> ours(boost::num_vertices(g)), theirs(boost::num_vertices(g));
        const auto index = get(boost::vertex_index, g);
        analysis::weighted_betweenness(g, get(boost::edge_weight, g),
                                       boost::make_iterator_property_map(ours.begin(), index));
        boost::brandes_betweenness_centrality(
            g, boost::centrality_map(boost::make_iterator_property_map(theirs.begin(), index))
                   .weight_map(get(boost::edge_weight, g))
                   .vertex_index_map(index));
        BOOST_TEST(ours == theirs, tt::tolerance(1e-9) << tt::per_element());
    };
    for (int trial = 0; trial < 40; ++trial) {
        const std::size_t n = 2 + random() % 30;
        const double density = 0.05 + 0.9 * (trial % 10) / 10.0;
        Plain undirected(n);
        Directed directed(n);
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 0; v < n; ++v)
                if (u != v && std::uniform_real_distribution<>(0, 1)(random) < density) {
                    const double length = 1 + random() % 3;
                    if (u < v) boost::add_edge(u, v, length, undirected);
                    boost::add_edge(u, v, length, directed);
                }
        check(undirected);
        check(directed);
    }
}

BOOST_AUTO_TEST_SUITE_END()
