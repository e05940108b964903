#pragma once
// The tables of `entente balance` (and of the report's balance): one row per
// view, the ties that break its best split into two camps, each actor's camp.
#include "analysis/frustration.hpp"
#include "analysis/triangle_census.hpp"
#include "render/table.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// The balance tables of views added in order; each row names its view in `window`.
struct BalanceTables {
    Table balance{"balance",
                  {"window", "triangles", "ppp", "ppn", "pnn", "nnn", "balance_ratio", "weighted_balance_ratio",
                   "frustration", "frustration_exact", "actors", "ties"},
                  {}};
    /// The ties against the best split, largest first, each with its main event (attached to the graph).
    Table dyads{"frustrating_dyads", {"window", "actor_a", "actor_b", "score", "breaks", "main_event"}, {}};
    Table actors{"camps", {"window", "actor", "camp", "triangles", "balanced", "local_balance"}, {}};
    /// Whether frustrating_dyads is printed: a large series has a row for
    /// every tie against its split, not worth building unread.
    bool dyads_printed = true;

    void add(const views::RelationGraph& graph, const analysis::TriangleCensus& census,
             const analysis::Frustration& frustration);
};

} // namespace entente::render
