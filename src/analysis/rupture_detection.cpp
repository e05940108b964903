#include "analysis/rupture_detection.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "analysis/explicit_acts.hpp"
#include "analysis/pelt.hpp"
#include "analysis/rupture_rules.hpp"
#include "core/parallel_map.hpp"

namespace entente::analysis {
namespace {

using namespace rupture_rules;

/// Two index spaces meet in detection. The series' grid numbers the points of
/// the whole calendar, shared by every dyad (GridPoint: what DyadSeries's
/// start, point_window and point_of take and give). A dyad's values, PELT's
/// change points, segment bounds and Boundary::point number the dyad's own
/// active points from 0 (DyadPoint: an index into its values).
using GridPoint = std::size_t;
using DyadPoint = std::size_t;

/// The calendar of one dyad's active points, in DyadPoints: the one place
/// that turns them into the grid's points.
class DyadPoints {
public:
    DyadPoints(const views::DyadSeries& series, std::size_t dyad)
        : m_series(&series), m_first(series.active(dyad).first), m_size(series.active(dyad).second - m_first)
    {
    }
    /// How many points the dyad is active on; its values have one each.
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] GridPoint grid(DyadPoint k) const { return m_first + k; }
    /// The first day of point k's step cell; k == size() gives the day after the last one.
    [[nodiscard]] Day start(DyadPoint k) const { return m_series->start(grid(k)); }
    /// The days point k's value covers.
    [[nodiscard]] Interval window(DyadPoint k) const { return m_series->point_window(grid(k)); }
    /// The point whose step cell holds `day`.
    [[nodiscard]] DyadPoint point_of(Day day) const { return m_series->point_of(day) - m_first; }
    /// The point that first sees `day` (its first window holding it), 0 for a day before the dyad's points.
    [[nodiscard]] DyadPoint first_seeing(Day day) const
    {
        return std::max(m_series->first_point_seeing(day), m_first) - m_first;
    }

private:
    const views::DyadSeries* m_series;
    GridPoint m_first;
    std::size_t m_size;
};

/// How far around a PELT change point its day is sought, in points.
constexpr std::size_t refine_points = 6;

/// A change point of a dyad's series: the segment starting at `point`
/// differs from the one before.
struct Boundary {
    Boundary(DyadPoint point_, RuptureKind kind_, Day date_, unsigned signals_)
        : point(point_), kind(kind_), date(date_), signals(signals_)
    {
    }
    DyadPoint point;
    RuptureKind kind; ///< what the signal says; PELT's alone say nothing (rupture)
    Day date;         ///< for a flip or an act, the day it dates the change
    unsigned signals;
};

/// The day of the dyad's first event: where its record starts.
Day record_start(const views::DyadSeries& series, std::size_t dyad)
{
    return series.rows().interval(series.events(dyad).front()).start;
}

/// The noise variance from first differences, mean((x[k] - x[k-1])^2) / 2, which
/// a few level changes in a long series barely move.
double noise_variance(const std::vector<double>& x)
{
    double sum = 0.0;
    for (std::size_t k = 1; k < x.size(); ++k)
        sum += (x[k] - x[k - 1]) * (x[k] - x[k - 1]);
    return x.size() < 2 ? 0.0 : sum / (2.0 * static_cast<double>(x.size() - 1));
}

/// +1 when `kind` is a rise, -1 when a fall.
double direction(RuptureKind kind)
{
    return kind == RuptureKind::rapprochement ? 1.0 : -1.0;
}

bool pushes(const views::Evidence& evidence, RuptureKind kind)
{
    return evidence.contribution * direction(kind) > 0;
}

/// The day splitting `days` into two parts of constant daily score that fit
/// best (least squares) with the second part moving the way of `kind`; none
/// when no split moves that way.
std::optional<Day> best_split(const views::DyadSeries& series, std::size_t dyad, Interval days, RuptureKind kind)
{
    const std::vector<double> daily = series.daily(dyad, days);
    const std::size_t n = daily.size();
    double total = 0.0, scale = 0.0;
    for (const double v : daily) {
        total += v;
        scale += std::abs(v);
    }
    const double tiny = 1e-9 * scale; // below this a shift is rounding, not a change
    double prefix = 0.0, best = 0.0;
    std::size_t split = 0;
    for (std::size_t t = 1; t < n; ++t) {
        prefix += daily[t - 1];
        const double shift = total * static_cast<double>(t) / static_cast<double>(n) - prefix; // > 0: rises after t
        if (shift * direction(kind) <= tiny) continue;
        const double gain = shift * shift * static_cast<double>(n) / (static_cast<double>(t) * (n - t));
        if (gain > best) {
            best = gain;
            split = t;
        }
    }
    if (split == 0) return std::nullopt;
    return days.start + static_cast<Day>(split);
}

/// The first day in `days` on which an event pushing the way of `kind` starts:
/// the earliest day the evidence supports.
std::optional<Day> first_push(const views::DyadSeries& series, std::size_t dyad, Interval days, RuptureKind kind)
{
    for (const views::Evidence& ev : series.evidence(dyad, days)) { // in time order
        const Day start = series.rows().interval(ev.event).start;
        if (start >= days.start && pushes(ev, kind)) return start;
    }
    return std::nullopt;
}

/// Sign flips of the decayed score, each placed at the first event pushing its
/// way from the best split between the score's last extreme and the flip; at
/// the split itself when the flip is a fade (it then shapes the segments but
/// is no change: nothing pushes it).
std::vector<Boundary> flip_points(const views::DyadSeries& series, std::size_t dyad)
{
    const DyadPoints points(series, dyad);
    const std::vector<double> decayed = series.decayed(dyad);
    std::vector<Boundary> flips;
    int sign = 0;
    DyadPoint stretch = 0; // where the current sign began
    for (std::size_t k = 0; k < decayed.size(); ++k) {
        const int s = (decayed[k] > 0) - (decayed[k] < 0);
        if (s == 0) continue;
        if (sign != 0 && s != sign) {
            const RuptureKind kind = s < 0 ? RuptureKind::rupture : RuptureKind::rapprochement;
            const auto extreme = kind == RuptureKind::rupture
                                     ? std::max_element(decayed.begin() + stretch, decayed.begin() + k)
                                     : std::min_element(decayed.begin() + stretch, decayed.begin() + k);
            const Interval days{points.start(static_cast<DyadPoint>(extreme - decayed.begin())), points.start(k + 1)};
            if (const auto split = best_split(series, dyad, days, kind)) {
                const Day day = first_push(series, dyad, {*split, days.end}, kind).value_or(*split);
                flips.emplace_back(points.first_seeing(day), kind, day, signal_flip);
            }
            stretch = k;
        }
        sign = s;
    }
    return flips;
}

/// Explicit acts that are news: none of their kind on the dyad within `gap`
/// days before. `act_of_code`: explicit_act of each CodeIndex.
std::vector<Boundary> act_points(const views::DyadSeries& series, std::size_t dyad, Day gap,
                                 const std::vector<std::optional<RuptureKind>>& act_of_code)
{
    const DyadPoints points(series, dyad);
    const model::EventStore& rows = series.rows();
    std::vector<Boundary> acts;
    std::optional<Day> last[2]; // by kind
    for (const model::EventIndex e : series.events(dyad)) {
        const std::optional<RuptureKind> kind = act_of_code[rows.code(e)];
        if (!kind || rows.mass(e) * direction(*kind) <= 0) continue;
        const Day day = rows.interval(e).start;
        std::optional<Day>& previous = last[static_cast<int>(*kind)];
        const bool news = !previous || day - *previous >= gap;
        previous = day;
        if (news) acts.emplace_back(points.first_seeing(day), *kind, day, signal_act);
    }
    return acts;
}

/// Orders the forced change points and makes them distinct: two of one kind on
/// one point merge; of opposite kinds, the later moves to the next point.
std::vector<Boundary> distinct_points(std::vector<Boundary> forced, std::size_t n)
{
    std::sort(forced.begin(), forced.end(), [](const Boundary& x, const Boundary& y) {
        return std::tie(x.point, x.date) < std::tie(y.point, y.date);
    });
    std::vector<Boundary> out;
    for (Boundary f : forced) {
        if (f.point == 0) continue; // the dyad's first point has no before
        if (!out.empty() && f.point <= out.back().point) {
            if (f.kind == out.back().kind) {
                out.back().signals |= f.signals;
                out.back().date = std::min(out.back().date, f.date);
                continue;
            }
            f.point = out.back().point + 1;
        }
        if (f.point < n) out.push_back(f);
    }
    return out;
}

/// The forced change points and PELT's, in point order; a forced point PELT also
/// found keeps its kind and date and gains the PELT signal.
std::vector<Boundary> with_pelt(std::vector<Boundary> forced, const std::vector<DyadPoint>& pelt)
{
    for (const DyadPoint p : pelt) {
        const auto same = std::find_if(forced.begin(), forced.end(), [&](const Boundary& f) { return f.point == p; });
        if (same != forced.end())
            same->signals |= signal_pelt;
        else
            forced.emplace_back(p, RuptureKind::rupture, 0, signal_pelt);
    }
    std::sort(forced.begin(), forced.end(), [](const Boundary& u, const Boundary& v) { return u.point < v.point; });
    return forced;
}

/// Drops the change points only a flip or an act put there that do not pay
/// PELT's penalty against the noise left inside the segments: a jump d
/// between segments of n1 and n2 points stays when d^2 / (1/n1 + 1/n2) >=
/// penalty × residual variance. Repeats until every one left pays.
std::vector<Boundary> significant_points(std::vector<Boundary> points, const SegmentCost& segments, std::size_t n,
                                         double penalty_per_variance)
{
    for (bool dropped = true; dropped;) {
        dropped = false;
        const auto edge = [&](std::size_t k) { return k == 0 ? 0 : k > points.size() ? n : points[k - 1].point; };
        double residual = 0.0;
        for (std::size_t k = 0; k <= points.size(); ++k)
            residual += segments(edge(k), edge(k + 1));
        const double variance = n > points.size() + 1 ? residual / static_cast<double>(n - points.size() - 1) : 0.0;
        std::vector<Boundary> kept;
        for (std::size_t k = 0; k < points.size(); ++k) {
            const std::size_t previous = edge(k), here = edge(k + 1), next = edge(k + 2);
            const double jump = segments.mean(here, next) - segments.mean(previous, here);
            const double spread = 1.0 / static_cast<double>(here - previous) + 1.0 / static_cast<double>(next - here);
            if ((points[k].signals & signal_pelt) == 0 && jump * jump < penalty_per_variance * variance * spread) {
                dropped = true;
                continue;
            }
            kept.push_back(points[k]);
        }
        points = std::move(kept);
    }
    return points;
}

/// Weight per day of the events in `days` that push the way of `kind`.
double push_rate(const views::DyadSeries& series, std::size_t dyad, Interval days, RuptureKind kind)
{
    double push = 0.0;
    for (const views::Evidence& ev : series.evidence(dyad, days))
        if (pushes(ev, kind)) push += std::abs(ev.contribution);
    return days.length() > 0 ? push / days.length() : 0.0;
}

/// Events of the dyad with a part in `days` (a row counts `count` times), all of
/// them or those pushing the way of `kind`.
long long events_in(const views::DyadSeries& series, std::size_t dyad, Interval days,
                    std::optional<RuptureKind> kind = std::nullopt)
{
    long long n = 0;
    for (const views::Evidence& ev : series.evidence(dyad, days))
        if (!kind || pushes(ev, *kind)) n += series.rows().count(ev.event);
    return n;
}

/// The changes (in time order) that stand on `min_events` events: as many
/// pushing their way from their date up to the next change (or the series'
/// end), and, for a change back towards quiet (|after| < |before|), as many
/// behind the level it leaves, back to the previous change (or the dyad's
/// first event): the return from one clash is no rapprochement either.
std::vector<Rupture> with_evidence(const views::DyadSeries& series, std::size_t dyad, std::vector<Rupture> changes,
                                   long long min_events)
{
    const DyadPoints points(series, dyad);
    const Day series_end = points.window(points.size() - 1).end;
    std::vector<Rupture> kept;
    for (std::size_t k = 0; k < changes.size(); ++k) {
        const Rupture& r = changes[k];
        const Day from = k == 0 ? record_start(series, dyad) : changes[k - 1].date;
        const Day to = k + 1 < changes.size() ? changes[k + 1].date : std::max(series_end, r.date + 1);
        if (!enough_events(events_in(series, dyad, {r.date, to}, r.kind), min_events)) continue;
        if (returns_towards_quiet(r.before, r.after) &&
            !enough_events(events_in(series, dyad, {from, r.date}), min_events))
            continue;
        kept.push_back(std::move(changes[k]));
    }
    return kept;
}

const Era* era_at(const std::vector<Era>& eras, ActorIndex actor, Day day)
{
    for (const Era& era : eras)
        if (era.actor == actor && era.start <= day && (!era.end || day < *era.end)) return &era;
    return nullptr;
}

/// Fills in a change's causes (the largest contributions pushing its way in its
/// interval) and the eras its date falls in.
void explain(const views::DyadSeries& series, std::size_t dyad, Rupture& r, std::size_t max_causes)
{
    for (const views::Evidence& ev : series.evidence(dyad, r.interval))
        if (pushes(ev, r.kind)) r.causes.push_back(ev);
    const auto larger = [](const views::Evidence& u, const views::Evidence& v) {
        const double cu = std::abs(u.contribution), cv = std::abs(v.contribution);
        return cu != cv ? cu > cv : u.event < v.event;
    };
    std::sort(r.causes.begin(), r.causes.end(), larger);
    if (r.causes.size() > max_causes) r.causes.resize(max_causes);
    for (const ActorIndex actor : {r.a, r.b})
        if (const Era* era = era_at(series.dataset().eras, actor, r.date)) r.eras.push_back(era);
}

/// A decayed score is a standing, not a rate: a change compares the standing on
/// the eve of the change with the standing where the events since then moved it
/// furthest (measured against the eve's standing left to decay), before the next change.
std::vector<Rupture> as_standings(const views::DyadSeries& series, std::size_t dyad, const std::vector<double>& x,
                                  std::vector<Rupture> changes)
{
    const DyadPoints points(series, dyad);
    const double half_life = series.spec().half_life;
    std::vector<Rupture> kept;
    for (std::size_t k = 0; k < changes.size(); ++k) {
        Rupture& r = changes[k];
        const Day eve = r.date - 1;
        r.before = series.decayed_at(dyad, eve);
        const DyadPoint from = points.point_of(r.date);
        const DyadPoint to = k + 1 < changes.size() ? points.point_of(changes[k + 1].date) : x.size();
        double furthest = 0.0;
        for (DyadPoint j = from; j < std::max(from + 1, std::min(to, x.size())); ++j) {
            const Day day = points.start(j + 1) - 1; // x[j] is the standing at the end of this day
            const double moved = moved_its_way(r.before * std::exp2(-(day - eve) / half_life), x[j], r.kind);
            if (moved > furthest) {
                furthest = moved;
                r.after = x[j];
            }
        }
        if (!moves_standing(furthest)) continue;
        r.magnitude = std::abs(r.after - r.before);
        kept.push_back(std::move(r));
    }
    return kept;
}

/// Surges of the conflict channel (the conflictual acts alone, CAMEO roots
/// 10-20): PELT change points of its window series where it rises, dated by
/// the start of the largest conflictual contribution to the window where it
/// rises (not before the window ahead of it: a long stance does not date it).
/// Net scores let a war and the peace that ends it in one window cancel out;
/// the conflict they hold does not. Before and after are the channel's
/// levels as scores (minus the conflict). Rises in consecutive windows at
/// most `gap` days apart are one surge.
std::vector<Rupture> conflict_surges(const views::DyadSeries& series, std::size_t dyad, const std::vector<double>& c,
                                     double penalty_per_variance, Day gap)
{
    const double variance = noise_variance(c);
    if (variance <= 0.0) return {};
    Pelt pelt(c, penalty_per_variance * variance);
    pelt.run();
    const SegmentCost& segments = pelt.segments();
    const DyadPoints points(series, dyad);
    const Day first_day = record_start(series, dyad);
    const std::vector<DyadPoint>& change_points = pelt.change_points();
    std::vector<Rupture> surges;
    for (std::size_t k = 0; k < change_points.size(); ++k) {
        const DyadPoint point = change_points[k];
        const DyadPoint previous = k == 0 ? 0 : change_points[k - 1];
        const DyadPoint next = k + 1 == change_points.size() ? c.size() : change_points[k + 1];
        const double before = segments.mean(previous, point), after = segments.mean(point, next);
        if (!conflict_rises(before, after)) continue;
        const Interval window = points.window(point);
        const std::vector<views::Evidence> evidence = series.evidence(dyad, window);
        const views::Evidence* largest = nullptr;
        for (const views::Evidence& ev : evidence)
            if (pushes(ev, RuptureKind::rupture) &&
                (!largest || std::abs(ev.contribution) > std::abs(largest->contribution)))
                largest = &ev;
        if (!largest) continue; // no conflictual act in the window: nothing dates the surge
        const Day earliest = points.start(point - (point > 0 ? 1 : 0));
        const Day date = std::max(series.rows().interval(largest->event).start, earliest);
        if (!after_first_events(date, first_day)) continue;
        Rupture surge;
        surge.a = series.dyad(dyad).a;
        surge.b = series.dyad(dyad).b;
        surge.date = date;
        surge.before = 0.0 - before; // not -0.0
        surge.after = 0.0 - after;
        surge.magnitude = after - before;
        surge.signals = signal_conflict;
        surge.interval = {date, std::max(window.end, date + 1)};
        // A rise over several windows in a row (a war across a month's end) is one surge.
        if (!surges.empty() &&
            continues_surge(surges.back().date, surges.back().interval.end, surge.date, window.start, gap)) {
            Rupture& rising = surges.back();
            rising.after = surge.after;
            rising.magnitude = rising.before - rising.after;
            rising.interval.end = surge.interval.end;
            continue;
        }
        surges.push_back(surge);
    }
    return surges;
}

/// Joins each surge of conflict to the dyad's rupture within `gap` days of
/// it, whose levels it takes when it is the larger change; a surge with no
/// such rupture is a rupture of its own. In time order.
std::vector<Rupture> with_surges(std::vector<Rupture> changes, const std::vector<Rupture>& surges, Day gap)
{
    for (const Rupture& surge : surges) {
        const auto near = std::find_if(changes.begin(), changes.end(),
                                       [&](const Rupture& r) { return surge_is_rupture(r, surge.date, gap); });
        if (near == changes.end()) {
            changes.push_back(surge);
            continue;
        }
        if (surge_is_larger(surge.magnitude, near->magnitude)) {
            near->before = surge.before;
            near->after = surge.after;
            near->magnitude = surge.magnitude;
        }
        near->date = std::min(near->date, surge.date);
        near->signals |= signal_conflict;
        near->interval = {std::min(near->interval.start, surge.interval.start),
                          std::max(near->interval.end, surge.interval.end)};
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Rupture& x, const Rupture& y) { return x.date < y.date; });
    return changes;
}

/// Points [start, end) of a dyad: the two segments either side of a change point.
struct Stretch {
    DyadPoint start;
    DyadPoint end;
};

/// The day a change at `b` happened, within `neighbours`: the first event
/// pushing its way from the act's day, the flip's split, or for PELT's the
/// least-squares split of the daily scores the neighbouring segments' windows
/// cover (up to refine_points points on either side). None when no event
/// pushes it that way.
std::optional<Day> change_day(const views::DyadSeries& series, std::size_t dyad, const DyadPoints& points,
                              Stretch neighbours, const Boundary& b, unsigned signals, RuptureKind kind)
{
    const Interval around{points.start(std::max(neighbours.start, b.point - std::min(b.point, refine_points))),
                          points.window(std::min(neighbours.end, b.point + refine_points) - 1).end};
    const std::optional<Day> split = signals == signal_pelt ? best_split(series, dyad, around, kind) : b.date;
    if (!split) return std::nullopt;
    return first_push(series, dyad, {*split, std::max(around.end, *split + 1)}, kind);
}

} // namespace

RuptureDetection::RuptureDetection(const views::DyadSeries& series, RuptureParams params, std::size_t threads)
    : m_series(&series), m_params(std::move(params)), m_threads(threads)
{
    for (const CameoCode& code : series.dataset().cameo.codes())
        m_act_of_code.push_back(explicit_act(code.code));
}

void RuptureDetection::run()
{
    m_ruptures.clear();
    for (std::vector<Rupture>& found :
         parallel_map(m_series->size(), m_threads, [&](std::size_t d) { return detect(d); }))
        m_ruptures.insert(m_ruptures.end(), std::make_move_iterator(found.begin()),
                          std::make_move_iterator(found.end()));
    std::sort(m_ruptures.begin(), m_ruptures.end(), [](const Rupture& x, const Rupture& y) {
        return std::tie(y.magnitude, x.date, x.a, x.b) < std::tie(x.magnitude, y.date, y.a, y.b);
    });
}

std::vector<Rupture> RuptureDetection::detect(std::size_t dyad) const
{
    const views::DyadSeries& series = *m_series;
    const DyadPoints points(series, dyad);
    const std::size_t n = points.size();
    if (n < 2) return {}; // one point has no before and after
    const std::vector<views::Sums> sums = series.point_sums(dyad);
    const std::vector<double> x = views::part_of(sums, &views::Sums::score); // by DyadPoint
    const double variance = noise_variance(x);
    if (variance <= 0.0) return {}; // a level that never moves

    // Where the series may change: PELT's change points, with the flips and acts that pay the same penalty.
    std::vector<Boundary> forced = flip_points(series, dyad);
    for (const Boundary& act : act_points(series, dyad, m_params.act_gap, m_act_of_code))
        forced.push_back(act);
    forced = distinct_points(std::move(forced), n);
    const double penalty_per_variance = m_params.penalty.value_or(3.0 * std::log(static_cast<double>(n)));
    Pelt pelt(x, penalty_per_variance * variance);
    pelt.run();
    const SegmentCost& segments = pelt.segments();
    const std::vector<Boundary> boundaries =
        significant_points(with_pelt(std::move(forced), pelt.change_points()), segments, n, penalty_per_variance);

    // Each boundary between two segments is a change when it passes every rule (rupture_rules.hpp).
    const Day first_day = record_start(series, dyad);
    std::vector<Rupture> changes;
    for (std::size_t k = 0; k < boundaries.size(); ++k) {
        const Boundary& b = boundaries[k];
        const DyadPoint previous = k == 0 ? 0 : boundaries[k - 1].point;
        const DyadPoint next = k + 1 == boundaries.size() ? n : boundaries[k + 1].point;
        const DyadPoint after_next = k + 2 < boundaries.size() ? boundaries[k + 2].point : n;
        const double before = segments.mean(previous, b.point), after = segments.mean(b.point, next);
        if (!level_moves(before, after)) continue;
        const RuptureKind kind = after > before ? RuptureKind::rapprochement : RuptureKind::rupture;
        if (!borne_out_by_series(b.signals, b.kind, kind)) continue;
        const unsigned signals = signals_borne_out(b.signals, b.kind, kind);
        const Day end = points.window(b.point).end;
        const bool left_within_a_window = next < n && points.start(next - 1) < end;
        if (is_blip(signals, kind, after,
                    left_within_a_window ? std::optional(segments.mean(next, after_next)) : std::nullopt))
            continue;
        const std::optional<Day> date = change_day(series, dyad, points, {previous, next}, b, signals, kind);
        if (!date) continue; // no event moves it that way: a drift, a stance ending
        if (!after_first_events(*date, first_day)) continue;
        const Interval before_days{std::min(points.start(previous), *date), *date};
        const Interval after_days{*date, std::max(points.window(next - 1).end, *date + 1)};
        if (!driven_by_events(push_rate(series, dyad, after_days, kind), push_rate(series, dyad, before_days, kind)))
            continue;
        Rupture change;
        change.a = series.dyad(dyad).a;
        change.b = series.dyad(dyad).b;
        change.date = *date;
        change.kind = kind;
        change.before = before;
        change.after = after;
        change.magnitude = std::abs(after - before);
        change.signals = signals;
        change.interval = {*date, std::max(end, points.window(points.point_of(*date)).end)};
        changes.push_back(std::move(change));
    }

    // Changes of one kind close together are one, standing on enough events.
    std::vector<Rupture> merged =
        with_evidence(series, dyad, merge_ruptures(changes, m_params.merge_gap), m_params.min_events);
    if (series.spec().kind == views::SeriesKind::decayed)
        merged = as_standings(series, dyad, x, std::move(merged));
    else
        merged = with_surges(std::move(merged),
                             with_evidence(series, dyad,
                                           conflict_surges(series, dyad, views::part_of(sums, &views::Sums::conflict),
                                                           penalty_per_variance, m_params.merge_gap),
                                           m_params.min_events),
                             m_params.merge_gap);
    for (Rupture& r : merged)
        explain(series, dyad, r, m_params.max_causes);
    return merged;
}

std::vector<Rupture> merge_ruptures(const std::vector<Rupture>& changes, Day gap)
{
    std::vector<Rupture> merged;
    Day last_date = 0;
    for (const Rupture& change : changes) {
        if (!merged.empty() && merged.back().kind == change.kind && std::abs(change.date - last_date) <= gap) {
            Rupture& group = merged.back();
            group.date = std::min(group.date, change.date);
            group.after = change.after;
            group.magnitude = std::abs(group.after - group.before);
            group.signals |= change.signals;
            group.interval = {std::min(group.interval.start, change.interval.start),
                              std::max(group.interval.end, change.interval.end)};
        } else {
            merged.push_back(change);
        }
        last_date = change.date;
    }
    return merged;
}

std::vector<Rupture> select_ruptures(const std::vector<Rupture>& ruptures, const RuptureSelection& selection)
{
    std::vector<Rupture> selected;
    for (const Rupture& r : ruptures) {
        if (selection.top != 0 && selected.size() == selection.top) break;
        if (selection.actor && r.a != *selection.actor && r.b != *selection.actor) continue;
        if (selection.since && r.date < *selection.since) continue;
        if (selection.until && r.date >= *selection.until) continue;
        if (r.magnitude < selection.min_magnitude) continue;
        selected.push_back(r);
    }
    return selected;
}

} // namespace entente::analysis
