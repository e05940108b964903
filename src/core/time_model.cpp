#include "core/time_model.hpp"

#include <algorithm>
#include <cmath>

namespace entente {

double overlap_share(Interval event, Interval window)
{
    const Day lo = std::max(event.start, window.start);
    const Day hi = std::min(event.end, window.end);
    if (hi <= lo || event.length() <= 0) return 0.0;
    return static_cast<double>(hi - lo) / event.length();
}

double decayed_share(Interval event, Day at, double half_life)
{
    const Day last = std::min<Day>(event.end - 1, at); // last day that counts
    if (last < event.start || event.length() <= 0) return 0.0;
    // Geometric series: sum_{s=start}^{last} r^(at-s), r = 2^(-1/h).
    const double r = std::exp2(-1.0 / half_life);
    // In doubles: `at` may be the open end of a grid (near INT_MAX), and the event centuries before.
    const double newest = std::exp2(-(static_cast<double>(at) - static_cast<double>(last)) / half_life);
    const double n = static_cast<double>(last) - static_cast<double>(event.start) + 1.0;
    const double sum = (r == 1.0) ? n : newest * (1.0 - std::pow(r, n)) / (1.0 - r);
    return sum / event.length();
}

} // namespace entente
