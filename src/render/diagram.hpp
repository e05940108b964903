#pragma once
// What a network drawing shows, in plain values: one node per actor, one
// edge per relation, each with the text and numbers the writers need. A
// Diagram is built from a view (make_diagram), optionally with results of
// analyses laid over it (Annotations), or from the comparison of two views
// (make_difference_diagram in difference_diagram.hpp).
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// How an edge of a difference graph changed between two views, as `entente
/// compare` reads it (analysis/era_shift.hpp): a reading, or why there is none.
enum class EdgeChange {
    none,             ///< read in both views, and the rate did not change
    improved,         ///< the rate rose with more cooperation
    worsened,         ///< the rate fell with more conflict
    flipped,          ///< the sign changed
    less_conflict,    ///< the rate rose only because less conflict was recorded
    less_cooperation, ///< the rate fell only because less cooperation was recorded
    began,            ///< the relation opens in B with diplomatic recognition
    no_events_a,      ///< not read: no event in A
    no_events_b,      ///< not read: no event in B
    too_few_events    ///< not read: fewer events in a view than the comparison needs
};

/// ``, `improved`, `worsened`, `flipped`, `less_conflict`, `less_cooperation`,
/// `new`, `no_events_a`, `no_events_b`, `too_few_events`.
std::string_view to_string(EdgeChange change);

/// False for the changes that are not read (no events in a view, too few).
bool is_read(EdgeChange change);

/// A named number about an actor, listed in its tooltip (`pagerank`, 0.12).
struct NodeMetric {
    std::string name;
    double value = 0.0;
};

/// One event behind a relation, as a reader wants to see it.
struct EvidenceItem {
    std::string date;   ///< `2008-03-02` or `2012-08-16..2019-04`
    std::string source; ///< actor id of who acted
    std::string target;
    std::string code;      ///< CAMEO code
    std::string code_name; ///< its name in the CAMEO table
    double weight = 0.0;   ///< weight of one event
    long long count = 1;
    double contribution = 0.0; ///< what the event adds to the score in this view
    std::string summary;
    std::string ref;
    std::string view; ///< in a difference graph, the view the event counts in (`correa`); else empty
};

struct DiagramNode {
    ActorIndex actor = 0;
    std::string id, name, kind, region;
    double strength = 0.0; ///< sum of |score| over the node's edges
    std::optional<int> bloc;
    std::vector<NodeMetric> metrics;
    std::size_t relations = 0; ///< in a thinned drawing (backbone.hpp): its relations in the whole view
};

struct DiagramEdge {
    std::size_t source = 0, target = 0; ///< indexes into Diagram::nodes
    double score = 0.0;                 ///< in a difference graph: rate_b - rate_a, per year
    double pos = 0.0, neg = 0.0;        ///< unused in a difference graph
    long long events = 0;
    EdgeChange change = EdgeChange::none; ///< in a difference graph
    std::vector<EvidenceItem> evidence;   ///< largest |contribution| first
    double rate_a = 0.0, rate_b = 0.0;    ///< in a difference graph: the score per year in each view
};

/// What a drawing thinned to its backbone (backbone.hpp) leaves out.
struct Thinning {
    std::size_t actors = 0;    ///< of the whole view
    std::size_t relations = 0; ///< of the whole view
    std::string kept;          ///< the relations drawn, in words: `the 200 strongest of 2,373 relations`
};

struct Diagram {
    std::string dataset; ///< the dataset's name
    std::string view;    ///< `all`, the era id, the window's start, the instant
    std::string title;   ///< one line: the view in words with its dates
    Interval window;     ///< the days drawn (for an instant: up to and including it)
    bool directed = false;
    /// A difference graph (make_difference_diagram): edges are the changes
    /// between two views, strengths sum |change|.
    bool difference = false;
    std::string view_a, view_b;      ///< a difference graph's two views (`correa`, `moreno`)
    std::vector<DiagramNode> nodes;  ///< in actor order
    std::vector<DiagramEdge> edges;  ///< in (source, target) order
    std::optional<Thinning> thinned; ///< set when only a backbone of the view is drawn
};

/// Results of analyses laid over a view's drawing; every part is optional.
struct Annotations {
    std::map<ActorIndex, std::vector<NodeMetric>> metrics; ///< per actor, in display order
    std::map<ActorIndex, int> blocs;                       ///< bloc number of each actor in one
    std::string title;                                     ///< replaces the view's title when not empty
};

/// An event of a view's evidence as a reader wants to see it.
EvidenceItem evidence_item(const model::Dataset& dataset, const model::EventStore& rows,
                           const views::Evidence& evidence);

/// The drawing of `view`: its active actors and its edges (|score| > epsilon)
/// with their evidence, and the annotations for the actors and dyads they name.
Diagram make_diagram(const views::RelationGraph& view, const Annotations& annotations = {});

/// The view in words: `era correa (Rafael Correa), 2007-01-15 to 2017-05-23`.
std::string describe_view(const views::RelationGraph& view);

/// The evidence of an edge as plain text, one event a line (GraphML, GEXF).
std::string evidence_text(const DiagramEdge& edge);

/// Every metric name used by some node, in order of first use.
std::vector<std::string> metric_names(const Diagram& diagram);

} // namespace entente::render
