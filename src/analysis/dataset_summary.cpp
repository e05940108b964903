#include "analysis/dataset_summary.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "core/time_model.hpp"

namespace entente::analysis {

DatasetSummary summarize(const model::Dataset& dataset, std::size_t top)
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
    const model::EventStore& events = dataset.events;
    s.rows = events.size();
    s.span = events.span();

    // Keyed by the two actor indices in index order: no string compare per event.
    std::unordered_map<std::uint64_t, DyadActivity> dyads;
    for (model::EventIndex e = 0; e < events.size(); ++e) {
        const std::uint32_t count = events.count(e);
        s.events += count;
        const ActorIndex a = std::min(events.source(e), events.target(e));
        const ActorIndex b = std::max(events.source(e), events.target(e));
        DyadActivity& d = dyads[(std::uint64_t{a} << 32U) | b];
        d.events += count;
        d.net_weight += events.mass(e);
    }
    for (const auto& [key, d] : dyads) {
        DyadActivity dyad = d;
        dyad.a = static_cast<ActorIndex>(key >> 32U);
        dyad.b = static_cast<ActorIndex>(key & 0xFFFFFFFFU);
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
        const Interval window = era.window(open_end);
        const auto [first, last] = events.candidates(window);
        for (model::EventIndex e = first; e < last; ++e) {
            const double share = overlap_share(events.interval(e), window);
            if (share <= 0.0) continue;
            activity.events += events.count(e);
            activity.net_weight += events.mass(e) * share;
        }
        s.eras.push_back(activity);
    }
    return s;
}

} // namespace entente::analysis
