#pragma once
// The tables of `entente metrics` (and of the report's metrics): per actor,
// per graph, and one actor's relations with the events behind them.
#include <cstddef>
#include <vector>

#include "analysis/actor_metrics.hpp"
#include "analysis/ego_view.hpp"
#include "analysis/graph_metrics.hpp"
#include "render/table.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// `actors`: window,actor,degree,...,eigenvector,pn_index,signed_eigenvector,name, one row per metric in the order
/// given.
Table actor_metrics_table(const views::RelationGraph& graph, const std::vector<analysis::ActorMetric>& ranked);

/// `graph`: the view's window (start and last day), whether it is partial, and the graph's counts.
Table graph_metrics_table(const views::RelationGraph& graph, const analysis::GraphMetric& metric);

/// `relations` (one row per relation of `actor`, in the order given) and
/// `evidence` (the first `evidence` events attached to each); a directed
/// view adds a direction column to both.
std::vector<Table> ego_tables(const views::RelationGraph& graph, ActorIndex actor,
                              const std::vector<analysis::Relation>& ranked, std::size_t evidence);

} // namespace entente::render
