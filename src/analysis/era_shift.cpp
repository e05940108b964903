#include "analysis/era_shift.hpp"

#include <algorithm>
#include <cmath>
#include <map>

namespace entente::analysis {

std::string_view to_string(Flip flip)
{
    switch (flip) {
    case Flip::none:
        return "";
    case Flip::friend_to_foe:
        return "friend_to_foe";
    case Flip::foe_to_friend:
        return "foe_to_friend";
    case Flip::appeared:
        return "new";
    case Flip::gone:
        return "gone";
    }
    return "";
}

double years(Interval window)
{
    return window.length() / 365.2425;
}

Day middle(Interval window)
{
    return window.start + window.length() / 2;
}

RuptureSelection between_middles(Interval a, Interval b, std::optional<ActorIndex> focal)
{
    RuptureSelection selection;
    selection.actor = focal;
    // A may come after B (compare --eras moreno correa): the days between the middles either way.
    selection.since = std::min(middle(a), middle(b));
    selection.until = std::max(middle(a), middle(b));
    return selection;
}

EraShift compare_views(const views::RelationGraph& a, const views::RelationGraph& b, std::optional<ActorIndex> focal)
{
    const double years_a = years(a.spec().window);
    const double years_b = years(b.spec().window);
    std::map<std::pair<ActorIndex, ActorIndex>, DyadShift> by_pair;
    auto involves_focal = [&](const views::Dyad& d) { return !focal || d.a == *focal || d.b == *focal; };
    for (const views::Dyad& d : a.dyads()) {
        if (!involves_focal(d)) continue;
        DyadShift& s = by_pair[{d.a, d.b}];
        s.a = d.a;
        s.b = d.b;
        s.rate_a = years_a > 0 ? d.score / years_a : 0.0;
        s.in_a = &d;
    }
    for (const views::Dyad& d : b.dyads()) {
        if (!involves_focal(d)) continue;
        DyadShift& s = by_pair[{d.a, d.b}];
        s.a = d.a;
        s.b = d.b;
        s.rate_b = years_b > 0 ? d.score / years_b : 0.0;
        s.in_b = &d;
    }

    EraShift result;
    result.rows_a = &a.events();
    result.rows_b = &b.events();
    std::size_t union_edges = 0, same_sign = 0;
    for (auto& [key, s] : by_pair) {
        s.change = s.rate_b - s.rate_a;
        // The same events spread over both views give equal rates up to rounding: no change.
        if (std::abs(s.change) <= 1e-9 * std::max(std::abs(s.rate_a), std::abs(s.rate_b))) s.change = 0.0;
        const bool edge_a = s.in_a && a.is_edge(*s.in_a);
        const bool edge_b = s.in_b && b.is_edge(*s.in_b);
        if (edge_a && edge_b) {
            ++result.distance.shared_edges;
            const bool pos_a = s.in_a->score > 0, pos_b = s.in_b->score > 0;
            if (pos_a == pos_b)
                ++same_sign;
            else
                s.flip = pos_a ? Flip::friend_to_foe : Flip::foe_to_friend;
        } else if (edge_b) {
            s.flip = Flip::appeared;
        } else if (edge_a) {
            s.flip = Flip::gone;
        }
        if (edge_a || edge_b) ++union_edges;
        result.distance.weighted_l1 += std::abs(s.change);
        result.dyads.push_back(s);
    }
    if (union_edges > 0) result.distance.edge_jaccard = static_cast<double>(result.distance.shared_edges) / union_edges;
    if (result.distance.shared_edges > 0)
        result.distance.sign_agreement = static_cast<double>(same_sign) / result.distance.shared_edges;
    std::stable_sort(result.dyads.begin(), result.dyads.end(),
                     [](const DyadShift& x, const DyadShift& y) { return std::abs(x.change) > std::abs(y.change); });
    return result;
}

} // namespace entente::analysis
