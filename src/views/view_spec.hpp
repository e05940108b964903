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
    Day at = 0;                    ///< instant views: the day seen
    double half_life = 0.0;        ///< instant views: in days
    std::string label;             ///< `all`, the era id, the window's start date, or the instant's date
    bool partial = false;          ///< a series' last window that runs past the data
    bool directed = false;         ///< dyads are ordered (who acted on whom)
    double epsilon = 0.0;          ///< a dyad is an edge when |score| > epsilon
    std::size_t max_evidence = 10; ///< evidence events kept per dyad (largest |contribution| first)
};

/// Rolling windows of length `window` every `step`, covering `span`.
/// Calendar aligned: month and year steps start on a multiple of the step
/// counted from year 0 (1y on 1 January, 10y on a decade, 3mo on a quarter);
/// day steps on span.start. The last window, when it runs past span.end, is
/// kept and marked partial. Throws UsageError when the step is longer than
/// the window (the series would skip days), or when the series would hold
/// more than k_max_windows windows (`--step 1d` over centuries).
constexpr std::size_t k_max_windows = 100000;
std::vector<ViewSpec> rolling_windows(Interval span, const Duration& window, const Duration& step,
                                      const ViewSpec& base);

} // namespace entente::views
