#pragma once
// The positive subgraph of a signed graph, as a view (no copy), and the
// distance an edge stands for in it. Templates over any Boost graph whose
// edges carry a signed score in a property map.
#include <boost/graph/filtered_graph.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/property_map/transform_value_property_map.hpp>

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
template <class Graph, class ScoreMap>
boost::filtered_graph<Graph, PositiveScore<ScoreMap>> positive_subgraph(const Graph& g, ScoreMap score)
{
    return boost::filtered_graph<Graph, PositiveScore<ScoreMap>>(g, PositiveScore<ScoreMap>(score));
}

/// 1 / score: a strong friendship is a short step. Only meaningful on positive edges.
struct InverseScore {
    double operator()(double score) const { return 1.0 / score; }
};

/// The distance map (1 / score) of a score map.
template <class ScoreMap>
boost::transform_value_property_map<InverseScore, ScoreMap, double> inverse_score_distance(ScoreMap score)
{
    return boost::make_transform_value_property_map<double>(InverseScore{}, score);
}

} // namespace entente::analysis
