#pragma once
// What a relation view covers: a window of days, an era, or an instant seen
// through exponential decay; and the rolling windows of a time series.
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/duration.hpp"

namespace entente::views {

enum class ViewKind { all, window, era, instant };

struct ViewSpec {
    ViewKind kind = ViewKind::all;
    /// The days counted: the whole span, the window, the era; for an
    /// instant, everything up to and including `at`.
    Interval window;
    Day at = 0;             ///< instant views: the day seen
    double half_life = 0.0; ///< instant views: in days
    std::string label;      ///< `all`, the era id, the window's start date, or the instant's date
    bool partial = false;   ///< a series' last window that runs past the data
    bool directed = false;  ///< dyads are ordered (who acted on whom)
    double epsilon = 0.0;   ///< a dyad is an edge when |score| > epsilon
};

/// The start of the rolling window of step `step` that holds `day`.
/// Calendar aligned: month and year steps start on a multiple of the step
/// counted from year 0 (1y on 1 January, 10y on a decade, 3mo on a quarter);
/// day steps on a multiple of the step counted from Monday 1970-01-05 (so
/// 1w windows run Monday to Sunday), whatever the data.
Day first_rolling_start(Day day, const Duration& step);

/// Rolling windows of length `window` every `step`, covering `span`, the
/// first starting at first_rolling_start(span.start, step). The last window, when it runs past span.end, is
/// kept and marked partial. Throws UsageError when the step is longer than
/// the window (the series would skip days), or when the series would hold
/// more than k_max_windows windows (`--step 1d` over centuries).
constexpr std::size_t k_max_windows = 100000;
/// Throws UsageError when `step` is longer than `window` (the windows would leave days out).
void check_step(const Duration& window, const Duration& step);
std::vector<ViewSpec> rolling_windows(Interval span, const Duration& window, const Duration& step,
                                      const ViewSpec& base);

} // namespace entente::views
