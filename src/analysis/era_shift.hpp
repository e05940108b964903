#pragma once
// How relations changed between two views (two eras or two windows):
// DESIGN.md section 5, "Shifts across eras". Scores become rates per year so
// a ten-year and a four-year presidency compare fairly.
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/rupture_detection.hpp"
#include "views/relation_graph.hpp"

namespace entente::analysis {

enum class Flip { none, friend_to_foe, foe_to_friend, appeared, gone };

/// `friend_to_foe`, `foe_to_friend`, `new`, `gone`, or empty for none.
std::string_view to_string(Flip flip);

/// One dyad in both views. Rates are score per year of the view's window.
struct DyadShift {
    ActorIndex a = 0, b = 0; ///< as in the views (a < b when undirected)
    double rate_a = 0.0, rate_b = 0.0;
    double change = 0.0; ///< rate_b - rate_a; 0 when within 1e-9 of the rates (rounding)
    Flip flip = Flip::none;
    const views::Dyad* in_a = nullptr; ///< the dyad in view A (its evidence), or nullptr
    const views::Dyad* in_b = nullptr;
};

/// Distances between the two graphs over the dyads compared.
struct GraphDistance {
    double edge_jaccard = 1.0;            ///< |E_A ∩ E_B| / |E_A ∪ E_B| (1 when both empty)
    double weighted_l1 = 0.0;             ///< sum of |rate_b - rate_a|
    std::optional<double> sign_agreement; ///< share of dyads that are edges in both with the same sign
    std::size_t shared_edges = 0;
};

struct EraShift {
    std::vector<DyadShift> dyads; ///< largest |change| first
    GraphDistance distance;
    /// The rows the evidence of the dyads in view A (in_a) and in view B names: the views' events().
    const model::EventStore* rows_a = nullptr;
    const model::EventStore* rows_b = nullptr;
};

/// Years in a window, counting 365.2425 days a year.
double years(Interval window);

/// The day halfway through a window (rounded down).
Day middle(Interval window);

/// The ruptures and rapprochements that may explain a shift from A to B:
/// those dated from the middle of A up to, not including, the middle of B
/// (from B's to A's when B comes first),
/// of the focal actor's dyads when given (for select_ruptures).
RuptureSelection between_middles(Interval a, Interval b, std::optional<ActorIndex> focal);

/// Compares every dyad of views A and B, or only those of `focal` when given.
/// A dyad is an edge of a view when |score| > that view's epsilon; flips
/// compare edge signs. The result points into the views: keep them alive.
/// O(dyads log dyads).
EraShift compare_views(const views::RelationGraph& a, const views::RelationGraph& b,
                       std::optional<ActorIndex> focal = std::nullopt);

} // namespace entente::analysis
