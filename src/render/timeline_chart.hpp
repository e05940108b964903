#pragma once
// A line chart of relation scores through time, written as plain SVG: one
// step line per dyad (each value flat over the days it is drawn for), the
// eras shaded and labelled along the top, marks (such as ruptures) as dated
// vertical lines, year ticks, a score axis and a legend.
#include <string>
#include <vector>

#include "core/date.hpp"

namespace entente::render {

/// One line of the chart: a value for each of TimelineChart::spans.
struct TimelineSeries {
    std::string label; ///< `Ecuador – Colombia`
    std::vector<double> values;
};

/// A shaded period along the time axis (an era).
struct TimelineBand {
    Interval days;
    std::string label;       ///< shown above the plot when there is room
    std::string short_label; ///< shown instead when the label has no room (an era's id)
    std::string tooltip;     ///< shown on hover
};

/// A dated event drawn as a vertical line (a rupture).
struct TimelineMark {
    Day date = 0;
    std::string label;
};

struct TimelineChart {
    std::string title;
    std::string subtitle;
    std::string y_label;
    Interval range; ///< the days the time axis covers
    /// The days each value is drawn over, in time order: the line is flat over
    /// a span and rises or falls where the next one starts.
    std::vector<Interval> spans;
    std::vector<TimelineSeries> series;
    std::vector<TimelineBand> bands;
    std::vector<TimelineMark> marks;
    int width = 1400; ///< pixels; the height follows from the content
};

/// The SVG document of `chart` (UTF-8, valid XML, no scripts). Band labels
/// go on up to four rows, shortened when the label has no room, and are left
/// to the hover text when even the short one has none. Mark labels never
/// overlap: a label crowded by its neighbours moves aside, tied to its line by
/// a short leader, and when more marks fall in the plot than labels fit across
/// it, the marks listed first keep theirs (the others keep the hover text).
/// Deterministic.
std::string write_timeline_svg(const TimelineChart& chart);

} // namespace entente::render
