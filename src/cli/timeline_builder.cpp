#include "cli/timeline_builder.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "core/parallel_map.hpp"
#include "render/timeline_chart.hpp"
#include "views/accumulate.hpp"
#include "views/partners.hpp"
#include "views/window_scores.hpp"

namespace entente::cli {
namespace {

constexpr int k_default_years = 50;

Day mark_day(std::string_view option, const std::string& text)
{
    const DateParse parsed = parse_date(text);
    if (!parsed.date) throw UsageError(fmt::format("{}: {}", option, parsed.error));
    return parsed.date->interval.start;
}

/// The days the chart covers, read as the view options read --era and
/// --from/--to; --from defaults to the start of the decade 50 years before
/// the data ends (a wider axis leaves presidencies a few pixels each).
Interval chart_range(const model::Dataset& dataset, const TimelineRequest& options)
{
    ViewOptions view;
    view.era = options.era;
    view.from = options.from;
    view.to = options.to;
    if (view.era.empty() && view.from.empty()) {
        const Interval span = dataset.span;
        const int decade = (year_of(span.end - 1) - k_default_years) / 10 * 10;
        view.from = format_day(std::max(span.start, day_from_civil(decade, 1, 1)));
    }
    return resolve_views(dataset, view).front().window;
}

/// The main partners of `focal` over `range`, as (focal, partner) pairs.
std::vector<std::pair<ActorIndex, ActorIndex>> main_partners(const model::Dataset& dataset,
                                                             const views::DyadCells& cells, ActorIndex focal,
                                                             const TimelineRequest& options, Interval range)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::window;
    spec.window = range;
    const views::RelationGraph view(dataset, cells, spec);
    std::vector<std::pair<ActorIndex, ActorIndex>> dyads;
    for (const ActorIndex partner : views::main_partners(view, focal, options.top))
        dyads.emplace_back(focal, partner);
    if (dyads.empty())
        throw UsageError(fmt::format("{} has no events between {} and {}", options.actor, format_day(range.start),
                                     format_day(range.end - 1)));
    return dyads;
}

/// The dyads --dyad names.
std::vector<std::pair<ActorIndex, ActorIndex>> named_dyads(const model::Dataset& dataset,
                                                           const TimelineRequest& options)
{
    std::vector<std::pair<ActorIndex, ActorIndex>> dyads;
    for (const std::string& text : options.dyads) {
        const std::size_t dash = text.find('-');
        if (dash == std::string::npos)
            throw UsageError(fmt::format("--dyad '{}': expected two actor ids joined by '-', e.g. ECU-COL", text));
        const ActorIndex a = require_actor(dataset, "--dyad", text.substr(0, dash));
        const ActorIndex b = require_actor(dataset, "--dyad", text.substr(dash + 1));
        if (a == b) throw UsageError(fmt::format("--dyad '{}': an actor has no relation with itself", text));
        dyads.emplace_back(a, b);
    }
    return dyads;
}

/// The eras of the first actor drawn that has any (the focal actor's presidencies).
std::vector<render::TimelineBand> era_bands(const model::Dataset& dataset,
                                            const std::vector<std::pair<ActorIndex, ActorIndex>>& dyads)
{
    std::vector<ActorIndex> actors;
    for (const auto& [a, b] : dyads)
        actors.insert(actors.end(), {a, b});
    for (const ActorIndex actor : actors) {
        std::vector<render::TimelineBand> bands;
        for (const Era& era : dataset.eras) {
            if (era.actor != actor) continue;
            const Interval days = era.window(dataset.open_end());
            bands.push_back({days, era.label, era.id,
                             fmt::format("{} ({}): {} to {}", era.label, era.id, format_day(days.start),
                                         format_day(days.end - 1))});
        }
        if (!bands.empty()) return bands;
    }
    return {};
}

/// The first day of the `window` that ends on `end` (exclusive): a month
/// window keeps the day of the month where the month has it (else its last day).
Day window_start(const Duration& window, Day end)
{
    if (window.months == 0) return end - window.days;
    const Day month = add_months(end, 0); // the 1st of end's month
    const Day first = add_months(month, -window.months);
    const Day month_length = add_months(first, 1) - first;
    return first + std::min(end - month, month_length - 1);
}

std::vector<render::TimelineMark> marks(const std::vector<std::string>& texts)
{
    std::vector<render::TimelineMark> out;
    for (const std::string& text : texts) {
        const std::size_t equals = text.find('=');
        const std::string date = text.substr(0, equals);
        out.push_back({mark_day("--mark", date), equals == std::string::npos ? "" : text.substr(equals + 1)});
    }
    return out;
}

} // namespace

render::TimelineChart build_timeline_chart(model::Dataset& dataset, const TimelineRequest& options,
                                           io::Diagnostics& problems)
{
    if (options.actor.empty() == options.dyads.empty())
        throw UsageError("choose what to draw: --actor X (its main partners) or --dyad A-B (repeatable)");
    const Duration window = parse_duration(options.window);
    const Duration step = parse_duration(options.step);
    // The axis follows the data, so the events are read once for their span and actors.
    if (!dataset.events_read) read_cells(dataset, std::make_shared<views::CellsSpec>(), problems);
    const Interval range = chart_range(dataset, options);
    std::optional<ActorIndex> focal;
    if (!options.actor.empty()) focal = require_actor(dataset, "--actor", options.actor);
    std::vector<std::pair<ActorIndex, ActorIndex>> dyads = named_dyads(dataset, options);

    // The axis is cut into steps; each step draws the score of the window that
    // ends with it. So a value is never drawn before an event it counts: an
    // event moves the line in the step that holds its date and stays in it for
    // one window. Drawn at the window's middle instead, the line would move
    // half a window before the event and lend it to the presidency before.
    std::vector<views::ViewSpec> windows = views::rolling_windows(range, window, step, views::ViewSpec{});
    render::TimelineChart chart;
    for (views::ViewSpec& w : windows) {
        const Day end = step.after(w.window.start);
        chart.spans.push_back({w.window.start, end});
        w.window = {window_start(window, end), end};
    }
    // The focal actor's relations, or the named dyads', on the windows' and the range's boundaries.
    std::vector<views::ViewSpec> views = windows;
    views::ViewSpec whole_range;
    whole_range.kind = views::ViewKind::window;
    whole_range.window = range;
    views.push_back(whole_range);
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = views::grid_of(views);
    const views::DyadCells cells =
        std::move(views::accumulate(dataset, {spec}, problems, default_threads(), [&](const io::EventRow& row) {
                      if (focal) return row.source == *focal || row.target == *focal;
                      return std::any_of(dyads.begin(), dyads.end(), [&](const auto& d) {
                          return (row.source == d.first && row.target == d.second) ||
                                 (row.source == d.second && row.target == d.first);
                      });
                  }).front());
    if (focal) dyads = main_partners(dataset, cells, *focal, options, range);
    const views::WindowScores scores(cells, dataset.span, windows);
    chart.range = range;
    chart.width = options.width;
    for (const auto& [a, b] : dyads) {
        chart.series.push_back(
            {fmt::format("{} – {}", dataset.actors.at(a).name, dataset.actors.at(b).name), scores.series(a, b)});
    }
    chart.title = options.actor.empty()
                      ? fmt::format("Relations through time")
                      : fmt::format("{} and its main partners", dataset.actors.at(dyads.front().first).name);
    chart.subtitle =
        fmt::format("{}: each step of a line is the score of the {} up to its end (the sum of the event "
                    "weights), a step every {}, from {} to {}",
                    dataset.name, window.text, step.text, format_day(range.start), format_day(range.end - 1));
    chart.y_label = fmt::format("score of the past {}", window.text);
    chart.bands = era_bands(dataset, dyads);
    chart.marks = marks(options.marks);
    return chart;
}

} // namespace entente::cli
