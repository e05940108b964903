#pragma once
// The relation graph of one view (DESIGN.md section 4): actors as vertices,
// dyads carrying the signed sum of the events' contributions, its parts,
// and the evidence behind each. Vertices are the actors active in the view,
// numbered 0..n-1 in actor order; results leave this layer keyed by actor,
// never by vertex. Read off an accumulation (views/dyad_cells.hpp); the
// evidence is attached from a second reading (views/evidence.hpp).
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <cmath>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "views/dyad_cells.hpp"
#include "views/view_spec.hpp"

namespace entente::views {

/// One event's part in a dyad's score.
struct Evidence {
    model::EventIndex event = 0; ///< in the graph's events()
    double contribution = 0.0;
};

/// A pair of actors and what passed between them in the view. Undirected
/// views order the pair by actor index (a < b); directed ones keep who acted
/// (a) on whom (b).
struct Dyad {
    ActorIndex a = 0, b = 0;
    double score = 0.0;             ///< signed sum of contributions
    double pos = 0.0;               ///< sum of the positive contributions
    double neg = 0.0;               ///< sum of the absolute negative contributions
    double cooperation = 0.0;       ///< contributions of cooperative acts (CAMEO roots 01-09)
    double conflict = 0.0;          ///< minus the contributions of conflictual acts (roots 10-20)
    long long events = 0;           ///< contributing events (a row counts `count` times)
    std::vector<Evidence> evidence; ///< largest |contribution| first, once attached
    /// The dyad's first recorded event (earliest start, then line) up to the
    /// view's end, once attached when asked for (EvidenceFinder::want_first).
    std::optional<Evidence> first;
};

/// Bundled property of a Boost edge: which dyad it is and its score.
struct EdgeData {
    std::size_t dyad = 0;
    double score = 0.0;
};

/// The undirected graph of edges (dyads with |score| > epsilon). In a
/// directed view it holds one edge per ordered pair with an edge.
/// Its edges are held in one vector (the last vecS), not a node each: a
/// yearly view of event data has some 20,000, and edges are never removed.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeData,
                                    boost::no_property, boost::vecS>;
/// The directed graph of a directed view (source -> target).
using Digraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeData,
                                      boost::no_property, boost::vecS>;

class EvidenceFinder;

class RelationGraph {
public:
    /// The view `spec` of `cells`, whose grid holds the view's boundaries
    /// (grid_of) and whose weighting is the view's (decayed for an instant,
    /// with its half-life). O(D log C + the cells the view covers).
    RelationGraph(const model::Dataset& dataset, const DyadCells& cells, ViewSpec spec);

    [[nodiscard]] const model::Dataset& dataset() const { return *m_dataset; }
    [[nodiscard]] const ViewSpec& spec() const { return m_spec; }
    [[nodiscard]] bool directed() const { return m_spec.directed; }

    /// Actors with at least one contributing event, in actor order; vertex v is actors()[v].
    [[nodiscard]] const std::vector<ActorIndex>& actors() const { return m_actors; }
    [[nodiscard]] std::optional<std::size_t> vertex_of(ActorIndex actor) const;

    /// Every dyad with a contributing event, sorted by (a, b); edges are those with |score| > epsilon.
    [[nodiscard]] const std::vector<Dyad>& dyads() const { return m_dyads; }
    /// The dyad {a, b} (order-free unless directed), if it has events in the view.
    [[nodiscard]] const Dyad* find(ActorIndex a, ActorIndex b) const;
    /// Whether a dyad is an edge: |score| > epsilon, and more than rounding
    /// noise of its parts (0.1 + 0.2 - 0.3 is no relation).
    [[nodiscard]] bool is_edge(const Dyad& dyad) const
    {
        return std::abs(dyad.score) > std::max(m_spec.epsilon, 1e-12 * (dyad.pos + dyad.neg));
    }
    [[nodiscard]] std::size_t edge_count() const { return boost::num_edges(m_graph); }

    /// The Boost graph of the edges (vertices are all active actors).
    [[nodiscard]] const Graph& graph() const { return m_graph; }
    /// The directed Boost graph; only meaningful in a directed view.
    [[nodiscard]] const Digraph& digraph() const { return m_digraph; }

    /// Takes the evidence `finder` found for view `view` (its index in the
    /// finder) into the dyads it was asked for; the rows it names are events().
    void attach(const EvidenceFinder& finder, std::size_t view);
    /// The rows the evidence names (empty until evidence is attached).
    [[nodiscard]] const model::EventStore& events() const;

private:
    const model::Dataset* m_dataset;
    ViewSpec m_spec;
    std::vector<ActorIndex> m_actors;
    std::vector<std::int32_t> m_vertex_of; ///< by actor index; -1 when inactive
    std::vector<Dyad> m_dyads;
    Graph m_graph;
    Digraph m_digraph;
    std::shared_ptr<const model::EventStore> m_events;
};

/// The share of an event over `interval` that counts in the view (overlap or decay), in [0, 1].
double view_share(Interval interval, const ViewSpec& spec);

} // namespace entente::views
