#pragma once
// Weighted PageRank as a template kernel over any Boost graph.
#include <algorithm>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <cmath>
#include <vector>

#include "analysis/arcs_into.hpp"
#include "analysis/graph_concepts.hpp"
#include "analysis/power_iteration.hpp"

namespace entente::analysis {

/// PageRank: the stationary distribution of a walker who, with probability
/// `damping`, follows an out-edge of its vertex chosen in proportion to
/// `weight` (undirected edges both ways) and otherwise jumps to a vertex
/// chosen uniformly; from a vertex without out-edges (dangling) it always
/// jumps uniformly. Values sum to 1. Power iteration from the uniform vector
/// until the L1 change is below `limits.tolerance`; weights must be positive.
/// Same definition as igraph (PRPACK) and NetworkX (dangling=None).
/// O(iterations · (V + E)); the error shrinks by `damping` per iteration.
/// Reference: Brin & Page, "The anatomy of a large-scale hypertextual Web search engine", 1998.
template <IndexedIncidenceGraph Graph, EdgeNumbers<Graph> WeightMap, VertexResults<Graph> RankMap>
Convergence pagerank(const Graph& g, WeightMap weight, RankMap rank, double damping, PowerIteration limits = {})
{
    const auto index = get(boost::vertex_index, g);
    const std::size_t n = num_vertices(g);
    Convergence convergence;
    if (n == 0) {
        convergence.converged = true;
        return convergence;
    }
    std::vector<double> out_weight(n, 0.0), current(n, 1.0 / static_cast<double>(n)), next(n), share(n);
    for (auto [v, v_end] = vertices(g); v != v_end; ++v)
        for (auto [e, e_end] = out_edges(*v, g); e != e_end; ++e)
            out_weight[get(index, *v)] += get(weight, *e);
    const ArcsInto into = arcs_into(g, weight);

    while (convergence.iterations < limits.max_iterations && !convergence.converged) {
        ++convergence.iterations;
        double dangling = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            if (out_weight[i] <= 0.0) dangling += current[i];
        std::fill(next.begin(), next.end(), (1.0 - damping + damping * dangling) / static_cast<double>(n));
        for (std::size_t i = 0; i < n; ++i) // what each arc out of i carries, per unit of weight
            share[i] = out_weight[i] <= 0.0 ? 0.0 : damping * current[i] / out_weight[i];
        add_along_arcs(into, share, next);
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            change += std::abs(next[i] - current[i]);
        current.swap(next);
        convergence.converged = change < limits.tolerance;
    }
    for (auto [v, v_end] = vertices(g); v != v_end; ++v)
        put(rank, *v, current[get(index, *v)]);
    return convergence;
}

} // namespace entente::analysis
