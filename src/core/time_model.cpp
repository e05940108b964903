#include "core/time_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace entente {

double overlap_share(Interval event, Interval window)
{
    const Day lo = std::max(event.start, window.start);
    const Day hi = std::min(event.end, window.end);
    if (hi <= lo || event.length() <= 0) return 0.0;
    return static_cast<double>(hi - lo) / event.length();
}

namespace {

/// The closed form of decayed_share, given 2^(-1/h) as `daily`, 2^(-age/h) by
/// `by_age(at, last)` and daily^n by `by_count(n)`.
template <class ByAge, class ByCount>
double share_of(Interval event, Day at, double daily, const ByAge& by_age, const ByCount& by_count)
{
    const Day last = std::min<Day>(event.end - 1, at); // last day that counts
    if (last < event.start || event.length() <= 0) return 0.0;
    // Geometric series: sum_{s=start}^{last} r^(at-s), r = 2^(-1/h).
    const double newest = by_age(at, last);
    const double n = static_cast<double>(last) - static_cast<double>(event.start) + 1.0;
    const double sum = (daily == 1.0) ? n : newest * (1.0 - by_count(n)) / (1.0 - daily);
    return sum / event.length();
}

/// 2^(-(at - last)/h), in doubles: `at` may be the open end of a grid (near INT_MAX), and the event centuries before.
double decay_of_age(Day at, Day last, double half_life)
{
    return std::exp2(-(static_cast<double>(at) - static_cast<double>(last)) / half_life);
}

} // namespace

double decayed_share(Interval event, Day at, double half_life)
{
    const double daily = std::exp2(-1.0 / half_life);
    return share_of(
        event, at, daily, [&](Day a, Day last) { return decay_of_age(a, last, half_life); },
        [&](double n) { return std::pow(daily, n); });
}

Decay::Decay(double half_life) : m_half_life(half_life), m_daily(std::exp2(-1.0 / half_life))
{
    for (Day k = 0; k < k_days; ++k) {
        m_by_age.push_back(decay_of_age(k, 0, half_life));
        m_by_count.push_back(std::pow(m_daily, static_cast<double>(k)));
    }
}

double Decay::left_after(Day days) const
{
    return days < k_days ? m_by_age[static_cast<std::size_t>(days)] : decay_of_age(days, 0, m_half_life);
}

double Decay::share(Interval event, Day at) const
{
    return share_of(
        event, at, m_daily,
        [&](Day a, Day last) {
            const std::int64_t age = std::int64_t{a} - last; // never negative: last <= a
            return age < k_days ? m_by_age[static_cast<std::size_t>(age)] : decay_of_age(a, last, m_half_life);
        },
        [&](double n) { return n < k_days ? m_by_count[static_cast<std::size_t>(n)] : std::pow(m_daily, n); });
}

} // namespace entente
