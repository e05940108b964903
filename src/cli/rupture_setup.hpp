#pragma once
// How `entente ruptures` turns its options into a series and detection
// parameters, shared with `entente compare` so that both find the same ruptures.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "analysis/rupture_detection.hpp"
#include "views/dyad_series.hpp"

namespace entente::cli {

/// The series and detection options, as written on the command line.
struct RuptureOptions {
    std::string step = "1mo";
    std::string window;    ///< empty: the step
    std::string half_life; ///< empty: a window series
    bool directed = false;
    std::optional<double> penalty;
    std::string merge; ///< empty: the window
    std::string act_gap = "1y";
    std::size_t causes = 3;
    std::size_t min_events = analysis::k_default_min_events;
};

/// What the options become for the analysis: the series to follow and the detection's parameters.
struct RuptureSetup {
    views::SeriesSpec series;
    analysis::RuptureParams params;
};

/// The series spec and the detection parameters of `settings`; throws
/// UsageError for bad durations or options that cannot go together.
RuptureSetup rupture_setup(const RuptureOptions& settings);

/// Tells the progress line of each batch of find_ruptures done; starts its stage.
std::function<void(std::size_t, std::size_t)> rupture_progress();

} // namespace entente::cli
