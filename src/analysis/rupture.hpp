#pragma once
// A rupture or a rapprochement of one dyad: when, how large, and the events behind it.
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/date.hpp"
#include "core/era.hpp"
#include "views/relation_graph.hpp"

namespace entente::analysis {

enum class RuptureKind {
    rupture,      ///< the relation falls, or turns from positive to negative
    rapprochement ///< the relation rises, or turns from negative to positive
};

std::string_view to_string(RuptureKind kind);

/// What found a change; a merged change keeps every signal that found it.
enum Signal : unsigned {
    signal_pelt = 1U,    ///< a change point of the penalised segmentation
    signal_flip = 2U,    ///< the decayed score changed sign
    signal_act = 4U,     ///< an explicit rupture or rapprochement act (explicit_acts.hpp)
    signal_conflict = 8U ///< a surge of the conflict channel (conflictual acts alone), whatever the net score did
};

/// `pelt+flip+act` style list of the signals set in `signals`.
std::string signal_names(unsigned signals);

struct Rupture {
    ActorIndex a = 0, b = 0; ///< the dyad, as its series orders it
    Day date = 0;            ///< the earliest day the evidence supports
    RuptureKind kind = RuptureKind::rupture;
    /// Mean of the series over the stretch before the change; for a change
    /// that is a surge of conflict larger than the net score's change (signal
    /// conflict), the conflict channel's mean as a score (minus the conflict).
    double before = 0.0;
    double after = 0.0;                  ///< mean over the stretch after it, as `before`
    double magnitude = 0.0;              ///< |after - before|
    unsigned signals = 0;                ///< Signal flags
    Interval interval;                   ///< the change interval, where the causes are sought
    std::vector<views::Evidence> causes; ///< largest contributions in the change's direction first
    std::vector<const Era*> eras;        ///< the era holding `date`, for each of a, b that has one
};

} // namespace entente::analysis
