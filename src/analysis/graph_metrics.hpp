#pragma once
// Per-graph metrics of a relation graph (DESIGN.md section 5).
#include <cstddef>
#include <optional>

#include "views/relation_graph.hpp"

namespace entente::analysis {

struct GraphMetric {
    std::size_t actors = 0; ///< actors with an event in the view
    std::size_t edges = 0;  ///< dyads with |score| > epsilon (ordered pairs in a directed view)
    std::size_t positive_edges = 0;
    std::size_t negative_edges = 0;
    double density = 0.0;                 ///< edges / possible pairs (ordered in a directed view); 0 under 2 actors
    std::optional<double> positive_share; ///< positive_edges / edges; none without edges
    std::size_t components = 0;           ///< connected components (weakly in a directed view), lone actors included
    std::size_t largest_component = 0;    ///< actors in the largest one
};

/// Counts, density, sign balance and connected components (Boost's
/// connected_components, as igraph's and NetworkX's). O(V + E).
class GraphMetrics {
public:
    explicit GraphMetrics(const views::RelationGraph& graph) : m_graph(&graph) {}
    void run();
    [[nodiscard]] const GraphMetric& result() const { return m_result; }

private:
    const views::RelationGraph* m_graph;
    GraphMetric m_result;
};

} // namespace entente::analysis
