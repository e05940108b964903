#include "analysis/signed_graph.hpp"

#include <algorithm>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <utility>

#include "core/errors.hpp"

namespace entente::analysis {

void require_undirected(const views::RelationGraph& graph)
{
    if (graph.directed())
        throw UsageError("structural balance, blocs, cliques and cores are defined on undirected ties, and this "
                         "view is directed");
}

SignedGraph::SignedGraph(const views::RelationGraph& graph) : m_actors(graph.actors())
{
    require_undirected(graph);
    const std::vector<views::Dyad>& dyads = graph.dyads();
    for (std::size_t i = 0; i < dyads.size(); ++i) {
        const views::Dyad& d = dyads[i];
        if (!graph.is_edge(d)) continue;
        const auto u = static_cast<SignedVertex>(*graph.vertex_of(d.a));
        const auto v = static_cast<SignedVertex>(*graph.vertex_of(d.b));
        m_edges.push_back({std::min(u, v), std::max(u, v), d.score, i});
    }
    index();
}

SignedGraph::SignedGraph(std::vector<ActorIndex> actors, std::vector<SignedEdge> edges)
    : m_actors(std::move(actors)), m_edges(std::move(edges))
{
    index();
}

void SignedGraph::index()
{
    const std::size_t n = m_actors.size();
    m_offset.assign(n + 1, 0);
    m_strength.assign(n, 0.0);
    for (const SignedEdge& e : m_edges) {
        ++m_offset[e.u + 1];
        ++m_offset[e.v + 1];
        m_strength[e.u] += std::abs(e.weight);
        m_strength[e.v] += std::abs(e.weight);
    }
    for (std::size_t v = 0; v < n; ++v)
        m_offset[v + 1] += m_offset[v];
    m_adjacency.resize(2 * m_edges.size());
    std::vector<std::size_t> fill(m_offset.begin(), m_offset.end() - 1);
    for (std::uint32_t i = 0; i < m_edges.size(); ++i) {
        m_adjacency[fill[m_edges[i].u]++] = {m_edges[i].v, i};
        m_adjacency[fill[m_edges[i].v]++] = {m_edges[i].u, i};
    }
    for (std::size_t v = 0; v < n; ++v) {
        std::sort(m_adjacency.begin() + static_cast<std::ptrdiff_t>(m_offset[v]),
                  m_adjacency.begin() + static_cast<std::ptrdiff_t>(m_offset[v + 1]),
                  [](const SignedNeighbour& x, const SignedNeighbour& y) { return x.vertex < y.vertex; });
    }
    // Boost numbers components in order of their first vertex.
    m_component.assign(n, 0);
    if (n == 0) return;
    views::Graph g(n);
    for (const SignedEdge& e : m_edges)
        boost::add_edge(e.u, e.v, g);
    m_component_count = boost::connected_components(g, m_component.data());
}

std::vector<std::vector<SignedVertex>> SignedGraph::components() const
{
    std::vector<std::vector<SignedVertex>> components(m_component_count);
    for (SignedVertex v = 0; v < size(); ++v)
        components[m_component[v]].push_back(v);
    return components;
}

} // namespace entente::analysis
