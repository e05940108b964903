#include "analysis/graph_metrics.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <vector>

namespace entente::analysis {

void GraphMetrics::run()
{
    // In a directed view graph() holds one undirected edge per ordered pair,
    // so its components are the digraph's weak components.
    const views::Graph& g = m_graph->graph();
    GraphMetric& r = m_result;
    r = GraphMetric{};
    r.actors = num_vertices(g);
    r.edges = num_edges(g);
    for (auto [e, e_end] = edges(g); e != e_end; ++e)
        ++(g[*e].score > 0 ? r.positive_edges : r.negative_edges);
    const double n = static_cast<double>(r.actors);
    const double pairs = m_graph->directed() ? n * (n - 1) : n * (n - 1) / 2;
    if (r.actors >= 2) r.density = static_cast<double>(r.edges) / pairs;
    if (r.edges != 0) r.positive_share = static_cast<double>(r.positive_edges) / static_cast<double>(r.edges);

    std::vector<std::size_t> component(r.actors);
    r.components = boost::connected_components(g, component.data());
    std::vector<std::size_t> sizes(r.components, 0);
    for (const std::size_t c : component)
        ++sizes[c];
    if (!sizes.empty()) r.largest_component = *std::max_element(sizes.begin(), sizes.end());
}

} // namespace entente::analysis
