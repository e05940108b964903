#include "analysis/era_shift.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "analysis/explicit_acts.hpp"

namespace entente::analysis {
namespace {

using DyadKey = std::pair<ActorIndex, ActorIndex>;

/// `x` and `y` are equal up to the rounding of sums that spread the same events differently.
bool same(double x, double y)
{
    return std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y));
}

/// The record's verdict on a dyad with events in both views.
Record record_of(const DyadShift& s, long long min_events)
{
    return s.events_a() >= min_events && s.events_b() >= min_events ? Record::both : Record::too_few;
}

/// Improved or worsened when the channel that moves the rate that way grew,
/// else the rate moved because the other channel was recorded less. For a
/// dyad with events in both views.
Trend trend_of(const DyadShift& s, double years_a, double years_b)
{
    if (s.change == 0) return Trend::none;
    const auto per_year = [](double value, double years) { return years > 0 ? value / years : 0.0; };
    if (s.change > 0) {
        const double cooperation_a = per_year(s.in_a->cooperation, years_a);
        const double cooperation_b = per_year(s.in_b->cooperation, years_b);
        return cooperation_b > cooperation_a && !same(cooperation_a, cooperation_b) ? Trend::improved
                                                                                    : Trend::less_conflict;
    }
    const double conflict_a = per_year(s.in_a->conflict, years_a), conflict_b = per_year(s.in_b->conflict, years_b);
    return conflict_b > conflict_a && !same(conflict_a, conflict_b) ? Trend::worsened : Trend::less_cooperation;
}

} // namespace

std::string_view to_string(Flip flip)
{
    switch (flip) {
    case Flip::none:
        return "";
    case Flip::friend_to_foe:
        return "friend_to_foe";
    case Flip::foe_to_friend:
        return "foe_to_friend";
    }
    return "";
}

std::string_view to_string(Trend trend)
{
    switch (trend) {
    case Trend::none:
        return "";
    case Trend::improved:
        return "improved";
    case Trend::worsened:
        return "worsened";
    case Trend::less_conflict:
        return "less_conflict";
    case Trend::less_cooperation:
        return "less_cooperation";
    }
    return "";
}

std::string_view flip_label(const DyadShift& shift)
{
    switch (shift.record) {
    case Record::both:
        return to_string(shift.flip);
    case Record::opened_in_b:
        return "new";
    case Record::none_in_a:
        return "no_events_a";
    case Record::none_in_b:
        return "no_events_b";
    case Record::too_few:
        return "too_few_events";
    }
    return "";
}

bool stands_in_both(const EraShift& shift, ActorIndex actor)
{
    long long in_a = 0, in_b = 0;
    for (const DyadShift& s : shift.dyads)
        if (s.a == actor || s.b == actor) {
            in_a += s.events_a();
            in_b += s.events_b();
        }
    return in_a >= shift.min_events && in_b >= shift.min_events;
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

namespace {

/// Every dyad of views A and B (of `focal` when given), with its rates and
/// where it is, keyed by its pair: what compare_views reads and which first
/// events it needs.
std::map<DyadKey, DyadShift> paired(const views::RelationGraph& a, const views::RelationGraph& b,
                                    std::optional<ActorIndex> focal)
{
    const double years_a = years(a.spec().window);
    const double years_b = years(b.spec().window);
    std::map<DyadKey, DyadShift> by_pair;
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
    return by_pair;
}

} // namespace

bool reads_first_event(const DyadShift& shift)
{
    return shift.in_b && !shift.in_a;
}

std::vector<views::DyadKey> dyads_needing_first_event(const views::RelationGraph& a, const views::RelationGraph& b,
                                                      std::optional<ActorIndex> focal)
{
    std::vector<views::DyadKey> needed;
    for (const auto& [key, s] : paired(a, b, focal))
        if (reads_first_event(s)) needed.push_back({s.a, s.b});
    return needed;
}

EraShift compare_views(const views::RelationGraph& a, const views::RelationGraph& b, std::optional<ActorIndex> focal,
                       const ShiftParams& params)
{
    const double years_a = years(a.spec().window);
    const double years_b = years(b.spec().window);
    std::map<DyadKey, DyadShift> by_pair = paired(a, b, focal);

    EraShift result;
    result.rows_a = &a.events();
    result.rows_b = &b.events();
    result.min_events = params.min_events;
    std::size_t union_edges = 0, same_sign = 0;
    for (auto& [key, s] : by_pair) {
        s.change = s.rate_b - s.rate_a;
        // The same events spread over both views give equal rates up to rounding: no change.
        if (same(s.rate_a, s.rate_b)) s.change = 0.0;
        const bool edge_a = s.in_a && a.is_edge(*s.in_a);
        const bool edge_b = s.in_b && b.is_edge(*s.in_b);
        if (!s.in_b) {
            s.record = Record::none_in_b;
        } else if (reads_first_event(s)) {
            // It begins in B only when its very first event, in B, opens relations (recognition;
            // joining an organisation): otherwise the record is merely silent before B.
            s.record = Record::none_in_a;
            const auto& opening = s.in_b->first;
            const model::EventStore& events = b.events();
            const auto& actors = b.dataset().actors;
            const bool with_organization =
                actors.at(s.a).kind == ActorKind::organization || actors.at(s.b).kind == ActorKind::organization;
            if (opening && events.interval(opening->event).start >= b.spec().window.start &&
                opens_relations(b.dataset().cameo.at(events.code(opening->event)).code, with_organization)) {
                s.record = Record::opened_in_b;
                s.opening = opening->event;
            }
        } else {
            s.record = record_of(s, params.min_events);
        }
        if (edge_a && edge_b) {
            ++result.distance.shared_edges;
            const bool pos_a = s.in_a->score > 0, pos_b = s.in_b->score > 0;
            if (pos_a == pos_b)
                ++same_sign;
            else if (s.record == Record::both)
                s.flip = pos_a ? Flip::friend_to_foe : Flip::foe_to_friend;
        }
        if (s.record == Record::both) s.trend = trend_of(s, years_a, years_b);
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
