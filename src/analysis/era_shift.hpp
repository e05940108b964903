#pragma once
// How relations changed between two views (two eras or two windows):
// DESIGN.md section 5, "Shifts across eras". Scores become rates per year so
// a ten-year and a four-year presidency compare fairly. Only what the record
// supports is read: a dyad without events in one view, or with too few, has
// no flip and no trend, and a relation begins only where an act opens it.
#include <optional>
#include <string_view>
#include <vector>

#include "analysis/min_events.hpp"
#include "analysis/rupture_detection.hpp"
#include "views/relation_graph.hpp"

namespace entente::analysis {

/// What the two views hold of a dyad, and so what can be read of it.
enum class Record {
    both,        ///< at least min_events in each view: its flip and its trend are read
    opened_in_b, ///< its first recorded event, in B, opens relations (opens_relations): it begins in B
    none_in_a,   ///< no event in A (and no opening act in B): nothing to compare B with
    none_in_b,   ///< no event in B: nothing recorded, which is no change
    too_few      ///< events in both, but fewer than min_events in one
};

/// A change of sign between views, read only for Record::both.
enum class Flip { none, friend_to_foe, foe_to_friend };

/// How a dyad read in both views moved, by its cooperation and its conflict
/// per year as well as by its net rate: a rate that falls because less
/// cooperation was recorded is no worse relation.
enum class Trend {
    none,             ///< the rate did not change, or the dyad is not read
    improved,         ///< the rate rose, and cooperation with it
    worsened,         ///< the rate fell, and conflict rose
    less_conflict,    ///< the rate rose only because less conflict was recorded
    less_cooperation, ///< the rate fell only because less cooperation was recorded
};

/// `friend_to_foe`, `foe_to_friend`, or empty.
std::string_view to_string(Flip flip);
/// `improved`, `worsened`, `less_conflict`, `less_cooperation`, or empty.
std::string_view to_string(Trend trend);

/// The comparison's settings.
struct ShiftParams {
    long long min_events = k_default_min_events; ///< events each view needs for a dyad to be read
};

/// One dyad in both views. Rates are score per year of the view's window.
struct DyadShift {
    ActorIndex a = 0, b = 0; ///< as in the views (a < b when undirected)
    double rate_a = 0.0, rate_b = 0.0;
    double change = 0.0; ///< rate_b - rate_a; 0 when within 1e-9 of the rates (rounding)
    Record record = Record::both;
    Flip flip = Flip::none;
    Trend trend = Trend::none;
    std::optional<model::EventIndex> opening; ///< Record::opened_in_b: the act of recognition, in rows_b
    const views::Dyad* in_a = nullptr;        ///< the dyad in view A (its evidence), or nullptr
    const views::Dyad* in_b = nullptr;

    [[nodiscard]] long long events_a() const { return in_a ? in_a->events : 0; }
    [[nodiscard]] long long events_b() const { return in_b ? in_b->events : 0; }
};

/// The `flip` column of `entente compare`: the flip when the dyad is read,
/// else what the record holds: `new` (the relation begins in B),
/// `no_events_a`, `no_events_b`, `too_few_events`; empty for no flip.
std::string_view flip_label(const DyadShift& shift);

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
    long long min_events = k_default_min_events; ///< the threshold the readings used
};

/// Whether the dyads of `actor` in `shift` hold at least shift.min_events
/// events in each view (with a focal actor, those of its dyad with the focal
/// actor): enough to say that the actor moved, between blocs for instance. O(dyads).
bool stands_in_both(const EraShift& shift, ActorIndex actor);

/// Years in a window, counting 365.2425 days a year.
double years(Interval window);

/// The day halfway through a window (rounded down).
Day middle(Interval window);

/// The ruptures and rapprochements that may explain a shift from A to B:
/// those dated from the middle of A up to, not including, the middle of B
/// (from B's to A's when B comes first),
/// of the focal actor's dyads when given (for select_ruptures).
RuptureSelection between_middles(Interval a, Interval b, std::optional<ActorIndex> focal);

/// Whether reading `shift` needs its dyad's first event (Dyad::first of
/// view B): a dyad with events in B and none in A begins in B only when that
/// event opens relations.
bool reads_first_event(const DyadShift& shift);

/// The dyads of views A and B (of `focal` when given) for which
/// reads_first_event holds: the first events to attach to view B before
/// compare_views. O(dyads log dyads).
std::vector<views::DyadKey> dyads_needing_first_event(const views::RelationGraph& a, const views::RelationGraph& b,
                                                      std::optional<ActorIndex> focal = std::nullopt);

/// Compares every dyad of views A and B, or only those of `focal` when given.
/// A dyad with at least `params.min_events` in each view is read: a flip when
/// it is an edge (|score| > epsilon) of both with opposite signs, and a trend:
/// improved when the rate rose with more cooperation per year, worsened when
/// it fell with more conflict, less_conflict or less_cooperation when it moved
/// only because one channel was recorded less. Other dyads get their Record
/// and neither. A dyad without events in A begins in B when its first
/// recorded event (Dyad::first of view B, attached with the evidence) is in B
/// and opens relations; without it attached, none begins. The result points
/// into the views: keep them alive. O(dyads log dyads).
EraShift compare_views(const views::RelationGraph& a, const views::RelationGraph& b,
                       std::optional<ActorIndex> focal = std::nullopt, const ShiftParams& params = {});

} // namespace entente::analysis
