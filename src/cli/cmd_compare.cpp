// `entente compare`: how relations shifted between two eras or windows.
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <memory>

#include "analysis/actor_metrics.hpp"
#include "analysis/bloc_search.hpp"
#include "analysis/bloc_shift.hpp"
#include "analysis/era_shift.hpp"
#include "analysis/rank_shift.hpp"
#include "analysis/rupture_search.hpp"
#include "cli/commands.hpp"
#include "cli/compare_sides.hpp"
#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/metric_notes.hpp"
#include "cli/min_events_option.hpp"
#include "cli/progress.hpp"
#include "cli/rupture_setup.hpp"
#include "cli/table_output.hpp"
#include "core/errors.hpp"
#include "core/parallel_map.hpp"
#include "render/shift_summary.hpp"
#include "render/shift_tables.hpp"
#include "views/accumulate.hpp"
#include "views/evidence.hpp"

namespace entente::cli {
namespace {

struct CompareOptions {
    DatasetOptions dataset;
    CompareSideOptions sides;
    /// `--eras`: an eras file, as in every command, or the old `--eras A B|all` (now --between).
    std::vector<std::string> eras;
    std::string eras_file; ///< the old `--eras-file FILE`
    std::string actor;
    TableOutputOptions output;
    std::size_t top = 0;
    std::size_t movers = 3;
    std::size_t min_events = 0;
};

/// One view and what is computed on it once, however many pairs it is part of.
struct SideAnalysis {
    /// `cells` holds the view's dyads as the comparison orders them; `undirected`, when the
    /// comparison is directed, the same events undirected, for the blocs.
    SideAnalysis(const model::Dataset& dataset, const views::DyadCells& cells, const views::DyadCells* undirected,
                 const views::ViewSpec& spec)
        : view(dataset, cells, spec)
    {
        analysis::ActorMetrics m(view);
        m.run();
        warnings = convergence_warnings(m, spec.label);
        metrics = m.values();
        // Blocs are defined on undirected ties: a directed comparison finds them on the same view, undirected.
        views::ViewSpec undirected_spec = spec;
        undirected_spec.directed = false;
        const auto bloc_view =
            undirected ? std::make_unique<views::RelationGraph>(dataset, *undirected, undirected_spec) : nullptr;
        analysis::BlocSearch search(bloc_view ? *bloc_view : view, analysis::default_bloc_params());
        search.run();
        blocs = search.result();
    }

    views::RelationGraph view;
    std::vector<analysis::ActorMetric> metrics;
    analysis::BlocPartition blocs;
    std::string warnings; ///< for stderr, in the sides' order: the sides are analysed side by side
};

/// The largest events in B read for a dyad a sentence explains: it cites the
/// largest of them that pushed the way the dyad moved.
constexpr std::size_t k_evidence_per_dyad = 10;

/// The evidence compare cites, by view (its index among the finder's views) and dyad.
struct EvidenceWishes {
    std::vector<std::pair<std::size_t, views::DyadKey>> first;   ///< the dyad's first event in the view
    std::vector<std::pair<std::size_t, views::DyadKey>> largest; ///< its largest events in the view
};

/// Reads the events `wishes` asks for in one pass and attaches them to `graphs`.
void find_evidence(const model::Dataset& dataset, const std::vector<views::RelationGraph*>& graphs,
                   const EvidenceWishes& wishes)
{
    views::EvidenceFinder finder(graphs.front()->directed());
    for (const views::RelationGraph* graph : graphs)
        finder.add_view(graph->spec());
    for (const auto& [view, dyad] : wishes.first)
        finder.want_first(view, dyad);
    for (const auto& [view, dyad] : wishes.largest)
        finder.want(view, dyad, k_evidence_per_dyad);
    if (finder.empty()) return;
    finder.run(dataset, default_threads());
    for (std::size_t g = 0; g < graphs.size(); ++g)
        graphs[g]->attach(finder, g);
}

/// The grid of every side's boundaries.
views::Grid sides_grid(const std::vector<SidePair>& pairs)
{
    std::vector<views::ViewSpec> specs;
    for (const auto& [a, b] : pairs) {
        specs.push_back(a.spec);
        specs.push_back(b.spec);
    }
    return views::grid_of(specs);
}

/// `--eras` read as the eras file it names, or as the old spelling of
/// --between: two words, or one that names no file (`all`, an era id, a window).
CompareOptions with_old_spellings(CompareOptions o)
{
    std::error_code ec;
    const bool names_file =
        o.eras.size() == 1 && (std::filesystem::is_regular_file(o.eras[0], ec) || o.eras[0].ends_with(".csv") ||
                               o.eras[0].find('/') != o.eras[0].npos);
    if (names_file)
        o.dataset.eras = o.eras[0];
    else
        take_old_between("--eras", o.eras, o.sides);
    if (!o.eras_file.empty()) {
        std::cerr << "entente: warning: --eras-file is now --eras (the old spelling goes in the next release)\n";
        if (!o.dataset.eras.empty()) throw UsageError("give --eras FILE or --eras-file, not both");
        o.dataset.eras = o.eras_file;
    }
    return o;
}

void run_compare(const CompareOptions& options)
{
    const CompareOptions o = with_old_spellings(options);
    render::parse_format(o.output.format);
    io::Diagnostics problems;
    model::Dataset dataset = open_dataset(o.dataset, problems);
    analysis::copy_rows_in_batches(dataset); // ruptures' batches and the evidence read the events again
    // Actors named before the reading (--actor, the eras' owners) must be known.
    if (!o.actor.empty() || dataset.eras_after_events) know_actors(dataset, problems);
    std::optional<ActorIndex> focal;
    if (!o.actor.empty()) focal = require_actor(dataset, "--actor", o.actor);
    RuptureOptions settings;
    settings.directed = o.sides.directed;
    settings.min_events = o.min_events;
    const RuptureSetup setup = rupture_setup(settings);

    // The sides' boundaries are known before the reading; their spans (an ongoing era's end) after it.
    std::vector<std::shared_ptr<const views::CellsSpec>> specs;
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = sides_grid(compare_sides(dataset, o.sides, focal));
    spec->directed = o.sides.directed;
    specs.push_back(spec);
    if (o.sides.directed) {
        auto undirected = std::make_shared<views::CellsSpec>(*spec);
        undirected->directed = false;
        specs.push_back(undirected);
    }
    const std::vector<views::DyadCells> cells = read_cells(dataset, specs, problems);
    const std::vector<SidePair> pairs = compare_sides(dataset, o.sides, focal);
    note_ongoing_eras(dataset, pairs);

    const analysis::RuptureFindings ruptures = analysis::find_ruptures(
        dataset, setup.series, setup.params, [&](views::DyadKey d) { return !focal || d.a == *focal || d.b == *focal; },
        default_threads(), rupture_progress());

    // Keyed by window: with --eras all, each era is side B of one pair and side A of the next.
    std::map<std::pair<Day, Day>, std::unique_ptr<SideAnalysis>> analysed;
    std::vector<const Side*> sides; // each window once
    for (const auto& [a, b] : pairs)
        for (const Side* side : {&a, &b})
            if (analysed.emplace(std::pair{side->spec.window.start, side->spec.window.end}, nullptr).second)
                sides.push_back(side);
    std::vector<std::unique_ptr<SideAnalysis>> done = parallel_map(sides.size(), default_threads(), [&](std::size_t k) {
        return std::make_unique<SideAnalysis>(dataset, cells.front(), o.sides.directed ? &cells.back() : nullptr,
                                              sides[k]->spec);
    });
    for (std::size_t k = 0; k < sides.size(); ++k) {
        std::cerr << done[k]->warnings;
        analysed[{sides[k]->spec.window.start, sides[k]->spec.window.end}] = std::move(done[k]);
    }
    const auto analyse = [&](const Side& side) -> const SideAnalysis& {
        return *analysed.at({side.spec.window.start, side.spec.window.end});
    };
    std::vector<views::RelationGraph*> graphs; // the finder's views, in this order
    std::map<const views::RelationGraph*, std::size_t> graph_of;
    for (auto& [window, side] : analysed) {
        graph_of[&side->view] = graphs.size();
        graphs.push_back(&side->view);
    }
    const auto context_of = [&](const Side& a, const Side& b) {
        render::ShiftContext context{a.period, b.period, focal, 5, o.sides.directed};
        if (b.spec.kind == views::ViewKind::era) context.era_b = b.spec.window;
        return context;
    };
    const auto shift_of = [&](const Side& a, const Side& b) {
        return analysis::compare_views(analyse(a).view, analyse(b).view, focal, {static_cast<long long>(o.min_events)});
    };

    // The evidence read is what the output cites: the first event of each
    // relation found only in side B (did it open relations?), and the
    // largest events in B of the dyads given a sentence. Which dyads those
    // are depends on the first events, so the largest are read for every
    // dyad that may get one: a single reading of the events.
    progress::stage("finding the events behind the changes");
    EvidenceWishes wishes;
    for (const auto& [a, b] : pairs) {
        const std::size_t view_b = graph_of.at(&analyse(b).view);
        for (const views::DyadKey& d : analysis::dyads_needing_first_event(analyse(a).view, analyse(b).view, focal))
            wishes.first.emplace_back(view_b, d);
        const analysis::EraShift unread = shift_of(a, b); // no relation has opened yet
        for (const analysis::DyadShift* d : render::possible_sentence_dyads(unread, context_of(a, b)))
            if (d->in_b) wishes.largest.emplace_back(view_b, views::DyadKey{d->a, d->b});
    }
    find_evidence(dataset, graphs, wishes);

    render::ShiftTables tables;
    for (const auto& [a, b] : pairs) {
        const SideAnalysis& in_a = analyse(a);
        const SideAnalysis& in_b = analyse(b);
        const render::ShiftPair pair{a.spec.label, b.spec.label};
        const render::ShiftContext context = context_of(a, b);
        // Compared again: the first events read decide which relations opened in B.
        const analysis::EraShift shift = shift_of(a, b);
        const analysis::RankShift ranks = analysis::compare_ranks(in_a.metrics, in_b.metrics);
        const analysis::BlocShift blocs = analysis::compare_blocs(in_a.blocs, in_b.blocs);
        const std::vector<std::string> sentences = render::comparison_sentences(dataset, shift, ranks, blocs, context);

        tables.add_dyads(dataset, shift, pair, o.top);
        tables.add_sentences(sentences, pair);
        tables.add_ranks(dataset, ranks, pair, o.movers);
        tables.add_blocs(dataset, blocs, pair);
        const auto between = analysis::select_ruptures(ruptures.ruptures,
                                                       analysis::between_middles(a.spec.window, b.spec.window, focal));
        tables.add_ruptures(dataset, *ruptures.rows, between, o.sides.directed, focal, pair);
    }

    std::vector<render::Table> all = tables.all();
    if (render::parse_format(o.output.format) != render::Format::table || !o.output.table.empty()) {
        write_table_output(std::cout, all, o.output);
        return;
    }
    // A terminal opens with the sentences, one block per pair, then the tables.
    std::string last;
    for (const auto& row : tables.summary().rows) {
        const std::string title = render::cell_text(row[0]) + " -> " + render::cell_text(row[1]);
        if (title != last) std::cout << (last.empty() ? "" : "\n") << title << '\n';
        last = title;
        std::cout << "  " << render::cell_text(row[2]) << '\n';
    }
    std::cout << '\n';
    std::erase_if(all, [](const render::Table& t) { return t.name == "summary"; });
    render::write_tables(std::cout, all, render::Format::table);
}

} // namespace

void setup_compare(CLI::App& app)
{
    auto o = std::make_shared<CompareOptions>();
    CLI::App* command = app.add_subcommand("compare", "Show how relations shifted between two eras or two windows");
    command->footer(
        "A plain-language summary opens the output, written from the numbers of these tables: up to five\n"
        "relations, sign flips first, then the largest improvements and worsenings and the relations begun,\n"
        "then those only quieter (0.005 a year at least), each with the event of B that pushed it that way,\n"
        "and how many flips were left out; then which relations had too few events to tell, and which had\n"
        "no events in one era (a silence in the record is no change); the metric whose order changed most\n"
        "when its tau-b is below 0.5; who changed bloc (named only with enough events in both eras). With\n"
        "--directed, A->B and B->A are separate relations. A dyad is read only with --min-events events (2\n"
        "unless given) in each era: one event is an anecdote. README.md, 'Reading a comparison', says more.\n"
        "The tables (each row names the pair compared in era_a and era_b):\n"
        "  dyads             each dyad's score per year of each era (rate_a, rate_b: eras of different lengths\n"
        "                    compare fairly; an event spanning both is split by overlap), change = rate_b -\n"
        "                    rate_a, events_a, events_b (a lasting event counts in every era it overlaps), and:\n"
        "                    flip: friend_to_foe or foe_to_friend (an edge of both eras, opposite signs), or\n"
        "                    what keeps the dyad from being read: new (its first recorded event, in B, opens\n"
        "                    relations: recognition, CAMEO 054, or with an organisation its charter or an\n"
        "                    accession, 057: the relation begins), no_events_a or no_events_b\n"
        "                    (none recorded in that era: the data are silent, which is no change),\n"
        "                    too_few_events (fewer than --min-events in an era)\n"
        "                    trend, for a dyad read: improved (the rate rose, with more cooperation a year),\n"
        "                    worsened (it fell, with more conflict a year), less_conflict or less_cooperation\n"
        "                    (it moved only because that channel was recorded less: quieter, not better or worse)\n"
        "  distances         jaccard of the edge sets, weighted L1 of the rates, sign agreement on shared edges\n"
        "  rank_correlation  per metric of `entente metrics`, Kendall's tau-b of the actors' ranks in A and B,\n"
        "                    over the actors active in both (an actor active in one era only has no rank)\n"
        "  ranks             per metric, the actors whose rank moved most (--movers): rank 1 for the largest\n"
        "                    value, ties share the best rank; rise = rank_a - rank_b, the places gained\n"
        "  blocs             each actor's bloc in A and B (`entente alliances` with its defaults, --k auto, on\n"
        "                    undirected ties); B's blocs are matched one to one with A's so as to share the most\n"
        "                    actors and take their numbers, the unmatched ones the next numbers. move: moved\n"
        "                    (changed side), new (active only in B), gone (only in A)\n"
        "  bloc_agreement    blocs in each era, actors active in both, how many moved, and the adjusted Rand\n"
        "                    index of the two partitions over the actors active in both (1: the same blocs)\n"
        "  ruptures          the ruptures and rapprochements dated from the middle of A to the middle of B,\n"
        "                    the likely causes, as `entente ruptures` finds them (with --actor: its dyads)\n"
        "An ongoing era (no end in eras.csv) runs to the end of the data, the last day of its last event.\n"
        "A terminal shows all tables, JSON holds them all in one document, CSV prints dyads unless --table\n"
        "names another. `entente export --compare A B` draws the difference graph.\n\n"
        "Examples:\n"
        "  entente compare --between correa moreno --actor ECU\n"
        "  entente compare --between all --actor ECU --format csv\n"
        "  entente compare --between correa moreno --table ranks --movers 0\n"
        "  entente compare --between 2000..2006 2007..2013 --actor ECU\n"
        "  entente compare --from 2000 --to 2006 --from 2007 --to 2013");
    add_dataset_options(*command, o->dataset, false);
    add_event_kind_options(*command, o->dataset.kinds);
    command->add_option("--eras", o->eras, k_eras_file_help)->type_name("FILE")->expected(1, 2);
    command->add_option("--eras-file", o->eras_file, "old spelling of --eras FILE")->group("");
    add_compare_side_options(*command, o->sides);
    command->add_option("--actor", o->actor, "a focal actor id: only its dyads and ruptures")->type_name(k_actor_type);
    command
        ->add_option("--top", o->top, "list only the N largest dyad changes per comparison in the dyads table (0: all)")
        ->capture_default_str();
    command->add_option("--movers", o->movers, "list the N actors whose rank moved most per metric (0: every actor)")
        ->capture_default_str();
    add_min_events_option(*command, o->min_events,
                          "in each era for a dyad's flip or change to be read, and pushing a rupture's way");
    add_table_output_options(*command, o->output, render::ShiftTables::names());
    command->callback([o] { run_compare(*o); });
}

} // namespace entente::cli
