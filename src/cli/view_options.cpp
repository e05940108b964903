#include "cli/view_options.hpp"

#include <cmath>
#include <fmt/format.h>

#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"

namespace entente::cli {

PartialDate date_option(std::string_view name, const std::string& text)
{
    const DateParse parsed = parse_date(text);
    if (!parsed.date) throw UsageError(fmt::format("{}: {}", name, parsed.error));
    return *parsed.date;
}

DateRange date_range(const std::string& from, const std::string& to)
{
    DateRange range;
    if (!from.empty()) range.start = date_option("--from", from).interval.start;
    if (!to.empty()) range.end = date_option("--to", to).interval.end;
    if (range.start && range.end && *range.end <= *range.start)
        throw UsageError(fmt::format("--to {} is before --from {}", to, from));
    return range;
}

void refuse_directed(std::string_view command, const ViewOptions& options)
{
    if (options.directed) throw UsageError(fmt::format("{} works on undirected ties: drop --directed", command));
}

void add_view_options(CLI::App& command, ViewOptions& options)
{
    const std::string group = "View (default: the whole dataset)";
    command.add_option("--era", options.era, "an era id from eras.csv, e.g. correa")
        ->type_name(k_era_type)
        ->group(group);
    command.add_option("--from", options.from, "window start (YYYY, YYYY-MM or YYYY-MM-DD), included")->group(group);
    command.add_option("--to", options.to, "window end, included: --from 2008 --to 2009 is two years")->group(group);
    command.add_option("--at", options.at, "an instant: events decay with --half-life before it")->group(group);
    command.add_option("--half-life", options.half_life, "half-life for --at, e.g. 2y, 6mo, 30d")
        ->capture_default_str()
        ->group(group);
    command.add_option("--window", options.window, "rolling window length for a series, e.g. 1y")->group(group);
    command.add_option("--step", options.step, "step between rolling windows (default: the window)")->group(group);
    command.add_flag("--directed", options.directed, "keep who acted on whom instead of undirected dyads")
        ->group(group);
    command
        .add_option("--epsilon", options.epsilon,
                    fmt::format("a dyad is an edge when |score| > epsilon (default 0, and {} with --at: a decayed "
                                "view forgets a relation once it has faded for about ten half-lives)",
                                k_decayed_epsilon))
        ->group(group);
}

namespace {

void check_choices(const ViewOptions& options)
{
    const int kinds = !options.era.empty() + (!options.from.empty() || !options.to.empty()) + !options.at.empty() +
                      !options.window.empty();
    if (kinds > 1) throw UsageError("choose one of --era, --from/--to, --at and --window");
    if (!options.step.empty() && options.window.empty()) throw UsageError("--step needs --window");
    if (options.epsilon && std::isnan(*options.epsilon)) throw UsageError("--epsilon must be a number");
    if (options.epsilon && *options.epsilon < 0) throw UsageError("--epsilon must not be negative");
}

} // namespace

std::shared_ptr<views::CellsSpec> cells_spec(const model::Dataset& dataset, const ViewOptions& options)
{
    check_choices(options);
    auto spec = std::make_shared<views::CellsSpec>();
    spec->directed = options.directed;
    if (!options.era.empty()) {
        const Era& era = require_era(dataset, options.era);
        std::vector<Day> bounds{era.start};
        if (era.end) bounds.push_back(*era.end);
        spec->grid = views::Grid(std::move(bounds));
    } else if (!options.from.empty() || !options.to.empty()) {
        const DateRange range = date_range(options.from, options.to);
        std::vector<Day> bounds;
        for (const std::optional<Day>& bound : {range.start, range.end})
            if (bound) bounds.push_back(*bound);
        spec->grid = views::Grid(std::move(bounds));
    } else if (!options.at.empty()) {
        spec->grid = views::Grid({date_option("--at", options.at).interval.start + 1});
        spec->half_life = parse_duration(options.half_life).approx_days();
    } else if (!options.window.empty()) {
        const Duration window = parse_duration(options.window);
        const Duration step = options.step.empty() ? window : parse_duration(options.step);
        views::check_step(window, step);
        spec->grid = views::Grid::rolling(window, step);
    }
    return spec;
}

ViewReading read_views(model::Dataset& dataset, const ViewOptions& options, io::Diagnostics& problems)
{
    views::DyadCells cells = read_cells(dataset, cells_spec(dataset, options), problems);
    return {resolve_views(dataset, options), std::move(cells)};
}

std::vector<views::ViewSpec> resolve_views(const model::Dataset& dataset, const ViewOptions& options)
{
    check_choices(options);
    views::ViewSpec spec;
    spec.directed = options.directed;
    spec.epsilon = options.epsilon.value_or(options.at.empty() ? 0.0 : k_decayed_epsilon);
    const Interval span = dataset.span;
    spec.window = span;
    spec.label = "all";

    if (!options.era.empty()) {
        const Era& era = require_era(dataset, options.era);
        spec.kind = views::ViewKind::era;
        spec.window = era.window(dataset.open_end());
        spec.label = era.id;
    } else if (!options.from.empty() || !options.to.empty()) {
        spec.kind = views::ViewKind::window;
        const DateRange range = date_range(options.from, options.to);
        spec.window = {range.start.value_or(span.start), range.end.value_or(span.end)};
        if (spec.window.end <= spec.window.start) // one end open, the other beyond the data
            throw UsageError(fmt::format("--from {} --to {} holds none of the data's days, {} to {}", options.from,
                                         options.to, format_day(span.start), format_day(span.end - 1)));
        spec.label = format_day(spec.window.start);
    } else if (!options.at.empty()) {
        spec.kind = views::ViewKind::instant;
        spec.at = date_option("--at", options.at).interval.start;
        spec.half_life = parse_duration(options.half_life).approx_days();
        spec.window = {span.start, spec.at + 1};
        spec.label = format_day(spec.at);
    } else if (!options.window.empty()) {
        const Duration window = parse_duration(options.window);
        const Duration step = options.step.empty() ? window : parse_duration(options.step);
        return views::rolling_windows(span, window, step, spec);
    }
    return {spec};
}

} // namespace entente::cli
