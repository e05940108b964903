// `entente report`: everything about a dataset in one folder: index.html
// (self-contained), the eras' diagrams, the tables as CSV, and report.json.
// Wiring only: each piece comes from an analysis and a renderer.
#include <algorithm>
#include <atomic>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <sstream>

#include "analysis/actor_metrics.hpp"
#include "analysis/bloc_search.hpp"
#include "analysis/bloc_shift.hpp"
#include "analysis/dataset_summary.hpp"
#include "analysis/ego_view.hpp"
#include "analysis/era_shift.hpp"
#include "analysis/frustration.hpp"
#include "analysis/rank_shift.hpp"
#include "analysis/rupture_search.hpp"
#include "analysis/triangle_census.hpp"
#include "cli/backbone_options.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/metric_notes.hpp"
#include "cli/min_events_option.hpp"
#include "cli/progress.hpp"
#include "cli/report_folder.hpp"
#include "cli/rupture_setup.hpp"
#include "cli/timeline_builder.hpp"
#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "core/output_guard.hpp"
#include "core/parallel_map.hpp"
#include "render/alliances_tables.hpp"
#include "render/backbone.hpp"
#include "render/balance_tables.hpp"
#include "render/diagram.hpp"
#include "render/dot_writer.hpp"
#include "render/markup.hpp"
#include "render/metrics_tables.hpp"
#include "render/network_explorer.hpp"
#include "render/report_content.hpp"
#include "render/rupture_table.hpp"
#include "render/shared_layout.hpp"
#include "render/shift_summary.hpp"
#include "render/shift_tables.hpp"
#include "render/svg_renderer.hpp"
#include "views/evidence.hpp"
#include "views/window_scores.hpp"

namespace entente::cli {
namespace {

struct ReportOptions {
    DatasetOptions dataset;
    std::string output = "output";
    std::string actor;
    std::size_t top = 8;
    std::size_t max_nodes = 2000;
    std::size_t min_events = 0;
    BackboneOptions backbone;  ///< how an era too large to read is drawn
    std::string window = "1y"; ///< the periods reported when the focal actor has no eras
};

/// The events each actor takes part in, from a reading of the whole dataset.
std::vector<std::uint64_t> events_by_actor(const model::Dataset& dataset, const views::DyadCells& cells)
{
    std::vector<std::uint64_t> events(dataset.actors.size(), 0);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const views::DyadKey d = cells.dyad(i);
        events[d.a] += cells.rows(i);
        events[d.b] += cells.rows(i);
    }
    return events;
}

/// The actor the report follows, and whether its eras are periods of --window made for it.
struct Focal {
    ActorIndex actor = 0;
    bool periods = false;
};

/// The actor the report is about: the one asked for, the one with the most
/// eras, or without eras the one in the most events. A focal actor without
/// eras (every import) is reported over periods of `window` from the start of
/// the data, each an era named by its dates.
Focal focal_with_eras(model::Dataset& dataset, const ReportOptions& o, io::Diagnostics& problems)
{
    const bool any_eras = !dataset.eras.empty();
    std::optional<views::DyadCells> whole; // a first reading, only when the data must say who or when
    const auto read_whole = [&]() -> const views::DyadCells& {
        if (!whole) whole = read_cells(dataset, std::make_shared<views::CellsSpec>(), problems);
        return *whole;
    };
    ActorIndex focal = 0;
    if (!o.actor.empty()) {
        focal = require_actor(dataset, "--actor", o.actor);
    } else if (any_eras) {
        std::vector<std::size_t> eras(dataset.actors.size());
        for (const Era& e : dataset.eras)
            ++eras[e.actor];
        focal = static_cast<ActorIndex>(std::max_element(eras.begin(), eras.end()) - eras.begin());
    } else {
        const std::vector<std::uint64_t> events = events_by_actor(dataset, read_whole());
        if (events.empty()) throw UsageError("the dataset has no actors to report on");
        focal = static_cast<ActorIndex>(std::max_element(events.begin(), events.end()) - events.begin());
    }
    if (std::any_of(dataset.eras.begin(), dataset.eras.end(), [&](const Era& e) { return e.actor == focal; }))
        return {focal, false};
    read_whole(); // the data's span
    const Duration length = parse_duration(o.window);
    for (const views::ViewSpec& w : views::rolling_windows(dataset.span, length, length, views::ViewSpec{})) {
        const bool year = length.months == 12 && length.days == 0;
        const std::string label = year ? format_day(w.window.start).substr(0, 4) : format_days(w.window);
        dataset.eras.push_back({year ? label : format_day(w.window.start), focal, label, w.window.start,
                                std::optional<Day>(w.window.end)});
    }
    return {focal, true};
}

/// Windows the interactive network's slider may step through: each one drawn and
/// written into the page, so a few hundred keep it light enough to load.
constexpr std::size_t k_max_windows = 500;

/// The eras' span cut into windows of --window (calendar aligned, the first
/// and last clipped to the span), for the interactive network's second slider.
std::vector<views::ViewSpec> era_windows(const model::Dataset& dataset, const std::vector<const Era*>& eras,
                                         const ReportOptions& o)
{
    if (eras.empty()) return {};
    views::ViewSpec span;
    span.kind = views::ViewKind::window;
    span.window = eras.front()->window(dataset.open_end());
    for (const Era* e : eras)
        span.window.end = std::max(span.window.end, e->window(dataset.open_end()).end);
    std::vector<views::ViewSpec> windows = views::slices(span, parse_duration(o.window));
    if (windows.size() > k_max_windows)
        throw UsageError(fmt::format("--window {} cuts the eras' span ({}) into {} windows for the interactive "
                                     "network's slider, more than {}: give a longer --window",
                                     o.window, format_days(span.window), render::count_text(windows.size()),
                                     k_max_windows));
    return windows;
}

/// A window by its year when it is one whole calendar year, else by its dates.
std::string window_label(const Interval& window)
{
    const std::string first = format_day(window.start);
    const bool whole_year = first.substr(4) == "-01-01" &&
                            format_day(window.end) == fmt::format("{:04}-01-01", std::stoi(first.substr(0, 4)) + 1);
    return whole_year ? first.substr(0, 4) : format_days(window);
}

/// The view of an era, read off `cells`.
std::unique_ptr<views::RelationGraph> era_view(const model::Dataset& dataset, const views::DyadCells& cells,
                                               const Era& era)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::era;
    spec.window = era.window(dataset.open_end());
    spec.label = era.id;
    return std::make_unique<views::RelationGraph>(dataset, cells, spec);
}

/// One era's report, and what its analysis has to say: eras are analysed
/// side by side, and their notes printed afterwards in the eras' order.
struct AnalysedEra {
    render::EraReport report;
    std::string warnings;    ///< for stderr
    bool not_unique = false; ///< its signed eigenvector is not unique
};

/// Everything about one era but its drawing, from its view (with its evidence).
AnalysedEra analyse_era(const model::Dataset& dataset, std::unique_ptr<views::RelationGraph> era_graph, const Era& era,
                        ActorIndex focal, const ReportOptions& o, const render::BackboneRule& backbone)
{
    AnalysedEra analysed;
    render::EraReport& r = analysed.report;
    r.era = &era;
    r.view = std::move(era_graph);
    const views::RelationGraph& view = *r.view;
    if (view.dyads().empty()) return analysed;
    // The diagram's nodes are the view's actors, or its backbone's: refuse before any analysis or layout work.
    const std::size_t drawn_actors = backbone.method == render::BackboneMethod::none
                                         ? view.actors().size()
                                         : std::min(view.actors().size(), backbone.max_actors);
    if (drawn_actors > o.max_nodes) {
        throw UsageError(fmt::format("era '{}' has {} actors to draw, more than --max-nodes {}: a layout that large "
                                     "is slow and unreadable; lower --max-actors, or raise --max-nodes to draw it",
                                     era.id, drawn_actors, o.max_nodes));
    }

    analysis::ActorMetrics metrics(view);
    metrics.run();
    analysed.warnings = convergence_warnings(metrics, era.id);
    analysed.not_unique = !metrics.signed_eigenvalues().dominant;
    r.actor_metrics = metrics.values();
    r.metrics =
        render::actor_metrics_table(view, analysis::rank_actors(metrics.values(), "strength", 0, dataset.actors));
    render::Annotations notes;
    for (const auto& m : metrics.values())
        notes.metrics[m.actor] = {{"strength", m.strength}, {"pagerank", m.pagerank}, {"betweenness", m.betweenness}};

    analysis::BlocSearch blocs(view, analysis::default_bloc_params());
    blocs.run();
    r.bloc_partition = blocs.result();
    r.blocs.add_blocs(view, r.bloc_partition);
    for (std::size_t b = 0; b < r.bloc_partition.blocs.size(); ++b)
        for (const ActorIndex a : r.bloc_partition.blocs[b].members)
            notes.blocs[a] = static_cast<int>(b) + 1;

    analysis::TriangleCensus census(view);
    census.run();
    analysis::Frustration frustration(view, {});
    frustration.run();
    r.balance.add(view, census, frustration);
    r.frustrating.assign(frustration.violations().begin(), frustration.violations().end());

    analysis::EgoView ego(view, focal);
    ego.run();
    r.relations = render::ego_tables(view, focal,
                                     analysis::rank_relations(ego.relations(), "strength", o.top, dataset.actors), 1);

    r.diagram = drawn_backbone(render::make_diagram(view, notes), backbone, dataset);
    return analysed;
}

/// Draws every era's diagram on one shared layout: the union of the eras laid
/// out once (seed 1, by the layout that fits its size: neato, or sfdp for
/// large backbones), each era pinning its actors there on a page of
/// the same size, so that an actor sits at the same place in every era and
/// the actors absent from an era leave their place empty. Blocs are told by
/// fill colour only: boxes around them could hold actors of other blocs, as
/// the places are shared and not chosen to keep blocs apart.
/// Returns the shared layout, none when no era has a relation to draw.
std::optional<render::PinnedPage> draw_eras(std::vector<render::EraReport>& reports, std::size_t max_nodes)
{
    std::vector<const render::Diagram*> diagrams;
    for (const render::EraReport& r : reports)
        if (r.diagram) diagrams.push_back(&*r.diagram);
    if (diagrams.empty()) return std::nullopt;
    const std::size_t actors = render::union_diagram(diagrams).nodes.size();
    if (actors > max_nodes) {
        throw UsageError(fmt::format("the eras have {} actors to draw together, more than --max-nodes {}: the layout "
                                     "they share would be slow and unreadable; lower --max-actors, or raise "
                                     "--max-nodes to draw it",
                                     actors, max_nodes));
    }
    const render::PinnedPage page = render::lay_out_together(diagrams, render::DotStyle{}, max_nodes);
    render::DotStyle pinned;
    pinned.layout = render::Layout::nop;
    pinned.page = &page;
    for (render::EraReport& r : reports) {
        if (!r.diagram) continue;
        r.dot = render::write_dot(*r.diagram, pinned);
        r.svg = render::render_svg(r.dot, pinned.layout, max_nodes).data;
    }
    return page;
}

/// The interactive network's section: every era's drawing and every window's
/// (its backbone when large), at the places of the eras' shared layout.
std::string explorer_section(const model::Dataset& dataset, ActorIndex focal, const render::PinnedPage& page,
                             const std::vector<render::EraReport>& reports,
                             const std::vector<std::unique_ptr<views::RelationGraph>>& windows,
                             const render::BackboneRule& backbone, const render::Table& ruptures,
                             const ReportOptions& o)
{
    const render::Diagram none; // an era without events draws nothing
    render::ExplorerContent content{dataset, focal, page, {}, {}, o.window, ruptures};
    for (const render::EraReport& r : reports)
        content.eras.emplace_back(r.era->id, r.era->label, *r.view, r.diagram ? *r.diagram : none);
    std::vector<render::Diagram> drawings;
    drawings.reserve(windows.size());
    for (const auto& w : windows)
        drawings.push_back(drawn_backbone(render::make_diagram(*w), backbone, dataset));
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const std::string label = window_label(windows[i]->spec().window);
        content.windows.emplace_back(label, label, *windows[i], drawings[i]);
    }
    return render::explorer_html(content);
}

void write_file(const std::filesystem::path& path, const std::string& text)
{
    write_file_atomically(path, text);
}

/// Every file a report of these eras may write: none may be an input of it.
std::vector<std::filesystem::path> report_files(const std::filesystem::path& dir, const std::vector<const Era*>& eras)
{
    std::vector<std::filesystem::path> files;
    for (const char* name : {"index.html", "metrics.csv", "ruptures.csv", "compare.csv", "report.json"})
        files.push_back(dir / name);
    for (const Era* era : eras) {
        files.push_back(dir / "eras" / (era->id + ".svg"));
        files.push_back(dir / "eras" / (era->id + ".dot"));
    }
    return files;
}

std::string table_csv(const render::Table& table)
{
    std::ostringstream out;
    render::write_table(out, table, render::Format::csv);
    return out.str();
}

void run_report(const ReportOptions& o)
{
    io::Diagnostics problems;
    model::Dataset dataset = open_dataset(o.dataset, problems);
    analysis::copy_rows_in_batches(dataset); // ruptures' batches and the evidence read the events again
    know_actors(dataset, problems);          // the focal actor and the eras' owners are named before the reading
    const Focal chosen = focal_with_eras(dataset, o, problems);
    const ActorIndex focal = chosen.actor;
    const std::string focal_id = dataset.actors.id(focal);
    render::BackboneRule backbone = backbone_rule(dataset, o.backbone);
    backbone.focus = focal; // drawn in every era where it has a relation, its ties first
    std::vector<const Era*> eras;
    for (const Era& e : dataset.eras)
        if (e.actor == focal) eras.push_back(&e);
    std::sort(eras.begin(), eras.end(), [](const Era* x, const Era* y) { return x->start < y->start; });
    const std::filesystem::path dir = o.output;
    for (const auto& file : report_files(dir, eras))
        refuse_input_as_output(file, dataset.inputs);
    check_report_folder(dir, dataset);

    auto cells_spec = std::make_shared<views::CellsSpec>();
    cells_spec->grid = analysis::summary_grid(dataset); // every era's boundaries
    const views::DyadCells cells = read_cells(dataset, cells_spec, problems);
    // The interactive network's windows, read apart so that the eras' cells stay as they were; none
    // when the eras are periods of --window already.
    const std::vector<views::ViewSpec> windows =
        chosen.periods ? std::vector<views::ViewSpec>{} : era_windows(dataset, eras, o);
    std::optional<views::DyadCells> window_cells;
    if (!windows.empty()) {
        auto spec = std::make_shared<views::CellsSpec>();
        spec->grid = views::grid_of(windows);
        window_cells = read_cells(dataset, spec, problems);
    }

    progress::stage(fmt::format("analysing {} eras", eras.size()));
    std::vector<std::unique_ptr<views::RelationGraph>> views;
    std::vector<views::RelationGraph*> graphs;
    for (const Era* era : eras) {
        views.push_back(era_view(dataset, cells, *era));
        graphs.push_back(views.back().get());
    }
    std::vector<std::unique_ptr<views::RelationGraph>> window_views;
    std::vector<std::vector<std::size_t>> window_drawn; // each window's drawn dyads: only they need evidence
    for (const views::ViewSpec& w : windows) {
        window_views.push_back(std::make_unique<views::RelationGraph>(dataset, *window_cells, w));
        graphs.push_back(window_views.back().get());
        window_drawn.push_back(
            drawn_dyads(*graphs.back(), drawn_backbone(render::make_diagram(*graphs.back()), backbone, dataset)));
    }
    // The events behind each relation: its main event, its tooltip in the diagram, its first (did it begin?).
    views::attach_evidence(
        dataset, graphs,
        [&](std::size_t g) {
            if (g >= eras.size()) return window_drawn[g - eras.size()];
            std::vector<std::size_t> all(graphs[g]->dyads().size());
            for (std::size_t d = 0; d < all.size(); ++d)
                all[d] = d;
            return all;
        },
        5, default_threads(), true);
    std::atomic<std::size_t> analysed{0};
    std::vector<AnalysedEra> done = parallel_map(eras.size(), default_threads(), [&](std::size_t i) {
        AnalysedEra era = analyse_era(dataset, std::move(views[i]), *eras[i], focal, o, backbone);
        progress::step(++analysed, eras.size());
        return era;
    });
    std::vector<render::EraReport> reports;
    std::vector<std::string> not_unique;
    for (std::size_t i = 0; i < eras.size(); ++i) {
        std::cerr << done[i].warnings;
        if (done[i].not_unique) not_unique.push_back(eras[i]->id);
        reports.push_back(std::move(done[i].report));
    }
    if (const std::string note = signed_eigenvector_summary(not_unique, eras.size()); !note.empty()) {
        progress::interrupt();
        std::cerr << note;
    }
    progress::stage("drawing the eras on one layout");
    const std::optional<render::PinnedPage> page = draw_eras(reports, o.max_nodes);

    RuptureOptions rupture_options; // as `entente ruptures` finds them
    rupture_options.min_events = o.min_events;
    const RuptureSetup setup = rupture_setup(rupture_options);
    const analysis::RuptureFindings findings = analysis::find_ruptures(
        dataset, setup.series, setup.params, [&](views::DyadKey d) { return d.a == focal || d.b == focal; },
        default_threads(), rupture_progress());
    analysis::RuptureSelection selection;
    selection.actor = focal;
    selection.top = 30;
    const auto ruptures = analysis::select_ruptures(findings.ruptures, selection);
    render::Table rupture_rows = render::rupture_table(dataset, *findings.rows, ruptures, false, focal);
    rupture_rows.name = "ruptures";

    progress::stage("comparing consecutive eras");
    // Each consecutive pair as `entente compare --between A B` tells it: its dyads and its sentences.
    std::vector<render::ShiftTables> pairs;
    for (std::size_t i = 1; i < reports.size(); ++i) {
        const render::EraReport& a = reports[i - 1];
        const render::EraReport& b = reports[i];
        const analysis::EraShift shift =
            analysis::compare_views(*a.view, *b.view, focal, {static_cast<long long>(o.min_events)});
        const render::ShiftContext context{{a.era->label, "under"},          {b.era->label, "under"}, focal, 5, false,
                                           b.era->window(dataset.open_end())};
        const render::ShiftPair pair{a.era->id, b.era->id};
        pairs.emplace_back();
        pairs.back().add_dyads(dataset, shift, pair, 0);
        pairs.back().add_sentences(
            render::comparison_sentences(dataset, shift, analysis::compare_ranks(a.actor_metrics, b.actor_metrics),
                                         analysis::compare_blocs(a.bloc_partition, b.bloc_partition), context),
            pair);
    }

    progress::stage("drawing the timeline");
    TimelineRequest timeline;
    timeline.actor = focal_id;
    render::TimelineChart chart = build_timeline_chart(dataset, timeline, problems);
    for (const auto& r : ruptures) {
        if (r.magnitude < 2.0 || r.date < chart.range.start) continue;
        const ActorIndex partner = r.a == focal ? r.b : r.a;
        chart.marks.push_back({r.date, fmt::format("{} {}", dataset.actors.id(partner), analysis::to_string(r.kind))});
    }
    const std::string timeline_svg = render::write_timeline_svg(chart);

    progress::stage("writing " + dir.string());
    std::error_code ec;
    std::filesystem::create_directories(dir / "eras", ec);
    if (ec) throw Fatal(fmt::format("{}: cannot create the output folder: {}", dir.string(), ec.message()));
    const analysis::DatasetSummary summary = analysis::summarize(dataset, cells, 10);
    render::Table era_table{"eras", {"era", "label", "start", "end", "events", "net_weight"}, {}};
    for (const auto& e : summary.eras) {
        if (e.era->actor != focal) continue;
        era_table.add_row({e.era->id, e.era->label, format_day(e.era->start),
                           e.era->end ? render::Cell{format_day(*e.era->end)} : render::Cell{}, e.events,
                           e.net_weight});
    }
    // Every era's rows of each table, in era order, as a series of the commands would print them; named
    // in report.json by what they are in the report (metrics for `metrics`' actors, compare for
    // `compare`'s dyads, summaries for its sentences).
    // Every name is in report.json, empty when no era (or no pair) has rows.
    std::vector<render::Table> tables;
    for (const char* name : {"metrics", "relations", "evidence", "blocs", "hostility", "balance", "frustrating_dyads",
                             "ruptures", "summaries", "compare"})
        tables.push_back(render::Table{name, {}, {}});
    const auto table = [&](std::string_view name) -> render::Table& {
        return *std::find_if(tables.begin(), tables.end(), [&](const render::Table& t) { return t.name == name; });
    };
    const render::ShiftTables no_pair; // compare.csv keeps its header when there is no pair to compare
    table("summaries").columns = no_pair.summary().columns;
    table("compare").columns = no_pair.dyads().columns;
    const auto gather = [&](std::string_view name, const render::Table& era) {
        render::Table& all = table(name);
        if (all.columns.empty()) all.columns = era.columns;
        all.rows.insert(all.rows.end(), era.rows.begin(), era.rows.end());
    };
    for (const render::EraReport& r : reports) {
        if (r.view->dyads().empty()) continue;
        gather("metrics", r.metrics);
        gather("relations", r.relations[0]);
        gather("evidence", r.relations[1]);
        gather("blocs", r.blocs.blocs);
        gather("hostility", r.blocs.hostility);
        gather("balance", r.balance.balance);
        gather("frustrating_dyads", r.balance.dyads);
        write_file(dir / "eras" / (r.era->id + ".svg"), r.svg);
        write_file(dir / "eras" / (r.era->id + ".dot"), r.dot);
    }
    gather("ruptures", rupture_rows);
    for (const render::ShiftTables& pair : pairs) {
        gather("summaries", pair.summary());
        gather("compare", pair.dyads());
    }
    write_file(dir / "metrics.csv", table_csv(table("metrics")));
    write_file(dir / "ruptures.csv", table_csv(rupture_rows));
    write_file(dir / "compare.csv", table_csv(table("compare")));
    std::ostringstream json;
    tables.insert(tables.begin(), era_table);
    render::write_tables(json, tables, render::Format::json);
    write_file(dir / "report.json", json.str());

    const std::string explorer =
        page ? explorer_section(dataset, focal, *page, reports, window_views, backbone, rupture_rows, o) : "";
    const render::ReportContent content{
        dataset,
        focal,
        summary,
        era_table,
        timeline_svg,
        reports,
        rupture_rows,
        pairs,
        fmt::format("entente report {}-o {}", o.dataset.path.empty() ? "" : o.dataset.path + " ", o.output),
        explorer};
    write_file(dir / "index.html", render::write_report_html(render::report_page(content)));
    progress::finish();
    if (!o.dataset.quiet) std::cerr << "entente report: done; open " << (dir / "index.html").string() << '\n';
}

} // namespace

void setup_report(CLI::App& app)
{
    auto o = std::make_shared<ReportOptions>();
    CLI::App* command = app.add_subcommand("report", "Write a report of the dataset: a web page and its pieces");
    command->footer("Writes into DIR: index.html (one self-contained page: summary, timeline, one section per\n"
                    "era with its diagram, top relations, blocs and balance; ruptures; era-by-era comparisons),\n"
                    "eras/<id>.svg and eras/<id>.dot, metrics.csv, ruptures.csv, compare.csv and report.json.\n"
                    "Every table is the one a command prints for the same data: metrics.csv holds each era's\n"
                    "`metrics --era ID`, ruptures.csv `ruptures --actor FOCAL`, compare.csv each consecutive\n"
                    "pair's `compare --between A B --actor FOCAL --top 0`; an era's relations, blocs and balance\n"
                    "are those of `metrics --actor FOCAL --top N --evidence 1`, `alliances` and `balance`.\n"
                    "The eras are those of the focal actor (--actor, default: the actor with the most eras, or\n"
                    "without eras the actor in the most events). A focal actor without eras (every import) is\n"
                    "reported over periods of --window from the start of the data, each named by its dates.\n"
                    "The era diagrams share one layout (all eras' actors and relations laid out together with\n"
                    "seed 1, by neato, or by sfdp when they are too many): an actor sits at the same place in every\n"
                    "era, on pages of one size, so eras compare by eye. Blocs are told by fill colour, without\n"
                    "boxes: with places shared across eras a box around a bloc could hold actors of another.\n"
                    "eras/<id>.dot is the DOT each SVG was drawn from (layout=nop: Graphviz keeps the nodes where\n"
                    "pos puts them, as neato -n does). Two runs give byte-identical files; each file is replaced\n"
                    "whole. DIR is new, empty, or holds an earlier report and nothing else: a folder with other\n"
                    "files, the dataset's own among them, is refused before anything is written.\n\n"
                    "index.html's Explore section is the network to play with (JavaScript; cytoscape.js is inside\n"
                    "the page, which loads nothing from the network): a slider through the eras, or through\n"
                    "windows of --window over the eras' span (500 at most), with Play and Pause; hover a relation\n"
                    "for its score, its cooperation and conflict and its main events, click an actor for its ties\n"
                    "and its strength through time, click a relation for its score through time and its\n"
                    "ruptures. Actors sit where the era diagrams put them, so nothing jumps as the slider moves.\n"
                    "Without JavaScript the page is its diagrams and tables, as printed.\n\n"
                    "An era too large to read is drawn as its backbone, with the focal actor and its kept ties\n"
                    "first; beside it, the blocs and the ties against the best split name what is drawn, and how many\n"
                    "more there are (report.json and the CSV files hold every one).\n\n"
                    "Examples:\n  entente report -o output   # the bundled dataset; then open output/index.html\n"
                    "  entente report gdelt.csv --eras presidents.csv --actor USA --max-edges 150 -o usa");
    command->footer(command->get_footer() + "\n\n" + k_backbone_help);
    add_dataset_options(*command, o->dataset);
    add_event_kind_options(*command, o->dataset.kinds);
    command->add_option("-o,--output", o->output, "the folder to write")->capture_default_str();
    command->add_option("--actor", o->actor, "the focal actor whose eras and relations the report follows")
        ->type_name(k_actor_type);
    command
        ->add_option("--window", o->window,
                     "periods reported when the focal actor has no eras (an import), and the windows of the "
                     "interactive network's slider otherwise, e.g. 1y, 5y, 6mo")
        ->capture_default_str();
    command->add_option("--top", o->top, "relations listed per era")->capture_default_str();
    command->add_option("--max-nodes", o->max_nodes, "refuse to lay out an era's graph with more actors than this")
        ->capture_default_str();
    add_backbone_options(*command, o->backbone, "Drawing", false);
    add_min_events_option(*command, o->min_events,
                          "in each era for a change between eras to be read, and pushing a rupture's way");
    command->callback([o] { run_report(*o); });
}

} // namespace entente::cli
