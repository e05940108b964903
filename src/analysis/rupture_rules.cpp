#include "analysis/rupture_rules.hpp"

#include <algorithm>
#include <cmath>

namespace entente::analysis::rupture_rules {

double moved_its_way(double from, double to, RuptureKind kind)
{
    return (to - from) * (kind == RuptureKind::rapprochement ? 1.0 : -1.0);
}

bool level_moves(double before, double after)
{
    return std::abs(after - before) > 1e-9 * std::max({1.0, std::abs(before), std::abs(after)});
}

bool borne_out_by_series(unsigned signals, RuptureKind signalled, RuptureKind shown)
{
    return signalled == shown || (signals & signal_pelt) != 0;
}

unsigned signals_borne_out(unsigned signals, RuptureKind signalled, RuptureKind shown)
{
    return signalled == shown ? signals : signal_pelt;
}

bool is_blip(unsigned signals, RuptureKind kind, double level, std::optional<double> next_level)
{
    return signals == signal_pelt && next_level && moved_its_way(level, *next_level, kind) < 0;
}

bool after_first_events(Day date, Day record_start)
{
    return date > record_start;
}

bool driven_by_events(double push_rate_after, double push_rate_before)
{
    return push_rate_after > push_rate_before * (1.0 + 1e-9);
}

bool enough_events(long long events, long long min_events)
{
    return events >= min_events;
}

bool returns_towards_quiet(double before, double after)
{
    return std::abs(after) < std::abs(before);
}

bool moves_standing(double furthest)
{
    return furthest > 0.0;
}

bool conflict_rises(double before, double after)
{
    return after > before;
}

bool continues_surge(Day rising_date, Day rising_end, Day date, Day window_start, Day gap)
{
    return date - rising_date <= gap && rising_end >= window_start;
}

bool surge_is_rupture(const Rupture& change, Day surge_date, Day gap)
{
    return change.kind == RuptureKind::rupture && std::abs(change.date - surge_date) <= gap;
}

bool surge_is_larger(double surge_magnitude, double change_magnitude)
{
    return surge_magnitude > change_magnitude * (1.0 + 1e-9);
}

} // namespace entente::analysis::rupture_rules
