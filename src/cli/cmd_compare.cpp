// `entente compare`: how relations shifted between two eras or windows.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "analysis/era_shift.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "core/errors.hpp"
#include "render/shift_summary.hpp"
#include "render/table.hpp"

namespace entente::cli {
namespace {

struct CompareOptions {
    DatasetOptions dataset;
    std::vector<std::string> eras;
    std::vector<std::string> from, to;
    std::string actor;
    std::string format = "table";
    std::size_t top = 0;
    bool directed = false;
};

/// One side of a comparison: a view and how to name it.
struct Side {
    views::ViewSpec spec;
    std::string label; ///< for sentences: the era's label or the window's dates
};

Side era_side(const model::Dataset& dataset, const Era& era, bool directed)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::era;
    spec.window = era.window(dataset.open_end());
    spec.label = era.id;
    spec.directed = directed;
    return {spec, era.label};
}

Side window_side(const std::string& from, const std::string& to, bool directed)
{
    const DateParse a = parse_date(from), b = parse_date(to);
    if (!a.date) throw UsageError("--from: " + a.error);
    if (!b.date) throw UsageError("--to: " + b.error);
    views::ViewSpec spec;
    spec.kind = views::ViewKind::window;
    spec.window = {a.date->interval.start, b.date->interval.start};
    if (spec.window.end <= spec.window.start) throw UsageError(fmt::format("--to {} is not after --from {}", to, from));
    spec.label = format_day(spec.window.start);
    spec.directed = directed;
    return {spec, fmt::format("{} to {}", from, to)};
}

/// The pairs of views to compare, in order.
std::vector<std::pair<Side, Side>> sides(const model::Dataset& dataset, const CompareOptions& o,
                                         std::optional<ActorIndex> focal)
{
    std::vector<std::pair<Side, Side>> pairs;
    if (!o.eras.empty() && !o.from.empty()) throw UsageError("choose either --eras or --from/--to, not both");
    if (o.eras.size() == 1 && o.eras[0] == "all") {
        // Every consecutive pair of one actor's eras: the focal actor's, or the only actor with eras.
        std::optional<ActorIndex> owner = focal;
        for (const Era& e : dataset.eras) {
            if (owner && e.actor != *owner && focal) continue;
            if (owner && e.actor != *owner)
                throw UsageError("eras of several actors: name one with --actor for --eras all");
            owner = e.actor;
        }
        std::vector<const Era*> eras;
        for (const Era& e : dataset.eras)
            if (owner && e.actor == *owner) eras.push_back(&e);
        std::sort(eras.begin(), eras.end(), [](const Era* x, const Era* y) { return x->start < y->start; });
        if (eras.size() < 2) throw UsageError("--eras all needs an actor with at least two eras");
        for (std::size_t i = 1; i < eras.size(); ++i)
            pairs.emplace_back(era_side(dataset, *eras[i - 1], o.directed), era_side(dataset, *eras[i], o.directed));
        return pairs;
    }
    if (o.eras.size() == 2) {
        const Era* a = dataset.find_era(o.eras[0]);
        const Era* b = dataset.find_era(o.eras[1]);
        for (const auto& [era, id] : {std::pair{a, o.eras[0]}, std::pair{b, o.eras[1]}})
            if (!era) throw UsageError(fmt::format("unknown era '{}'", id));
        pairs.emplace_back(era_side(dataset, *a, o.directed), era_side(dataset, *b, o.directed));
        return pairs;
    }
    if (!o.eras.empty()) throw UsageError("--eras takes two era ids (A B) or 'all'");
    if (o.from.size() == 2 && o.to.size() == 2) {
        pairs.emplace_back(window_side(o.from[0], o.to[0], o.directed), window_side(o.from[1], o.to[1], o.directed));
        return pairs;
    }
    throw UsageError("say what to compare: --eras A B, --eras all, or --from A1 --to A2 --from B1 --to B2");
}

} // namespace

void setup_compare(CLI::App& app)
{
    auto o = std::make_shared<CompareOptions>();
    CLI::App* command = app.add_subcommand("compare", "Show how relations shifted between two eras or two windows");
    command->footer(
        "Each dyad's score becomes a rate per year of its era (rate_a, rate_b), so eras of different\n"
        "lengths compare fairly; an event spanning both eras is split by overlap. change = rate_b - rate_a.\n"
        "flip: friend_to_foe, foe_to_friend, new (an edge only in B), gone (only in A).\n"
        "Distances: jaccard of the edge sets, weighted L1 of the rates, sign agreement on shared edges.\n\n"
        "Examples:\n"
        "  entente compare --eras correa moreno --actor ECU\n"
        "  entente compare --eras all --actor ECU --format csv\n"
        "  entente compare --from 2000 --to 2007 --from 2007 --to 2014");
    add_dataset_options(*command, o->dataset, "--eras-file");
    command->add_option("--eras", o->eras, "two era ids A B, or 'all' for every consecutive pair")->expected(1, 2);
    command->add_option("--from", o->from, "window starts: give --from/--to twice for two windows");
    command->add_option("--to", o->to, "window ends (exclusive)");
    command->add_option("--actor", o->actor, "a focal actor id: only its dyads");
    command->add_option("--top", o->top, "list only the N largest changes per comparison (0: all)");
    command->add_flag("--directed", o->directed, "keep who acted on whom");
    command->add_option("--format", o->format, "table, csv or json")->capture_default_str();
    command->callback([o] {
        const render::Format format = render::parse_format(o->format);
        const model::Dataset dataset = load_dataset(o->dataset);
        std::optional<ActorIndex> focal;
        if (!o->actor.empty()) {
            focal = dataset.actors.find(o->actor);
            if (!focal) throw UsageError(fmt::format("unknown actor '{}'", o->actor));
        }
        render::Table dyads{
            "dyads",
            {"source", "target", "rate_a", "rate_b", "change", "flip", "era_a", "era_b", "events_a", "events_b"},
            {}};
        render::Table distances{
            "distances", {"era_a", "era_b", "edge_jaccard", "weighted_l1", "sign_agreement", "shared_edges"}, {}};
        render::Table summary{"summary", {"era_a", "era_b", "sentence"}, {}};
        for (const auto& [a, b] : sides(dataset, *o, focal)) {
            const views::RelationGraph view_a(dataset, a.spec), view_b(dataset, b.spec);
            const analysis::EraShift shift = analysis::compare_views(view_a, view_b, focal);
            for (const std::string& s : render::shift_sentences(dataset, shift, {a.label, b.label, focal, 5}))
                summary.add_row({a.spec.label, b.spec.label, s});
            std::size_t listed = 0;
            for (const auto& d : shift.dyads) {
                if (o->top != 0 && listed++ >= o->top) break;
                dyads.add_row({dataset.actors.id(d.a), dataset.actors.id(d.b), d.rate_a, d.rate_b, d.change,
                               std::string(analysis::to_string(d.flip)), a.spec.label, b.spec.label,
                               d.in_a ? d.in_a->events : 0LL, d.in_b ? d.in_b->events : 0LL});
            }
            const auto& g = shift.distance;
            distances.add_row({a.spec.label, b.spec.label, g.edge_jaccard, g.weighted_l1,
                               g.sign_agreement ? render::Cell{*g.sign_agreement} : render::Cell{},
                               static_cast<long long>(g.shared_edges)});
        }
        if (format == render::Format::csv) {
            render::write_table(std::cout, dyads, format);
        } else if (format == render::Format::json) {
            render::write_tables(std::cout, {summary, dyads, distances}, format);
        } else {
            std::string last;
            for (const auto& row : summary.rows) {
                const std::string pair = render::cell_text(row[0]) + " -> " + render::cell_text(row[1]);
                if (pair != last) std::cout << (last.empty() ? "" : "\n") << pair << '\n';
                last = pair;
                std::cout << "  " << render::cell_text(row[2]) << '\n';
            }
            std::cout << '\n';
            render::write_tables(std::cout, {dyads, distances}, format);
        }
    });
}

} // namespace entente::cli
