#pragma once
// The rules a change of a dyad's relation must pass to be reported as a
// rupture or a rapprochement (rupture_detection.hpp), one predicate each, in
// the order RuptureDetection applies them. Each takes the numbers its rule
// reads, already measured on the dyad's series, so it can be read and tested
// on its own.
#include <optional>

#include "analysis/rupture.hpp"
#include "core/date.hpp"

namespace entente::analysis::rupture_rules {

/// How far the level moved from `from` to `to` the way of `kind`: positive
/// when a rapprochement rose or a rupture fell, negative when it went back.
double moved_its_way(double from, double to, RuptureKind kind);

/// A change needs the level to move: two means equal but for rounding (sums
/// of the same events in another order) are one level.
bool level_moves(double before, double after);

/// A flip or an act must move the series the way it says (a break of
/// relations that the net score shows as a rise is not borne out), unless
/// PELT also found a change there; PELT's own change points always are.
bool borne_out_by_series(unsigned signals, RuptureKind signalled, RuptureKind shown);

/// The signals a change borne out by the series keeps: all of them when the
/// series moves the way they say, PELT's alone when it moves the other way.
unsigned signals_borne_out(unsigned signals, RuptureKind signalled, RuptureKind shown);

/// A blip is no change: a level only PELT found, which the series leaves
/// within one window (`next_level`: the level it moves on to that soon, none
/// when it holds longer) going back the way it came. One event's window
/// passing looks like this; an act or a flip saying it is a change makes it one.
bool is_blip(unsigned signals, RuptureKind kind, double level, std::optional<double> next_level);

/// A change needs the dyad to have had events before it: its first events
/// open its record (from nothing to something), they do not change it.
bool after_first_events(Day date, Day record_start);

/// Events must drive a change: those pushing its way come at a higher rate
/// (weight per day) after it than before. A spike fading back or a stance
/// ending is no change.
bool driven_by_events(double push_rate_after, double push_rate_before);

/// A change stands on at least `min_events` events (min_events.hpp): one act
/// on a dyad is an anecdote, not a rupture.
bool enough_events(long long events, long long min_events);

/// A change back towards quiet (the level after it nearer zero than before):
/// it also needs `min_events` events behind the level it leaves, or the
/// return from one clash would be a rapprochement.
bool returns_towards_quiet(double before, double after);

/// A change of a decayed score (a standing) must carry the standing its way
/// beyond where the standing of the change's eve would have decayed to:
/// `furthest` is the most it moved that way before the next change.
bool moves_standing(double furthest);

/// A surge of conflict is a rise of the conflict channel (its mean after the
/// change point above the mean before).
bool conflict_rises(double before, double after);

/// Rises of conflict on a dyad in consecutive windows at most `gap` days apart
/// are one surge (a war across a month's end): the one rising since
/// `rising_date`, whose causes run to `rising_end`, goes on with a rise on
/// `date` of the window starting on `window_start`.
bool continues_surge(Day rising_date, Day rising_end, Day date, Day window_start, Day gap);

/// A surge of conflict within `gap` days of a rupture of the net score is
/// that rupture, seen in the conflict channel.
bool surge_is_rupture(const Rupture& change, Day surge_date, Day gap);

/// A surge larger than the rupture it joins gives it its levels: larger, not
/// equal but for rounding.
bool surge_is_larger(double surge_magnitude, double change_magnitude);

} // namespace entente::analysis::rupture_rules
