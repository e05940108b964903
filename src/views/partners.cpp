#include "views/partners.hpp"

#include <algorithm>
#include <map>

namespace entente::views {

std::vector<ActorIndex> main_partners(const RelationGraph& view, ActorIndex actor, std::size_t limit)
{
    std::map<ActorIndex, double> activity; // a directed view has two dyads per partner
    for (const Dyad& d : view.dyads()) {
        if (d.a == actor)
            activity[d.b] += d.pos + d.neg;
        else if (d.b == actor)
            activity[d.a] += d.pos + d.neg;
    }
    std::vector<std::pair<ActorIndex, double>> ranked(activity.begin(), activity.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    std::vector<ActorIndex> partners;
    for (std::size_t i = 0; i < ranked.size() && i < limit; ++i)
        partners.push_back(ranked[i].first);
    return partners;
}

} // namespace entente::views
