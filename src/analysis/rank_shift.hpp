#pragma once
// How the actors' centrality ranks changed between two views (DESIGN.md
// section 5, "Shifts across eras"): per metric, each actor's rank in A and in
// B among the actors active in both, and Kendall's tau-b of the two orders.
#include <optional>
#include <string>
#include <vector>

#include "analysis/actor_metrics.hpp"

namespace entente::analysis {

/// One actor's standing by one metric in both views.
struct ActorRank {
    ActorIndex actor = 0;
    double value_a = 0.0, value_b = 0.0;
    std::size_t rank_a = 0, rank_b = 0; ///< 1 for the largest value; tied actors share the best rank
    /// Places gained from A to B (rank_a - rank_b): positive when the actor rose.
    [[nodiscard]] long long rise() const { return static_cast<long long>(rank_a) - static_cast<long long>(rank_b); }
};

struct MetricRankShift {
    std::string metric;           ///< `degree` ... `eigenvector` (unsigned_metric_names())
    std::optional<double> tau_b;  ///< Kendall's tau-b of the ranks in A and B; none when undefined
    std::vector<ActorRank> ranks; ///< largest |rise| first, then in actor order
};

struct RankShift {
    std::size_t actors = 0;               ///< active in both views: the actors ranked
    std::vector<MetricRankShift> metrics; ///< in unsigned_metric_names() order
};

/// Competition ranks of `values`, largest first ("1224"): values within a
/// relative 1e-9 of a tied group's first value share its rank, so rounding
/// noise between centralities does not split ties. O(n log n).
std::vector<std::size_t> competition_ranks(const std::vector<double>& values);

/// Ranks every metric of the actors present in both `a` and `b` (the values
/// of ActorMetrics for views A and B) and compares the two orders with
/// kendall_tau_b over those ranks. Actors active in only one view are left
/// out: a rank among different sets of actors would not compare. O(m n^2)
/// for m metrics and n actors.
RankShift compare_ranks(const std::vector<ActorMetric>& a, const std::vector<ActorMetric>& b);

} // namespace entente::analysis
