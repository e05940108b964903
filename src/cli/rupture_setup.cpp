#include "cli/rupture_setup.hpp"

#include <cmath>

#include "cli/progress.hpp"
#include "core/errors.hpp"

namespace entente::cli {
namespace {

Day days_of(const Duration& d)
{
    return static_cast<Day>(std::ceil(d.approx_days()));
}

} // namespace

RuptureSetup rupture_setup(const RuptureOptions& o)
{
    if (!o.half_life.empty() && !o.window.empty()) throw UsageError("choose --window or --half-life, not both");
    if (o.penalty && *o.penalty < 0) throw UsageError("--penalty must not be negative");
    RuptureSetup setup;
    views::SeriesSpec& spec = setup.series;
    spec.step = parse_duration(o.step);
    spec.window = o.window.empty() ? spec.step : parse_duration(o.window);
    spec.kind = o.half_life.empty() ? views::SeriesKind::window : views::SeriesKind::decayed;
    spec.half_life = parse_duration(o.half_life.empty() ? "2y" : o.half_life).approx_days();
    spec.directed = o.directed;
    analysis::RuptureParams& params = setup.params;
    params.penalty = o.penalty;
    params.merge_gap = days_of(o.merge.empty() ? spec.window : parse_duration(o.merge));
    params.act_gap = days_of(parse_duration(o.act_gap));
    params.max_causes = o.causes;
    params.min_events = static_cast<long long>(o.min_events);
    return setup;
}

std::function<void(std::size_t, std::size_t)> rupture_progress()
{
    progress::stage("finding ruptures: batches of dyads read and searched");
    return [](std::size_t done, std::size_t total) { progress::step(done, total); };
}

} // namespace entente::cli
