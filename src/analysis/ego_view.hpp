#pragma once
// One actor's relations in a view: its dyads, their signs and evidence.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "views/relation_graph.hpp"

namespace entente::analysis {

/// Which way a relation runs, seen from the focal actor.
enum class Direction { both, out, in };

std::string_view to_string(Direction direction);

/// A dyad of the focal actor. `dyad` points into the RelationGraph, which
/// must outlive the EgoView.
struct Relation {
    ActorIndex partner = 0;
    Direction direction = Direction::both; ///< out: the actor acted on the partner (directed views only)
    int sign = 0;                          ///< +1, -1, or 0 when |score| <= epsilon (not an edge)
    const views::Dyad* dyad = nullptr;     ///< score, pos, neg, events and evidence
};

/// The focal actor's dyads in a view (every dyad with a contributing event,
/// edges or not). O(dyads).
class EgoView {
public:
    EgoView(const views::RelationGraph& graph, ActorIndex actor) : m_graph(&graph), m_actor(actor) {}
    void run();
    [[nodiscard]] ActorIndex actor() const { return m_actor; }
    /// In dyad order (by partner); see rank_relations for other orders.
    [[nodiscard]] const std::vector<Relation>& relations() const { return m_relations; }

private:
    const views::RelationGraph* m_graph;
    ActorIndex m_actor;
    std::vector<Relation> m_relations;
};

/// The keys relations can be ordered by: `strength` (|score|), `score`,
/// `pos`, `neg`, `events` (largest first) and `partner` (id, A to Z).
const std::vector<std::string>& relation_sort_keys();

/// Throws UsageError unless `key` is one of relation_sort_keys(); the message names them.
void check_relation_sort_key(std::string_view key);

/// The relations ordered by `key` (ties by partner id, then out before in),
/// cut to the first `top` (0 keeps all). Throws UsageError for an unknown key.
std::vector<Relation> rank_relations(const std::vector<Relation>& relations, std::string_view key, std::size_t top,
                                     const ActorRegistry& actors);

} // namespace entente::analysis
