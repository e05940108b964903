#include "render/dyad_years_table.hpp"

#include <algorithm>

namespace entente::render {
namespace {

/// The id of `actor`'s era that holds most of `year`'s days, or an empty cell.
Cell era_in(const model::Dataset& dataset, ActorIndex actor, Interval year)
{
    const Era* best = nullptr;
    Day most = 0;
    for (const Era& era : dataset.eras) {
        if (era.actor != actor) continue;
        const Interval w = era.window(dataset.open_end());
        const Day days = std::min(w.end, year.end) - std::max(w.start, year.start);
        if (days > most || (days == most && days > 0 && best && w.start < best->start)) {
            most = days;
            best = &era;
        }
    }
    return best ? Cell{best->id} : Cell{};
}

} // namespace

Table dyad_years_table(const std::vector<views::RelationGraph>& years)
{
    Table table{"dyad-years", {"year", "source", "target", "events", "cooperation", "conflict", "score"}, {}};
    if (years.empty()) return table;
    const model::Dataset& dataset = years.front().dataset();
    const bool eras = !dataset.eras.empty();
    if (eras) {
        table.columns.emplace_back("source_era");
        table.columns.emplace_back("target_era");
    }
    for (const views::RelationGraph& year : years) {
        const Interval days = year.spec().window;
        const long long number = year_of(days.start);
        for (const views::Dyad& d : year.dyads()) {
            std::vector<Cell> row{
                number, dataset.actors.id(d.a), dataset.actors.id(d.b), d.events, d.cooperation, d.conflict, d.score};
            if (eras) {
                row.push_back(era_in(dataset, d.a, days));
                row.push_back(era_in(dataset, d.b, days));
            }
            table.add_row(std::move(row));
        }
    }
    return table;
}

} // namespace entente::render
