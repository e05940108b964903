#pragma once
// How much of an event counts in a view (DESIGN.md section 3): an event's
// weight is spread uniformly over its days, so a window takes the share of
// days it overlaps and a decayed instant discounts each day by its age.
#include <vector>

#include "core/date.hpp"

namespace entente {

/// Share of `event`'s days that fall inside `window`, in [0, 1].
/// An event dated `2017` split at 2017-05-24 gives 143/365 and 222/365.
double overlap_share(Interval event, Interval window);

/// Decayed share of `event` at the end of day `at` with half-life `half_life`
/// days: (1/len) * sum over the event's days s <= at of 2^(-(at - s) / half_life).
/// A one-day event two half-lives before `at` counts 1/4. Closed form, O(1).
double decayed_share(Interval event, Day at, double half_life);

/// decayed_share for one half-life, for readings that ask it of every event:
/// the powers of the daily decay it needs for ages and lengths under
/// k_days are looked up instead of computed, by the same calls, so the
/// shares are decayed_share's bit for bit.
class Decay {
public:
    static constexpr Day k_days = 400;
    explicit Decay(double half_life);
    [[nodiscard]] double half_life() const { return m_half_life; }
    [[nodiscard]] double share(Interval event, Day at) const;
    /// 2^(-days / half_life): what is left of a standing after `days` days (days >= 0).
    [[nodiscard]] double left_after(Day days) const;

private:
    double m_half_life;
    double m_daily;                 ///< 2^(-1/half_life): a day's decay
    std::vector<double> m_by_age;   ///< 2^(-k/half_life) for an age of k days
    std::vector<double> m_by_count; ///< m_daily^n for n days
};

} // namespace entente
