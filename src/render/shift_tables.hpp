#pragma once
// The tables of `entente compare` (DESIGN.md section 6): the dyads (the main
// table: source,target,rate_a,rate_b,change,flip, then the events of each
// view and the trend; flip_label and Trend in analysis/era_shift.hpp say
// what their values mean), the summary sentences,
// the graph distances, centrality ranks with their rank correlation, bloc
// membership with its agreement, and the ruptures between the two views.
// Each row names the compared pair in era_a and era_b.
#include <optional>
#include <string>
#include <vector>

#include "analysis/bloc_shift.hpp"
#include "analysis/era_shift.hpp"
#include "analysis/rank_shift.hpp"
#include "analysis/rupture.hpp"
#include "render/table.hpp"

namespace entente::render {

/// The labels of a compared pair, as the era_a and era_b columns show them.
struct ShiftPair {
    std::string a, b;
};

class ShiftTables {
public:
    /// Every dyad of `shift`, or its first `top` (largest change first; 0 keeps all).
    void add_dyads(const model::Dataset& dataset, const analysis::EraShift& shift, const ShiftPair& pair,
                   std::size_t top);
    void add_sentences(const std::vector<std::string>& sentences, const ShiftPair& pair);
    /// The rank correlation of each metric, and per metric the first `movers`
    /// actors whose rank changed, largest move first (0: every actor ranked).
    void add_ranks(const model::Dataset& dataset, const analysis::RankShift& ranks, const ShiftPair& pair,
                   std::size_t movers);
    /// Each actor's bloc (1-based; B's numbered after their match in A), the
    /// actors who changed side first, and the agreement of the partitions.
    void add_blocs(const model::Dataset& dataset, const analysis::BlocShift& blocs, const ShiftPair& pair);
    /// The ruptures between the two views as `entente ruptures` lists them (rupture_table).
    void add_ruptures(const model::Dataset& dataset, const model::EventStore& rows,
                      const std::vector<analysis::Rupture>& ruptures, bool directed, std::optional<ActorIndex> focus,
                      const ShiftPair& pair);

    [[nodiscard]] const Table& dyads() const { return m_dyads; }
    [[nodiscard]] const Table& summary() const { return m_summary; }
    /// dyads, summary, distances, rank_correlation, ranks, blocs, bloc_agreement, ruptures.
    [[nodiscard]] std::vector<Table> all() const;
    /// The names of all(), in order.
    static std::vector<std::string> names();

private:
    Table m_dyads{
        "dyads",
        {"source", "target", "rate_a", "rate_b", "change", "flip", "era_a", "era_b", "events_a", "events_b", "trend"},
        {}};
    Table m_summary{"summary", {"era_a", "era_b", "sentence"}, {}};
    Table m_distances{
        "distances", {"era_a", "era_b", "edge_jaccard", "weighted_l1", "sign_agreement", "shared_edges"}, {}};
    Table m_rank_correlation{"rank_correlation", {"era_a", "era_b", "metric", "actors", "kendall_tau_b"}, {}};
    Table m_ranks{"ranks", {"era_a", "era_b", "metric", "actor", "value_a", "value_b", "rank_a", "rank_b", "rise"}, {}};
    Table m_blocs{"blocs", {"era_a", "era_b", "actor", "bloc_a", "bloc_b", "move"}, {}};
    Table m_bloc_agreement{
        "bloc_agreement", {"era_a", "era_b", "blocs_a", "blocs_b", "actors", "moved", "adjusted_rand_index"}, {}};
    Table m_ruptures{"ruptures", {}, {}};
};

} // namespace entente::render
