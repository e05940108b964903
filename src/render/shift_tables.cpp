#include "render/shift_tables.hpp"

#include <algorithm>

#include "render/rupture_table.hpp"

namespace entente::render {
namespace {

Cell bloc_number(const std::optional<std::size_t>& bloc)
{
    return bloc ? count_cell(*bloc + 1) : Cell{};
}

} // namespace

void ShiftTables::add_dyads(const model::Dataset& dataset, const analysis::EraShift& shift, const ShiftPair& pair,
                            std::size_t top)
{
    std::size_t listed = 0;
    for (const auto& d : shift.dyads) {
        if (top != 0 && listed++ >= top) break;
        m_dyads.add_row({dataset.actors.id(d.a), dataset.actors.id(d.b), d.rate_a, d.rate_b, d.change,
                         std::string(analysis::flip_label(d)), pair.a, pair.b, d.events_a(), d.events_b(),
                         std::string(analysis::to_string(d.trend))});
    }
    const auto& g = shift.distance;
    m_distances.add_row(
        {pair.a, pair.b, g.edge_jaccard, g.weighted_l1, optional_cell(g.sign_agreement), count_cell(g.shared_edges)});
}

void ShiftTables::add_sentences(const std::vector<std::string>& sentences, const ShiftPair& pair)
{
    for (const std::string& s : sentences)
        m_summary.add_row({pair.a, pair.b, s});
}

void ShiftTables::add_ranks(const model::Dataset& dataset, const analysis::RankShift& ranks, const ShiftPair& pair,
                            std::size_t movers)
{
    for (const analysis::MetricRankShift& m : ranks.metrics) {
        m_rank_correlation.add_row({pair.a, pair.b, m.metric, count_cell(ranks.actors), optional_cell(m.tau_b)});
        std::size_t listed = 0;
        for (const analysis::ActorRank& r : m.ranks) {
            if (movers != 0 && (r.rise() == 0 || listed++ >= movers)) break;
            m_ranks.add_row({pair.a, pair.b, m.metric, dataset.actors.id(r.actor), r.value_a, r.value_b,
                             count_cell(r.rank_a), count_cell(r.rank_b), r.rise()});
        }
    }
}

void ShiftTables::add_blocs(const model::Dataset& dataset, const analysis::BlocShift& blocs, const ShiftPair& pair)
{
    std::vector<const analysis::ActorBlocShift*> order;
    for (const auto& s : blocs.actors)
        order.push_back(&s);
    std::stable_partition(order.begin(), order.end(),
                          [](const analysis::ActorBlocShift* s) { return s->move == analysis::BlocMove::moved; });
    for (const analysis::ActorBlocShift* s : order)
        m_blocs.add_row({pair.a, pair.b, dataset.actors.id(s->actor), bloc_number(s->bloc_a), bloc_number(s->bloc_b),
                         std::string(analysis::to_string(s->move))});
    m_bloc_agreement.add_row({pair.a, pair.b, count_cell(blocs.blocs_a), count_cell(blocs.blocs_b),
                              count_cell(blocs.both), count_cell(blocs.moved), optional_cell(blocs.adjusted_rand)});
}

void ShiftTables::add_ruptures(const model::Dataset& dataset, const model::EventStore& rows,
                               const std::vector<analysis::Rupture>& ruptures, bool directed,
                               std::optional<ActorIndex> focus, const ShiftPair& pair)
{
    Table table = rupture_table(dataset, rows, ruptures, directed, focus);
    if (m_ruptures.columns.empty()) {
        m_ruptures.columns = table.columns;
        m_ruptures.columns.insert(m_ruptures.columns.end(), {"era_a", "era_b"});
    }
    for (auto& row : table.rows) {
        row.insert(row.end(), {pair.a, pair.b});
        m_ruptures.add_row(std::move(row));
    }
}

std::vector<Table> ShiftTables::all() const
{
    return {m_dyads, m_summary, m_distances, m_rank_correlation, m_ranks, m_blocs, m_bloc_agreement, m_ruptures};
}

std::vector<std::string> ShiftTables::names()
{
    std::vector<std::string> names;
    for (const Table& t : ShiftTables{}.all())
        names.push_back(t.name);
    return names;
}

} // namespace entente::render
