#include "analysis/dataset_summary.hpp"

#include <algorithm>
#include <tuple>

namespace entente::analysis {

views::Grid summary_grid(const model::Dataset& dataset)
{
    std::vector<Day> bounds;
    for (const Era& era : dataset.eras) {
        bounds.push_back(era.start);
        if (era.end) bounds.push_back(*era.end);
    }
    return views::Grid(std::move(bounds));
}

DatasetSummary summarize(const model::Dataset& dataset, const views::DyadCells& cells, std::size_t top)
{
    DatasetSummary s;
    for (const Actor& a : dataset.actors.all()) {
        switch (a.kind) {
        case ActorKind::state:
            ++s.states;
            break;
        case ActorKind::organization:
            ++s.organizations;
            break;
        case ActorKind::group:
            ++s.groups;
            break;
        }
    }
    s.rows = dataset.rows;
    s.span = dataset.span;
    const auto [first, last] = std::pair<views::CellIndex, views::CellIndex>{0, cells.spec().grid.size()};
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const views::DyadTotals t = cells.totals(i, first, static_cast<views::CellIndex>(last));
        DyadActivity dyad{cells.dyad(i).a, cells.dyad(i).b, static_cast<long long>(t.events), t.sums.score};
        s.events += dyad.events;
        if (dataset.actors.id(dyad.b) < dataset.actors.id(dyad.a)) std::swap(dyad.a, dyad.b);
        s.top_dyads.push_back(dyad);
    }
    std::sort(s.top_dyads.begin(), s.top_dyads.end(), [](const DyadActivity& x, const DyadActivity& y) {
        return std::tie(y.events, x.a, x.b) < std::tie(x.events, y.a, y.b);
    });
    if (s.top_dyads.size() > top) s.top_dyads.resize(top);

    const Day open_end = dataset.open_end();
    for (const Era& era : dataset.eras) {
        EraActivity activity{&era, 0, 0.0};
        const auto [from, to] = cells.spec().grid.cells_of(era.window(open_end), dataset.span);
        if (from < to)
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const views::DyadTotals t = cells.totals(i, from, to);
                activity.events += static_cast<long long>(t.events);
                activity.net_weight += t.sums.score;
            }
        s.eras.push_back(activity);
    }
    return s;
}

} // namespace entente::analysis
