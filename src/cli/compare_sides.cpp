#include "cli/compare_sides.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <map>

#include "cli/dataset_lookup.hpp"
#include "cli/view_options.hpp"
#include "core/errors.hpp"

namespace entente::cli {
namespace {

/// An ongoing era runs to the end of the data: its rates per year are over
/// those days only, which the user should know when they are few.
void note_ongoing(const model::Dataset& dataset, const Era& era, Interval window)
{
    if (era.end) return;
    if (dataset.rows == 0 || era.start >= dataset.span.end)
        std::cerr << fmt::format("entente: warning: era '{}' is ongoing and starts after the last event: it holds "
                                 "no events\n",
                                 era.id);
    else
        std::cerr << fmt::format("entente: note: era '{}' is ongoing: its rates per year are over its {} up to the "
                                 "end of the data, {}\n",
                                 era.id, window.length() == 1 ? "1 day" : fmt::format("{} days", window.length()),
                                 format_day(window.end - 1));
}

Side era_side(const model::Dataset& dataset, const Era& era, bool directed)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::era;
    spec.window = era.window(dataset.open_end());
    spec.label = era.id;
    spec.directed = directed;
    return {spec, {era.label, "under"}};
}

Side window_side(Interval window, bool directed)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::window;
    spec.window = window;
    const SpanText span = describe_span(window);
    spec.directed = directed;
    if (span.first == span.last) {
        spec.label = span.first;
        return {spec, {span.first, span.precision == DatePrecision::day ? "on" : "in"}};
    }
    spec.label = span.first + ".." + span.last;
    return {spec, {span.first + " to " + span.last, "from"}};
}

Side window_side(const std::string& from, const std::string& to, bool directed)
{
    const DateRange range = date_range(from, to);
    return window_side({*range.start, *range.end}, directed);
}

/// Every consecutive pair of one actor's eras: the focal actor's, or the only actor with eras.
std::vector<SidePair> all_eras(const model::Dataset& dataset, std::optional<ActorIndex> focal, bool directed)
{
    std::optional<ActorIndex> owner = focal;
    for (const Era& e : dataset.eras) {
        if (owner && e.actor != *owner && focal) continue;
        if (owner && e.actor != *owner)
            throw UsageError("eras of several actors: name one with --actor for --between all");
        owner = e.actor;
    }
    std::vector<const Era*> eras;
    for (const Era& e : dataset.eras)
        if (owner && e.actor == *owner) eras.push_back(&e);
    std::sort(eras.begin(), eras.end(), [](const Era* x, const Era* y) { return x->start < y->start; });
    if (dataset.eras.empty())
        throw UsageError("--between all needs an actor with at least two eras, and the dataset has none: give them "
                         "with --eras FILE (id,actor,label,start[,end])");
    if (eras.size() < 2) {
        std::map<std::string, std::size_t> counts; // who has eras, to say which --actor would work
        for (const Era& e : dataset.eras)
            ++counts[dataset.actors.id(e.actor)];
        std::string owners;
        for (const auto& [id, n] : counts)
            owners += fmt::format("{}{} has {}", owners.empty() ? "" : ", ", id, n);
        throw UsageError(fmt::format("--between all needs an actor with at least two eras; {} has {} ({})",
                                     dataset.actors.id(*owner), eras.size(), owners));
    }
    std::vector<Side> sides;
    for (const Era* era : eras)
        sides.push_back(era_side(dataset, *era, directed));
    std::vector<SidePair> pairs;
    for (std::size_t i = 1; i < sides.size(); ++i)
        pairs.emplace_back(sides[i - 1], sides[i]);
    return pairs;
}

} // namespace

void add_compare_side_options(CLI::App& command, CompareSideOptions& options)
{
    command
        .add_option("--between", options.between,
                    "two era ids A B (or windows FIRST..LAST, e.g. 2000..2006), or 'all' for every consecutive pair")
        ->type_name(k_era_type)
        ->expected(1, 2);
    command.add_option("--from", options.from, "window starts: give --from/--to twice for two windows");
    command.add_option("--to", options.to, "window ends (included, as in every range)");
    command.add_flag("--directed", options.directed, "keep who acted on whom");
}

void take_old_between(const std::string& option, const std::vector<std::string>& words, CompareSideOptions& options)
{
    if (words.empty()) return;
    std::cerr << fmt::format("entente: warning: {} A B is now --between A B (the old spelling goes in the next "
                             "release)\n",
                             option);
    if (!options.between.empty()) throw UsageError(fmt::format("give --between or {}, not both", option));
    options.between = words;
}

Side named_side(const model::Dataset& dataset, const std::string& option, const std::string& text, bool directed)
{
    const auto dots = text.find("..");
    if (dots == std::string::npos) return era_side(dataset, require_era(dataset, text), directed);
    const DateParse first = parse_date(text.substr(0, dots)), last = parse_date(text.substr(dots + 2));
    for (const DateParse* date : {&first, &last})
        if (!date->date) throw UsageError(fmt::format("{}: window '{}' (FIRST..LAST): {}", option, text, date->error));
    if (last.date->interval.end <= first.date->interval.start)
        throw UsageError(fmt::format("{}: window '{}' ends before it starts", option, text));
    return window_side({first.date->interval.start, last.date->interval.end}, directed);
}

void note_ongoing_eras(const model::Dataset& dataset, const std::vector<SidePair>& pairs)
{
    std::vector<std::string> noted;
    for (const auto& [a, b] : pairs)
        for (const Side* side : {&a, &b})
            if (side->spec.kind == views::ViewKind::era &&
                std::find(noted.begin(), noted.end(), side->spec.label) == noted.end()) {
                noted.push_back(side->spec.label);
                note_ongoing(dataset, *dataset.find_era(side->spec.label), side->spec.window);
            }
}

std::vector<SidePair> compare_sides(const model::Dataset& dataset, const CompareSideOptions& o,
                                    std::optional<ActorIndex> focal)
{
    if (!o.between.empty() && !o.from.empty()) throw UsageError("choose either --between or --from/--to, not both");
    if (o.between.size() == 1 && o.between[0] == "all") return all_eras(dataset, focal, o.directed);
    if (o.between.size() == 2)
        return {{named_side(dataset, "--between", o.between[0], o.directed),
                 named_side(dataset, "--between", o.between[1], o.directed)}};
    if (!o.between.empty()) throw UsageError("--between takes two eras or windows (A B) or 'all'");
    if (o.from.size() == 2 && o.to.size() == 2)
        return {{window_side(o.from[0], o.to[0], o.directed), window_side(o.from[1], o.to[1], o.directed)}};
    throw UsageError("say what to compare: --between A B, --between all, or --from A1 --to A2 --from B1 --to B2");
}

} // namespace entente::cli
