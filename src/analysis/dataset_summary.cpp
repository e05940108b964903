#include "analysis/dataset_summary.hpp"

#include <algorithm>
#include <map>

#include "core/time_model.hpp"

namespace entente::analysis {

DatasetSummary summarize(const model::Dataset& dataset, std::size_t top)
{
    DatasetSummary s;
    for (const Actor& a : dataset.actors.all()) {
        switch (a.kind) {
        case ActorKind::state: ++s.states; break;
        case ActorKind::organization: ++s.organizations; break;
        case ActorKind::group: ++s.groups; break;
        }
    }
    const model::EventStore& events = dataset.events;
    s.rows = events.size();
    s.span = events.span();

    std::map<std::pair<ActorIndex, ActorIndex>, DyadActivity> dyads;
    for (model::EventIndex e = 0; e < events.size(); ++e) {
        s.events += events.count(e);
        ActorIndex a = events.source(e), b = events.target(e);
        if (dataset.actors.id(b) < dataset.actors.id(a)) std::swap(a, b);
        DyadActivity& d = dyads[{a, b}];
        d.a = a;
        d.b = b;
        d.events += events.count(e);
        d.net_weight += events.mass(e);
    }
    for (const auto& [key, d] : dyads) s.top_dyads.push_back(d);
    std::stable_sort(s.top_dyads.begin(), s.top_dyads.end(),
                     [](const DyadActivity& x, const DyadActivity& y) { return x.events > y.events; });
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
