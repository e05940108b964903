#include "analysis/actor_metrics.hpp"

#include <algorithm>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/property_map/property_map.hpp>
#include <cmath>
#include <fmt/format.h>

#include "analysis/eigenvector_centrality.hpp"
#include "analysis/graph_concepts.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/path_centralities.hpp"
#include "analysis/pn_centrality.hpp"
#include "analysis/signed_subgraph.hpp"
#include "core/errors.hpp"

namespace entente::analysis {
namespace {

/// What the kernels need of a friendship: its score and its length 1/score.
struct Friendship {
    double score = 0.0;
    double distance = 0.0;
};

/// The positive subgraph as a compressed sparse row digraph, each undirected
/// edge stored both ways. Built once per view in O(V + E), it lets the
/// O(V E) kernels scan contiguous arcs instead of filtering every edge of the
/// adjacency list for each source.
using Friendships = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Friendship>;

template <BundledGraph<views::EdgeData> Graph> Friendships friendships(const Graph& g, bool undirected)
{
    std::vector<std::pair<std::size_t, std::size_t>> arcs;
    std::vector<Friendship> properties;
    const auto positive = positive_subgraph(g, get(&views::EdgeData::score, g));
    for (auto [e, e_end] = edges(positive); e != e_end; ++e) {
        const double score = g[*e].score;
        arcs.emplace_back(source(*e, g), target(*e, g));
        properties.push_back({score, 1.0 / score});
        if (undirected) {
            arcs.emplace_back(target(*e, g), source(*e, g));
            properties.push_back({score, 1.0 / score});
        }
    }
    return Friendships(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), properties.begin(),
                       num_vertices(g));
}

/// Runs the centrality kernels on the positive subgraph of `g` (the
/// undirected graph, or the digraph of a directed view).
template <BundledGraph<views::EdgeData> Graph>
void centralities(const Graph& g, bool undirected, std::vector<ActorMetric>& out, Convergence& pagerank_run,
                  Convergence& eigenvector_run)
{
    const Friendships f = friendships(g, undirected);
    const auto score = get(&Friendship::score, f);
    const auto distance = get(&Friendship::distance, f);
    std::vector<double> values(num_vertices(f)), closeness(num_vertices(f));
    const auto map = boost::make_iterator_property_map(values.begin(), get(boost::vertex_index, f));
    const auto store = [&](double ActorMetric::*field, double factor) {
        for (std::size_t v = 0; v < values.size(); ++v)
            out[v].*field = values[v] * factor;
    };
    path_centralities(f, distance, map,
                      boost::make_iterator_property_map(closeness.begin(), get(boost::vertex_index, f)));
    store(&ActorMetric::betweenness, undirected ? 0.5 : 1.0); // both arcs of an edge count each pair twice
    for (std::size_t v = 0; v < closeness.size(); ++v)
        out[v].closeness = closeness[v];
    pagerank_run = pagerank(f, score, map, k_pagerank_damping);
    store(&ActorMetric::pagerank, 1.0);
    eigenvector_run = eigenvector_centrality(f, score, map);
    store(&ActorMetric::eigenvector, 1.0);
}

} // namespace

void ActorMetrics::run()
{
    const views::Graph& g = m_graph->graph();
    m_values.assign(m_graph->actors().size(), ActorMetric{});
    for (std::size_t v = 0; v < m_values.size(); ++v)
        m_values[v].actor = m_graph->actors()[v];
    for (auto [e, e_end] = edges(g); e != e_end; ++e) {
        const double score = g[*e].score;
        for (const auto v : {source(*e, g), target(*e, g)}) {
            ActorMetric& m = m_values[v];
            ++m.degree;
            ++(score > 0 ? m.degree_pos : m.degree_neg);
            m.strength += std::abs(score);
            m.net_strength += score;
        }
    }
    if (m_graph->directed())
        centralities(m_graph->digraph(), false, m_values, m_pagerank, m_eigenvector);
    else
        centralities(g, true, m_values, m_pagerank, m_eigenvector);
    const SignedTies ties = signed_ties(*m_graph);
    const std::vector<double> pn = pn_centrality(ties);
    m_signed = signed_eigenvector(ties);
    for (std::size_t v = 0; v < m_values.size(); ++v) {
        m_values[v].pn_index = pn[v];
        m_values[v].signed_eigenvector = m_signed.values[v];
    }
    m_signed.values.clear();
}

const ActorMetric* ActorMetrics::find(ActorIndex actor) const
{
    const auto v = m_graph->vertex_of(actor);
    return v ? &m_values[*v] : nullptr;
}

const std::vector<std::string>& unsigned_metric_names()
{
    static const std::vector<std::string> names{"degree",      "degree_pos", "degree_neg", "strength",   "net_strength",
                                                "betweenness", "closeness",  "pagerank",   "eigenvector"};
    return names;
}

const std::vector<std::string>& actor_metric_names()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all = unsigned_metric_names();
        all.insert(all.end(), {"pn_index", "signed_eigenvector"});
        return all;
    }();
    return names;
}

std::optional<double> actor_metric_value(const ActorMetric& m, std::string_view name)
{
    if (name == "degree") return static_cast<double>(m.degree);
    if (name == "degree_pos") return static_cast<double>(m.degree_pos);
    if (name == "degree_neg") return static_cast<double>(m.degree_neg);
    if (name == "strength") return m.strength;
    if (name == "net_strength") return m.net_strength;
    if (name == "betweenness") return m.betweenness;
    if (name == "closeness") return m.closeness;
    if (name == "pagerank") return m.pagerank;
    if (name == "eigenvector") return m.eigenvector;
    if (name == "pn_index") return m.pn_index;
    if (name == "signed_eigenvector") return m.signed_eigenvector;
    return std::nullopt;
}

void check_actor_sort_key(std::string_view key)
{
    if (key != "actor" && !actor_metric_value(ActorMetric{}, key)) {
        throw UsageError(fmt::format("unknown metric '{}' to sort by (expected actor, {})", key,
                                     fmt::join(actor_metric_names(), ", ")));
    }
}

std::vector<ActorMetric> rank_actors(const std::vector<ActorMetric>& values, std::string_view metric, std::size_t top,
                                     const ActorRegistry& actors)
{
    std::vector<ActorMetric> ranked = values;
    const auto by_id = [&](const ActorMetric& x, const ActorMetric& y) {
        return actors.id(x.actor) < actors.id(y.actor);
    };
    check_actor_sort_key(metric);
    if (metric == "actor") {
        std::sort(ranked.begin(), ranked.end(), by_id);
    } else {
        std::sort(ranked.begin(), ranked.end(), [&](const ActorMetric& x, const ActorMetric& y) {
            const double a = *actor_metric_value(x, metric), b = *actor_metric_value(y, metric);
            return a != b ? a > b : by_id(x, y);
        });
    }
    if (top != 0 && ranked.size() > top) ranked.resize(top);
    return ranked;
}

} // namespace entente::analysis
