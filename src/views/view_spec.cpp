#include "views/view_spec.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente::views {

std::vector<ViewSpec> rolling_windows(Interval span, const Duration& window, const Duration& step,
                                      const ViewSpec& base)
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
        start = add_months(span.start, 0); // first of the month
        if (step.months % 12 == 0) start = day_from_civil(year_of(span.start), 1, 1);
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
