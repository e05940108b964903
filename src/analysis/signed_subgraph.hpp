#pragma once
// The positive subgraph of a signed graph, as a view (no copy). A template
// over any Boost graph whose edges carry a signed score in a property map.
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/property_map.hpp>

#include "analysis/graph_concepts.hpp"

namespace entente::analysis {

/// Edge filter keeping the edges whose score is positive.
template <class ScoreMap> struct PositiveScore {
    PositiveScore() = default;
    explicit PositiveScore(ScoreMap score) : m_score(score) {}
    template <class Edge> bool operator()(const Edge& e) const { return get(m_score, e) > 0.0; }
    ScoreMap m_score;
};

/// The graph of `g`'s positive edges over all its vertices. O(1); iterating
/// it skips the negative edges.
template <class Graph, EdgeNumbers<Graph> ScoreMap>
boost::filtered_graph<Graph, PositiveScore<ScoreMap>> positive_subgraph(const Graph& g, ScoreMap score)
{
    return boost::filtered_graph<Graph, PositiveScore<ScoreMap>>(g, PositiveScore<ScoreMap>(score));
}

} // namespace entente::analysis
