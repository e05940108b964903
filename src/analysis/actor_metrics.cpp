#include "analysis/actor_metrics.hpp"

#include <algorithm>
#include <boost/property_map/property_map.hpp>
#include <cmath>
#include <fmt/format.h>

#include "analysis/betweenness.hpp"
#include "analysis/eigenvector_centrality.hpp"
#include "analysis/harmonic_closeness.hpp"
#include "analysis/pagerank.hpp"
#include "analysis/signed_subgraph.hpp"
#include "core/errors.hpp"

namespace entente::analysis {
namespace {

/// Runs the centrality kernels on the positive subgraph of `g` (the
/// undirected graph, or the digraph of a directed view).
template <class Graph>
void centralities(const Graph& g, std::vector<ActorMetric>& out, Convergence& pagerank_run,
                  Convergence& eigenvector_run)
{
    const auto score = get(&views::EdgeData::score, g);
    const auto positive = positive_subgraph(g, score);
    const auto distance = inverse_score_distance(score);
    const auto index = get(boost::vertex_index, g);
    std::vector<double> values(num_vertices(g));
    const auto map = boost::make_iterator_property_map(values.begin(), index);
    const auto store = [&](double ActorMetric::*field) {
        for (std::size_t v = 0; v < values.size(); ++v)
            out[v].*field = values[v];
    };
    weighted_betweenness(positive, distance, map);
    store(&ActorMetric::betweenness);
    harmonic_closeness(positive, distance, map);
    store(&ActorMetric::closeness);
    pagerank_run = pagerank(positive, score, map, k_pagerank_damping);
    store(&ActorMetric::pagerank);
    eigenvector_run = eigenvector_centrality(positive, score, map);
    store(&ActorMetric::eigenvector);
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
        centralities(m_graph->digraph(), m_values, m_pagerank, m_eigenvector);
    else
        centralities(g, m_values, m_pagerank, m_eigenvector);
}

const ActorMetric* ActorMetrics::find(ActorIndex actor) const
{
    const auto v = m_graph->vertex_of(actor);
    return v ? &m_values[*v] : nullptr;
}

const std::vector<std::string>& actor_metric_names()
{
    static const std::vector<std::string> names{"degree",      "degree_pos", "degree_neg", "strength",   "net_strength",
                                                "betweenness", "closeness",  "pagerank",   "eigenvector"};
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
