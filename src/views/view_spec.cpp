#include "views/view_spec.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente::views {

std::vector<ViewSpec> rolling_windows(Interval span, const Duration& window, const Duration& step, const ViewSpec& base)
{
    if (step.approx_days() > window.approx_days() + 1e-9) {
        throw UsageError(fmt::format("step {} is longer than the window {}: the windows would leave days out",
                                     step.text, window.text));
    }
    std::vector<ViewSpec> series;
    if (span.end <= span.start) return series;
    const double windows = span.length() / step.approx_days();
    if (windows > k_max_windows) {
        throw UsageError(fmt::format("a step of {} over {} to {} gives about {:.0f} windows, more than {}; choose a "
                                     "longer step",
                                     step.text, format_day(span.start), format_day(span.end - 1), windows,
                                     k_max_windows));
    }
    Day start = span.start;
    if (step.months != 0) {
        // Align to a multiple of the step counted in months from year 0:
        // 1y on 1 January, 10y on a decade, 3mo on a quarter.
        const int month_number = year_of(span.start) * 12 + month_of(span.start) - 1;
        const int aligned = month_number - month_number % step.months;
        start = day_from_civil(aligned / 12, static_cast<unsigned>(aligned % 12) + 1, 1);
    }
    for (; start < span.end; start = step.after(start)) {
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
