#pragma once
// Ruptures and rapprochements of every dyad (DESIGN.md section 5).
#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/rupture.hpp"
#include "views/dyad_series.hpp"

namespace entente::analysis {

struct RuptureParams {
    /// PELT penalty per change point in units of the series' noise variance;
    /// none: 3 ln n for a series of n points (MBIC-like, Zhang & Siegmund 2007).
    std::optional<double> penalty;
    Day merge_gap = 31;         ///< changes of one kind on a dyad at most this many days apart are one
    Day act_gap = 365;          ///< an explicit act is a new signal after this long without another of its kind
    std::size_t max_causes = 3; ///< causes kept per change
};

/// Finds the ruptures and rapprochements of each dyad of `series`, combining three signals:
/// - PELT change points (pelt.hpp) of the dyad's series, the penalty scaled by the
///   noise variance, estimated as mean((x[k] - x[k-1])^2) / 2;
/// - sign flips of the decayed score (positive to negative: rupture), dated by the
///   best split between the score's last extreme and the flip;
/// - explicit acts (explicit_acts.hpp) after act_gap without another of their kind.
/// Flips and acts are change points the segmentation must keep; PELT segments the
/// stretches between them. Each change point compares the series' mean before and
/// after it; a change is kept only when it goes the way its signal says and events
/// in its interval push that way (a spike fading back is no rupture). Changes of
/// one kind within merge_gap merge. Dated to the day by the least-squares split of
/// the daily scores in the change interval (an act's own day for acts).
/// O(E + D·C) for E events, D dyads and C grid points, plus PELT's cost.
class RuptureDetection {
public:
    RuptureDetection(const views::DyadSeries& series, RuptureParams params);
    void run();
    /// Every change found, largest magnitude first, then by date and dyad.
    [[nodiscard]] const std::vector<Rupture>& ruptures() const { return m_ruptures; }

private:
    [[nodiscard]] std::vector<Rupture> detect(std::size_t dyad) const;

    const views::DyadSeries* m_series;
    RuptureParams m_params;
    std::vector<Rupture> m_ruptures;
};

/// Merges the changes of one dyad, given in time order: a change following one of the
/// same kind at most `gap` days later joins it (earliest date, first before, last
/// after, united signals and intervals). Causes are left for the caller to recompute.
std::vector<Rupture> merge_ruptures(const std::vector<Rupture>& changes, Day gap);

/// Which ruptures to report.
struct RuptureSelection {
    std::optional<ActorIndex> actor; ///< one side of the dyad
    std::optional<Day> since;        ///< date >= since
    std::optional<Day> until;        ///< date < until
    double min_magnitude = 0.0;
    std::size_t top = 0; ///< keep the first `top`; 0 keeps all
};

/// The ruptures matching `selection`, in their order.
std::vector<Rupture> select_ruptures(const std::vector<Rupture>& ruptures, const RuptureSelection& selection);

} // namespace entente::analysis
