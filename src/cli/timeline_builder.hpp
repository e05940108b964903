#pragma once
// The timeline chart of chosen dyads, assembled from the dataset: the dyads
// (an actor's main partners or named pairs), their rolling-window scores,
// the eras shaded and marks. Shared by `entente timeline` and `entente report`.
#include <string>
#include <vector>

#include "io/diagnostics.hpp"
#include "model/dataset.hpp"
#include "render/timeline_chart.hpp"

namespace entente::cli {

struct TimelineRequest {
    std::string actor;              ///< draw this actor's main partners
    std::vector<std::string> dyads; ///< or these dyads, `ECU-COL`
    std::size_t top = 6;
    std::string era, from, to; ///< the time axis; default: the last 50 years or so
    std::string window = "1y", step = "1mo";
    std::vector<std::string> marks; ///< `DATE=LABEL`
    int width = 1400;
};

/// The chart the request asks for, from the events of an open dataset (read
/// first when they were not, every problem reported as read_cells does).
/// Throws UsageError for unknown actors or bad dates.
render::TimelineChart build_timeline_chart(model::Dataset& dataset, const TimelineRequest& request,
                                           io::Diagnostics& problems);

} // namespace entente::cli
