// `entente ruptures`: when and why relations broke or mended.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "analysis/rupture_search.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/min_events_option.hpp"
#include "cli/rupture_setup.hpp"
#include "cli/table_output.hpp"
#include "cli/view_options.hpp"
#include "core/date.hpp"
#include "core/errors.hpp"
#include "core/parallel_map.hpp"
#include "render/rupture_table.hpp"
#include "views/view_spec.hpp"

namespace entente::cli {
namespace {

struct RupturesOptions {
    DatasetOptions dataset;
    RuptureOptions series;
    std::string actor;
    std::string from, to, era;
    std::string since, until; ///< the old spellings of --from and --to
    double min_magnitude = 0.0;
    std::size_t top = 0;
    std::string format = "table";
};

/// The dates of the changes listed: --from to --to, both included as in
/// every range, or an era's; the old --since/--until with a warning.
void select_dates(const RupturesOptions& o, const model::Dataset& dataset, analysis::RuptureSelection& selection)
{
    if (!o.since.empty())
        std::cerr << "entente: warning: --since is now --from (the old spelling goes in the next release)\n";
    if (!o.until.empty())
        std::cerr << "entente: warning: --until is now --to (the old spelling goes in the next release)\n";
    const std::string& from = o.from.empty() ? o.since : o.from;
    if (!o.era.empty() && (!from.empty() || !o.to.empty() || !o.until.empty()))
        throw UsageError("--era gives the dates: drop --from and --to");
    if (!o.era.empty()) {
        const Interval window = require_era(dataset, o.era).window(dataset.open_end());
        selection.since = window.start;
        selection.until = window.end;
        return;
    }
    const DateRange range = date_range(from, o.to.empty() ? o.until : o.to);
    selection.since = range.start;
    selection.until = range.end;
}

/// Why the list is empty, for stderr: an empty table alone does not say
/// whether the data was too short, nothing changed, or the options hid it.
std::string empty_list_note(const RupturesOptions& o, const model::Dataset& dataset, const views::SeriesSpec& spec,
                            std::size_t found)
{
    if (found > 0) {
        std::vector<std::string> hiding;
        if (!o.era.empty()) hiding.push_back("in era " + o.era);
        if (!o.from.empty() || !o.since.empty() || !o.to.empty() || !o.until.empty())
            hiding.push_back("within --from/--to");
        if (o.min_magnitude > 0) hiding.push_back(fmt::format("of magnitude {:g} or more", o.min_magnitude));
        return fmt::format("entente: note: {} change{} found{}, none {}\n", found, found == 1 ? "" : "s",
                           o.actor.empty() ? std::string() : " in " + o.actor + "'s dyads", fmt::join(hiding, " and "));
    }
    if (dataset.span.length() <= 0) return "entente: note: no events to follow\n";
    const std::size_t steps = views::rolling_windows(dataset.span, spec.window, spec.step, views::ViewSpec{}).size();
    if (steps < 2) {
        // A step that cuts the span the events cover into a few: days for under four weeks of them.
        const bool days = dataset.span.length() < 28;
        return fmt::format("entente: note: no changes: the events ({} to {}, {} day{}) fall in one step of the "
                           "series (--step {}), and a change needs a step before it and one after; a shorter "
                           "--step ({}) follows them more finely\n",
                           format_day(dataset.span.start), format_day(dataset.span.end - 1), dataset.span.length(),
                           dataset.span.length() == 1 ? "" : "s", spec.step.text, days ? "1d" : "e.g. 1w or 10d");
    }
    return fmt::format("entente: note: no changes: none of {} dyads' series moved beyond its noise over its {} "
                       "steps of {} with at least {} event{} pushing the way it moved (--min-events); a lower "
                       "--penalty or --min-events shows smaller changes\n",
                       o.actor.empty() ? std::string("the") : o.actor + "'s", steps, spec.step.text,
                       o.series.min_events, o.series.min_events == 1 ? "" : "s");
}

void run_ruptures(const RupturesOptions& o)
{
    const render::Format format = render::parse_format(o.format);
    auto [spec, params] = rupture_setup(o.series);
    analysis::RuptureSelection selection;
    selection.min_magnitude = o.min_magnitude;
    selection.top = o.top;

    io::Diagnostics problems;
    model::Dataset dataset = open_dataset(o.dataset, problems);
    analysis::copy_rows_in_batches(dataset); // each batch of dyads reads its events again
    read_events_first(dataset, problems);
    select_dates(o, dataset, selection); // an ongoing era ends with the data, known once read
    if (!o.actor.empty()) selection.actor = require_actor(dataset, "--actor", o.actor);
    const analysis::RuptureFindings findings = analysis::find_ruptures(
        dataset, spec, params,
        [&](views::DyadKey d) { return !selection.actor || d.a == *selection.actor || d.b == *selection.actor; },
        default_threads(), rupture_progress());
    const auto ruptures = analysis::select_ruptures(findings.ruptures, selection);
    if (ruptures.empty()) std::cerr << empty_list_note(o, dataset, spec, findings.ruptures.size());
    render::write_table(
        std::cout, render::rupture_table(dataset, *findings.rows, ruptures, spec.directed, selection.actor), format);
}

} // namespace

void setup_ruptures(CLI::App& app)
{
    auto options = std::make_shared<RupturesOptions>();
    CLI::App* command = app.add_subcommand("ruptures", "List when relations broke or mended, largest change first");
    command->footer(
        "Each dyad's score is followed through time on a calendar grid: by default the sum of its\n"
        "events' weights (weight x count, Goldstein points, each event spread evenly over its days) in\n"
        "every month. Three signals find changes: change points of that series (PELT, penalised by\n"
        "--penalty), flips of the sign of its decayed score, and explicit acts (CAMEO 16-20: reducing\n"
        "or breaking relations, coercion, assault, force; 054, 055, 056, 057, 085, 087: recognition,\n"
        "apology, forgiveness, agreements, easing sanctions, de-escalation). A flip or an act counts\n"
        "when the change it marks stands out of the series' noise as much as PELT's do. A change is\n"
        "reported only when events push the relation its way (a spike fading back, a stance ending\n"
        "are not changes), and signals of one kind within --merge of each other are one change. A\n"
        "change stands only on --min-events events (2 unless given) pushing its way from its date up to\n"
        "the dyad's next change, and a change back towards quiet on as many behind the level it leaves: a\n"
        "single clash or a single agreement is an anecdote, not a rupture or a rapprochement (a lasting\n"
        "event counts once; a row with a count counts that many times).\n\n"
        "Net scores let a war and the peace that ends it in one month cancel out, so conflict is also\n"
        "followed as a channel of its own: the contributions of conflictual acts alone (CAMEO roots\n"
        "10-20, verbal and material conflict). A change point where that channel rises is a rupture\n"
        "(signal conflict) even when cooperation in the same window keeps the net score level; it is\n"
        "dated by the start of the window's largest conflictual event and stands on --min-events such\n"
        "events like any change. Joined to a rupture of the net score within --merge, it gives that\n"
        "rupture its levels when it is the larger change. Window series only (not with --half-life).\n\n"
        "Columns:\n"
        "  date       the earliest day the evidence supports: the start of the first event that pushes the\n"
        "             relation the change's way from an act's day or from the day that best splits the days\n"
        "             around the change into a before and an after (an event dated 2019-01 starts 2019-01-01)\n"
        "  kind       rupture (the relation falls) or rapprochement (it rises)\n"
        "  before     the dyad's mean score per window over the stretch before the change, back to the\n"
        "             previous change: Goldstein points per --window (1 month by default); for a surge of\n"
        "             conflict larger than the net change, the conflict channel's mean as a score\n"
        "  after      the same over the stretch after it, up to the next change\n"
        "  magnitude  |after - before|, in the same units; the rows are ranked by it\n"
        "  era        the era (eras.csv) holding the date, for each side that has eras\n"
        "  causes     the events of the change interval that pushed the relation that way, largest first:\n"
        "             date source->target code weight: summary (ref)\n"
        "  signals    what found the change: pelt, flip, act, conflict (a surge of the conflict channel)\n\n"
        "With --half-life the series is the decayed score instead: each event counts w x 2^(-age/half-life),\n"
        "sampled at the end of each --step. Then before is the decayed score on the eve of the change and\n"
        "after the score where the events since then took it furthest before the next change, both in\n"
        "Goldstein points. Sign flips always use the decayed score (half-life 2y unless given).\n\n"
        "Examples:\n"
        "  entente ruptures --actor ECU\n"
        "  entente ruptures --actor ECU --from 2007 --to 2016 --format csv\n"
        "  entente ruptures --actor ECU --era correa\n"
        "  entente ruptures my-gdelt-dataset --top 20 --window 1y --step 3mo\n"
        "  entente ruptures --actor ECU --half-life 1y --step 1w");
    add_dataset_options(*command, options->dataset);
    add_event_kind_options(*command, options->dataset.kinds);
    const std::string series = "Series";
    command->add_option("--step", options->series.step, "grid step: 1mo, 1w, 1y, 10d")
        ->capture_default_str()
        ->group(series);
    command->add_option("--window", options->series.window, "window summed at each step (default: the step), e.g. 1y")
        ->group(series);
    command
        ->add_option("--half-life", options->series.half_life,
                     "use the decayed score with this half-life as the series")
        ->group(series);
    command->add_flag("--directed", options->series.directed, "keep who acted on whom instead of undirected dyads")
        ->group(series);
    const std::string detection = "Detection";
    command
        ->add_option("--penalty", options->series.penalty,
                     "PELT penalty per change point, in units of the series' noise variance (default "
                     "3 ln n for n points); higher finds fewer changes")
        ->group(detection);
    command->add_option("--merge", options->series.merge, "merge changes of one kind this close (default: the window)")
        ->group(detection);
    command
        ->add_option("--act-gap", options->series.act_gap,
                     "an explicit act signals a change only after this long without another of its kind")
        ->capture_default_str()
        ->group(detection);
    command->add_option("--causes", options->series.causes, "cause events listed per change")
        ->capture_default_str()
        ->group(detection);
    add_min_events_option(*command, options->series.min_events,
                          "pushing a change's way, from its date to the next change, for it to be reported");
    command->get_option("--min-events")->group(detection);
    const std::string output = "Output";
    command->add_option("--actor", options->actor, "only the dyads of this actor, listed as source")
        ->type_name(k_actor_type)
        ->group(output);
    command->add_option("--from", options->from, "only changes on or after this date (YYYY, YYYY-MM, YYYY-MM-DD)")
        ->group(output);
    command->add_option("--to", options->to, "only changes up to the end of this date (included, as in every range)")
        ->group(output);
    command->add_option("--era", options->era, "only changes within this era (an id from eras.csv)")
        ->type_name("ERA")
        ->group(output);
    // The old spellings work for one more release, unlisted.
    command->add_option("--since", options->since, "old spelling of --from")->group("");
    command->add_option("--until", options->until, "old spelling of --to")->group("");
    command->add_option("--min-magnitude", options->min_magnitude, "only changes at least this large")
        ->capture_default_str()
        ->group(output);
    command->add_option("--top", options->top, "only the first N rows (0: all)")->capture_default_str()->group(output);
    add_format_option(*command, options->format);
    command->get_option("--format")->group(output);
    command->get_option("--wide")->group(output);
    command->callback([options] { run_ruptures(*options); });
}

} // namespace entente::cli
