#include "views/view_spec.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente::views {

Day first_rolling_start(Day day, const Duration& step)
{
    if (step.months != 0) {
        // A multiple of the step counted in months from year 0.
        const long long month_number = static_cast<long long>(year_of(day)) * 12 + month_of(day) - 1;
        const long long aligned = month_number - month_number % step.months;
        return day_from_civil(static_cast<int>(aligned / 12), static_cast<unsigned>(aligned % 12) + 1, 1);
    }
    constexpr Day monday = 4; // 1970-01-05
    const long long offset = static_cast<long long>(day) - monday;
    const long long steps = offset >= 0 ? offset / step.days : -((-offset + step.days - 1) / step.days);
    return static_cast<Day>(monday + steps * step.days);
}

void check_step(const Duration& window, const Duration& step)
{
    if (step.approx_days() > window.approx_days() + 1e-9) {
        throw UsageError(fmt::format("step {} is longer than the window {}: the windows would leave days out",
                                     step.text, window.text));
    }
}

std::vector<ViewSpec> rolling_windows(Interval span, const Duration& window, const Duration& step, const ViewSpec& base)
{
    check_step(window, step);
    std::vector<ViewSpec> series;
    if (span.end <= span.start) return series;
    const double windows = span.length() / step.approx_days();
    if (windows > k_max_windows) {
        throw UsageError(fmt::format("a step of {} over {} to {} gives about {:.0f} windows, more than {}; choose a "
                                     "longer step",
                                     step.text, format_day(span.start), format_day(span.end - 1), windows,
                                     k_max_windows));
    }
    for (Day start = first_rolling_start(span.start, step); start < span.end; start = step.after(start)) {
        ViewSpec spec = base;
        spec.kind = ViewKind::window;
        spec.window = {start, window.after(start)};
        spec.label = format_day(start);
        spec.partial = spec.window.end > span.end;
        series.push_back(std::move(spec));
    }
    return series;
}

} // namespace entente::views
