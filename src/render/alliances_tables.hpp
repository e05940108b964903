#pragma once
// The tables of `entente alliances` (and of the report's blocs): each actor's
// bloc and core, the blocs, their hostility, the ties that break them, the
// positive cliques and the searches behind them.
#include <cstddef>
#include <vector>

#include "analysis/bloc_search.hpp"
#include "analysis/positive_cliques.hpp"
#include "render/table.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// Events to attach per breaking tie for its main event: enough that a tie
/// friendly on balance but breaking a bloc by its hostile acts finds its
/// largest hostile act.
constexpr std::size_t k_breaking_evidence = 16;

/// The alliances tables of views added in order; each row names its view in `window`.
struct AlliancesTables {
    Table alliances{"alliances", {"window", "actor", "bloc", "core"}, {}};
    Table blocs{"blocs", {"window", "bloc", "size", "members", "cohesion", "positive_inside", "negative_inside"}, {}};
    Table hostility{"hostility", {"window", "bloc", "other", "hostility", "positive", "negative"}, {}};
    Table breaking{"breaking_dyads",
                   {"window", "actor_a", "bloc_a", "actor_b", "bloc_b", "score", "negative", "breaks", "main_event"},
                   {}};
    Table cliques{"cliques", {"window", "clique", "size", "members"}, {}};
    Table clique_search{"clique_search", {"window", "listed", "met", "complete", "note"}, {}};
    Table search{"bloc_search", {"window", "k", "criterion", "penalised", "chosen"}, {}};
    /// Whether breaking_dyads is printed: a large view has a row for nearly
    /// every dyad with a hostile act inside a bloc, not worth building unread.
    bool breaking_printed = true;

    /// blocs, hostility, breaking_dyads (main events attached to the graph) and bloc_search.
    void add_blocs(const views::RelationGraph& graph, const analysis::BlocPartition& partition);
    /// alliances: each actor's bloc and positive core (cores in the partition's membership order).
    void add_members(const views::RelationGraph& graph, const analysis::BlocPartition& partition,
                     const std::vector<analysis::ActorCore>& cores);
    /// cliques and clique_search; `largest` is how many the search was asked for (0: all).
    void add_cliques(const views::RelationGraph& graph, const analysis::Cliques& found, std::size_t largest);
};

} // namespace entente::render
