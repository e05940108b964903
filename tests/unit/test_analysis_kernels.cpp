#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "analysis/arcs_into.hpp"
#include "analysis/eigenvector_centrality.hpp"
#include "analysis/graph_concepts.hpp"
#include "analysis/live_arcs.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/path_centralities.hpp"
#include "analysis/signed_subgraph.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace {

/// A property map that drops what is put into it (the centrality a check does not look at).
inline auto discard()
{
    return boost::dummy_property_map();
}

// The kernels take any Boost graph: here a plain one with an edge_weight property.
using Plain = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;
using Directed = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                       boost::property<boost::edge_weight_t, double>>;

// What the kernels require (analysis/graph_concepts.hpp), checked where the graphs are declared.
static_assert(analysis::IndexedEdgeListGraph<Plain> && analysis::IndexedEdgeListGraph<Directed>);
static_assert(analysis::EdgeNumbers<boost::property_map<Plain, boost::edge_weight_t>::const_type, Plain>);
static_assert(analysis::VertexResults<boost::dummy_property_map, Plain>);
static_assert(!analysis::VertexResults<std::string, Plain>); // no put(): nowhere to write a result

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
    const auto b = run(g, [&](auto map) { analysis::path_centralities(positive, distance, map, discard()); });
    BOOST_TEST(b == (std::vector<double>{3, 0, 0, 0, 0}), tt::per_element());

    // Leaves reach the centre at 1 and two leaves at 2: 1 + 1/2 + 1/2.
    const auto c = run(g, [&](auto map) { analysis::path_centralities(positive, distance, discard(), map); });
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
    std::mt19937 random(7);
    const auto check = [&](auto g) {
        std::vector<double> ours(boost::num_vertices(g)), theirs(boost::num_vertices(g));
        const auto index = get(boost::vertex_index, g);
        analysis::path_centralities(g, get(boost::edge_weight, g),
                                    boost::make_iterator_property_map(ours.begin(), index), discard());
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

namespace {

/// A random graph on n vertices with each arc present at `density`, its weight drawn by `weight`.
template <class Graph, class Weight>
Graph random_graph(std::size_t n, double density, std::mt19937& random, Weight weight)
{
    Graph g(n);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t v = 0; v < n; ++v)
            if (u != v && (boost::is_directed(g) || u < v) && std::uniform_real_distribution<>(0, 1)(random) < density)
                boost::add_edge(u, v, weight(), g);
    return g;
}

/// The largest betweenness of `g` with lengths 1 / weight, and its bound: (n-1)(n-2), halved when undirected.
template <class Graph> std::pair<double, double> largest_and_bound(const Graph& g)
{
    const auto weight = get(boost::edge_weight, g);
    const auto distance = boost::make_transform_value_property_map<double>([](double w) { return 1 / w; }, weight);
    std::vector<double> b(boost::num_vertices(g));
    analysis::path_centralities(g, distance, boost::make_iterator_property_map(b.begin(), get(boost::vertex_index, g)),
                                discard());
    const double n = static_cast<double>(boost::num_vertices(g));
    const double bound = (n - 1) * (n - 2) / (boost::is_directed(g) ? 1.0 : 2.0);
    return {*std::max_element(b.begin(), b.end()), bound};
}

} // namespace

BOOST_AUTO_TEST_CASE(betweenness_never_exceeds_the_pairs_it_can_lie_between)
{
    // Decayed scores span from 1e-60 (an 1820s treaty seen in 2008 with a one-year half-life) to 1e3:
    // path lengths 1/weight of 1e60 swallow the short ones in rounding. Weights drawn log-uniformly,
    // and drawn from four values only (many ties, some of them only ties in rounding).
    std::mt19937 random(2008);
    const auto spread = [&] { return std::pow(10.0, std::uniform_real_distribution<>(-60, 3)(random)); };
    const std::vector<double> few{1e-56, 1e-3, 1.0, 1e3};
    const auto tied = [&] { return few[random() % few.size()]; };
    for (int trial = 0; trial < 60; ++trial) {
        const std::size_t n = 3 + random() % 28;
        const double density = 0.1 + 0.8 * (trial % 8) / 8.0;
        for (const auto& [largest, bound] : {largest_and_bound(random_graph<Plain>(n, density, random, spread)),
                                             largest_and_bound(random_graph<Directed>(n, density, random, spread)),
                                             largest_and_bound(random_graph<Plain>(n, density, random, tied)),
                                             largest_and_bound(random_graph<Directed>(n, density, random, tied))})
            BOOST_TEST(largest <= bound * (1 + 1e-12));
    }
}

BOOST_AUTO_TEST_CASE(a_length_swallowed_by_rounding_makes_no_cycle_of_predecessors)
{
    // s -1e60- a, s -1e60- b, a -1- b: in floating point 1e60 + 1 == 1e60, so from s, a and b each
    // look reachable through the other at no cost. Were each taken as the other's predecessor, the
    // paths would count round the cycle and a would lie on more than the one pair (s, b) it can
    // share. Exactly, nobody lies between anyone (1e60 beats 1e60 + 1, and 1 beats 2e60).
    Plain g(3);
    boost::add_edge(0, 1, 1e-60, g);
    boost::add_edge(0, 2, 1e-60, g);
    boost::add_edge(1, 2, 1.0, g);
    const auto weight = get(boost::edge_weight, g);
    const auto distance = boost::make_transform_value_property_map<double>([](double w) { return 1 / w; }, weight);
    const auto b = run(g, [&](auto map) { analysis::path_centralities(g, distance, map, discard()); });
    BOOST_TEST(b[0] == 0.0);
    BOOST_TEST(b[1] <= 1.0); // (n-1)(n-2)/2 for n = 3
    BOOST_TEST(b[2] <= 1.0);
}

BOOST_AUTO_TEST_CASE(the_arcs_a_sweep_shows_slack_are_dropped_and_their_reverses_with_them)
{
    // 0 -1- 1 -1- 2 and 0 -3- 2: from 0, vertex 2 is 2 away, so the arc 0->2 of length 3 lies on no
    // shortest path. Both ways when every arc has its reverse; only 0->2 when 2->0 is missing.
    analysis::ArcLengths both{{0, 2, 4, 6}, {1, 2, 0, 2, 1, 0}, {1, 3, 1, 1, 1, 3}};
    analysis::LiveArcs live(both);
    live.drop_slack_arcs(0, {0, 1, 2});
    const auto heads_of = [](const analysis::LiveArcs& arcs, std::uint32_t v) {
        return std::vector<std::uint32_t>(arcs.heads() + arcs.first(v), arcs.heads() + arcs.end(v));
    };
    BOOST_TEST(heads_of(live, 0) == std::vector<std::uint32_t>{1});
    BOOST_TEST(heads_of(live, 1) == (std::vector<std::uint32_t>{0, 2}));
    BOOST_TEST(heads_of(live, 2) == std::vector<std::uint32_t>{1});

    analysis::ArcLengths one_way{{0, 2, 4, 5}, {1, 2, 0, 2, 1}, {1, 3, 1, 1, 1}};
    analysis::LiveArcs directed(one_way);
    directed.drop_slack_arcs(0, {0, 1, 2});
    BOOST_TEST(heads_of(directed, 0) == std::vector<std::uint32_t>{1});
    BOOST_TEST(heads_of(directed, 2) == std::vector<std::uint32_t>{1});

    // An arc longer than the distance by less than the margin (a billionth of n longest arcs) stays.
    analysis::ArcLengths close{{0, 2, 4, 6}, {1, 2, 0, 2, 1, 0}, {1, 2 + 1e-12, 1, 1, 1, 2 + 1e-12}};
    analysis::LiveArcs kept(close);
    kept.drop_slack_arcs(0, {0, 1, 2});
    BOOST_TEST(heads_of(kept, 0) == (std::vector<std::uint32_t>{1, 2}));
}

BOOST_AUTO_TEST_CASE(dropping_slack_arcs_changes_neither_betweenness_nor_closeness)
{
    // Lengths drawn log-uniformly from 1e-3 to 1e3, as 1/score of yearly event data: few ties, and
    // most arcs longer than the shortest path between their ends. Checked against Boost's Brandes and
    // one Dijkstra per source, which look at every arc.
    std::mt19937 random(16);
    const auto length = [&] { return std::pow(10.0, std::uniform_real_distribution<>(-3, 3)(random)); };
    const auto check = [&](const auto& g) {
        const std::size_t n = boost::num_vertices(g);
        const auto index = get(boost::vertex_index, g);
        const auto lengths = get(boost::edge_weight, g);
        std::vector<double> between(n), close(n), their_between(n), their_close(n, 0.0);
        analysis::path_centralities(g, lengths, boost::make_iterator_property_map(between.begin(), index),
                                    boost::make_iterator_property_map(close.begin(), index));
        boost::brandes_betweenness_centrality(
            g, boost::centrality_map(boost::make_iterator_property_map(their_between.begin(), index))
                   .weight_map(lengths)
                   .vertex_index_map(index));
        for (std::size_t s = 0; s < n; ++s) {
            std::vector<double> d(n);
            boost::dijkstra_shortest_paths(g, s,
                                           boost::distance_map(boost::make_iterator_property_map(d.begin(), index)));
            for (std::size_t v = 0; v < n; ++v)
                if (v != s && d[v] < std::numeric_limits<double>::max()) their_close[v] += 1 / d[v];
        }
        BOOST_TEST(between == their_between, tt::tolerance(1e-9) << tt::per_element());
        BOOST_TEST(close == their_close, tt::tolerance(1e-9) << tt::per_element());
    };
    for (int trial = 0; trial < 30; ++trial) {
        const std::size_t n = 2 + random() % 60;
        const double density = 0.1 + 0.9 * (trial % 6) / 6.0;
        check(random_graph<Plain>(n, density, random, length));
        check(random_graph<Directed>(n, density, random, length));
    }
}

BOOST_AUTO_TEST_CASE(gathering_along_arcs_gives_the_sums_of_scattering_bit_for_bit)
{
    // The power iterations gather into each vertex what a loop over the sources once scattered:
    // the same additions in the same order, so the same bits. Parallel arcs, vertices without
    // arcs, and counts of vertices that are not a multiple of four.
    std::mt19937 random(42);
    for (int trial = 0; trial < 50; ++trial) {
        const std::size_t n = 1 + random() % 23;
        Directed g(n);
        for (std::size_t arcs = random() % (3 * n * n); arcs-- > 0;)
            boost::add_edge(random() % n, random() % n, std::uniform_real_distribution<>(-2, 5)(random), g);
        std::vector<double> x(n), start(n);
        for (std::size_t v = 0; v < n; ++v) {
            x[v] = std::uniform_real_distribution<>(0, 1)(random);
            start[v] = std::uniform_real_distribution<>(0, 1)(random);
        }
        std::vector<double> scattered = start, gathered = start;
        for (auto [v, v_end] = boost::vertices(g); v != v_end; ++v)
            for (auto [e, e_end] = boost::out_edges(*v, g); e != e_end; ++e)
                scattered[boost::target(*e, g)] += x[*v] * get(boost::edge_weight, g, *e);
        analysis::add_along_arcs(analysis::arcs_into(g, get(boost::edge_weight, g)), x, gathered);
        BOOST_TEST(gathered == scattered, tt::per_element()); // exactly, no tolerance
    }
}

BOOST_AUTO_TEST_SUITE_END()
