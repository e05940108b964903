#pragma once
// Ruptures and rapprochements of every dyad (DESIGN.md section 5).
#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/min_events.hpp"
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
    /// Events a change needs pushing its way, from its date up to the dyad's
    /// next change (or the end of the series); a change back towards quiet
    /// needs as many behind the level it leaves. A change out of quiet needs
    /// none before it: a raid out of a calm is a rupture. See min_events.hpp.
    long long min_events = k_default_min_events;
};

/// Finds the ruptures and rapprochements of each dyad of `series`, combining three signals:
/// - PELT change points (pelt.hpp) of the dyad's series, the penalty scaled by the
///   noise variance, estimated as mean((x[k] - x[k-1])^2) / 2;
/// - sign flips of the decayed score (positive to negative: rupture), dated by the
///   best split of the daily scores between the score's last extreme and the flip;
/// - explicit acts (explicit_acts.hpp) after act_gap without another of their kind.
/// A flip or act PELT did not find joins the segmentation when it pays the same
/// penalty against the noise left inside the segments. Each change point compares
/// the series' mean over the segments before and after it (a decayed series: the
/// standing on the eve of the change and where the events took it). A change is
/// kept when it goes the way its signal says, starts after the dyad's first event,
/// and the events pushing its way come at a higher rate after it than before (a
/// spike fading back or a stance ending is no change). Acts date a change to their
/// day, PELT and flips to the least-squares split of the daily scores around it,
/// moved on to the first day that pushes. Changes of one kind within merge_gap merge.
/// A merged change stands on at least min_events events pushing its way up to
/// the next change, and a change back towards quiet on as many behind the
/// level it leaves: one act on a dyad is an anecdote, not a rupture.
/// O(E + D·C) for E events, D dyads and C grid points, plus PELT's cost.
class RuptureDetection {
public:
    /// Dyads are looked at on up to `threads` threads.
    RuptureDetection(const views::DyadSeries& series, RuptureParams params, std::size_t threads = 1);
    void run();
    /// Every change found, largest magnitude first, then by date and dyad.
    [[nodiscard]] const std::vector<Rupture>& ruptures() const { return m_ruptures; }

private:
    [[nodiscard]] std::vector<Rupture> detect(std::size_t dyad) const;

    const views::DyadSeries* m_series;
    RuptureParams m_params;
    std::size_t m_threads;
    std::vector<std::optional<RuptureKind>> m_act_of_code; ///< explicit_act of each CodeIndex
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
