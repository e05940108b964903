#pragma once
// Eigenvector centrality as a template kernel over any Boost graph.
#include <algorithm>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <cmath>
#include <vector>

#include "analysis/arcs_into.hpp"
#include "analysis/graph_concepts.hpp"
#include "analysis/power_iteration.hpp"

namespace entente::analysis {

/// Eigenvector centrality: the leading eigenvector of the weighted adjacency
/// matrix, an actor scoring high when high-scoring actors are tied to it (in
/// a directed graph through its in-edges, as igraph and NetworkX), scaled so
/// the largest value is 1 (igraph's scale=True; NetworkX divides by the
/// Euclidean norm instead). Power iteration on A + I from the uniform vector,
/// as NetworkX does (the shift makes it converge on bipartite graphs too):
/// components whose leading eigenvalue is smaller fade to 0, and when several
/// components share the largest eigenvalue the result is the uniform
/// vector's projection on their eigenspace (NetworkX's answer; igraph then
/// returns another vector of that space). A graph without edges gets 0
/// everywhere (the peers return 1). Values below V · `limits.tolerance`,
/// which the iteration cannot tell from 0, are 0. Weights must be positive.
/// O(iterations · (V + E)); stops when the L2-normalised vector moves less
/// than V · `limits.tolerance` in L1.
/// Reference: Bonacich, "Power and centrality: a family of measures", 1987.
template <IndexedEdgeListGraph Graph, EdgeNumbers<Graph> WeightMap, VertexResults<Graph> CentralityMap>
Convergence eigenvector_centrality(const Graph& g, WeightMap weight, CentralityMap centrality,
                                   PowerIteration limits = {})
{
    const auto index = get(boost::vertex_index, g);
    const std::size_t n = num_vertices(g);
    Convergence convergence;
    // num_edges() of a filtered_graph counts the unfiltered edges, so look at the edges themselves.
    const auto [first_edge, no_edge] = edges(g);
    if (first_edge == no_edge) {
        for (auto [v, v_end] = vertices(g); v != v_end; ++v)
            put(centrality, *v, 0.0);
        convergence.converged = true;
        return convergence;
    }
    const ArcsInto into = arcs_into(g, weight);
    std::vector<double> current(n, 1.0 / std::sqrt(static_cast<double>(n))), next(n);
    while (convergence.iterations < limits.max_iterations && !convergence.converged) {
        ++convergence.iterations;
        next = current; // (A + I) x
        add_along_arcs(into, current, next);
        double norm = 0.0;
        for (const double x : next)
            norm += x * x;
        norm = std::sqrt(norm);
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            next[i] /= norm;
            change += std::abs(next[i] - current[i]);
        }
        current.swap(next);
        convergence.converged = change < static_cast<double>(n) * limits.tolerance;
    }
    // Below the resolution of the stopping rule a value is indistinguishable from 0 (a fading component).
    const double largest = *std::max_element(current.begin(), current.end());
    const double resolution = static_cast<double>(n) * limits.tolerance;
    for (auto [v, v_end] = vertices(g); v != v_end; ++v) {
        const double x = current[get(index, *v)] / largest;
        put(centrality, *v, x < resolution ? 0.0 : x);
    }
    return convergence;
}

} // namespace entente::analysis
