#pragma once
// The signed, weighted, undirected graph that balance and blocs work on: the
// view's active actors as vertices 0..n-1 (the RelationGraph's vertex order)
// and its edges with their scores, in sorted adjacency arrays for fast scans
// and intersections. Internal to the analysis layer: results leave it keyed
// by actor.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "views/relation_graph.hpp"

namespace entente::analysis {

using SignedVertex = std::uint32_t;

struct SignedEdge {
    SignedVertex u = 0, v = 0; ///< u < v
    double weight = 0.0;       ///< the dyad's score (never 0 among a view's edges)
    std::size_t dyad = 0;      ///< index in RelationGraph::dyads()
};

/// A neighbour of a vertex and the edge leading to it.
struct SignedNeighbour {
    SignedVertex vertex = 0;
    std::uint32_t edge = 0;
};

/// Throws UsageError when `graph` is a directed view: balance, blocs, cliques
/// and cores are defined on undirected ties. The commands refuse `--directed`
/// before they read anything (cli/view_options.hpp `refuse_directed`).
void require_undirected(const views::RelationGraph& graph);

class SignedGraph {
public:
    /// The edges of an undirected view (see require_undirected).
    explicit SignedGraph(const views::RelationGraph& graph);
    /// Vertices 0..actors.size()-1 standing for `actors`, and `edges` (u < v;
    /// `dyad` is the caller's index): for graphs built on other terms than a view's edges.
    SignedGraph(std::vector<ActorIndex> actors, std::vector<SignedEdge> edges);

    [[nodiscard]] std::size_t size() const { return m_actors.size(); }
    [[nodiscard]] ActorIndex actor(SignedVertex v) const { return m_actors[v]; }
    [[nodiscard]] const std::vector<SignedEdge>& edges() const { return m_edges; }
    /// Neighbours of `v` in increasing vertex order.
    [[nodiscard]] std::span<const SignedNeighbour> neighbours(SignedVertex v) const
    {
        return {m_adjacency.data() + m_offset[v], m_adjacency.data() + m_offset[v + 1]};
    }
    /// Sum of |weight| over the edges of `v`.
    [[nodiscard]] double strength(SignedVertex v) const { return m_strength[v]; }
    /// Connected components, each a list of vertices in increasing order, ordered by their first vertex.
    [[nodiscard]] std::vector<std::vector<SignedVertex>> components() const;

private:
    /// Adjacency, strengths and components from m_actors and m_edges.
    void index();

    std::vector<ActorIndex> m_actors;
    std::vector<SignedEdge> m_edges;
    std::vector<std::size_t> m_offset;
    std::vector<SignedNeighbour> m_adjacency;
    std::vector<double> m_strength;
    std::vector<std::size_t> m_component;
    std::size_t m_component_count = 0;
};

} // namespace entente::analysis
