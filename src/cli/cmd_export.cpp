// `entente export`: a view as DOT, SVG, GraphML, dynamic GEXF or node-link JSON.
#include <array>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <sstream>

#include "analysis/bloc_search.hpp"
#include "analysis/bloc_shift.hpp"
#include "analysis/era_shift.hpp"
#include "cli/backbone_options.hpp"
#include "cli/commands.hpp"
#include "cli/compare_sides.hpp"
#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/min_events_option.hpp"
#include "cli/output_file.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"
#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "core/parallel_map.hpp"
#include "render/difference_diagram.hpp"
#include "render/dot_writer.hpp"
#include "render/dyad_years_table.hpp"
#include "render/gexf_writer.hpp"
#include "render/graphml_writer.hpp"
#include "render/layout_budget.hpp"
#include "render/node_link_json.hpp"
#include "render/svg_renderer.hpp"
#include "views/evidence.hpp"
#include "views/window_scores.hpp"

namespace entente::cli {
namespace {

struct ExportOptions {
    DatasetOptions dataset;
    ViewOptions view;
    std::string format;
    std::string output;
    std::string layout; ///< empty: dot with --blocs, else as the drawing's size fits (render/layout_budget.hpp)
    int seed = 1;
    std::size_t max_nodes = 2000;
    std::size_t max_evidence = 10;
    std::string slice = "1y";
    CompareSideOptions compare;           ///< `between`: two era ids or windows, to draw the difference graph
    std::vector<std::string> old_compare; ///< the old spelling `--compare A B`
    bool blocs = false;
    std::size_t min_events = 0; ///< with --between: events each view needs for a dyad's change to be read
    BackboneOptions backbone;   ///< how a drawing too large to read is thinned
};

/// --format, or else the output file's extension, or else DOT.
std::string resolve_format(const ExportOptions& options)
{
    static const std::vector<std::string> k_formats = {"dot",     "svg",  "png",  "pdf",
                                                       "graphml", "gexf", "json", "dyad-years"};
    if (!options.format.empty()) {
        if (std::find(k_formats.begin(), k_formats.end(), options.format) == k_formats.end())
            throw UsageError(
                fmt::format("unknown format '{}' (expected dot, svg, png, pdf, graphml, gexf, json or dyad-years)",
                            options.format));
        return options.format;
    }
    const std::string extension = std::filesystem::path(options.output).extension().string();
    if (extension == ".gv") return "dot";
    if (extension == ".csv") return "dyad-years";
    if (!extension.empty() && std::find(k_formats.begin(), k_formats.end(), extension.substr(1)) != k_formats.end())
        return extension.substr(1);
    if (!options.output.empty())
        throw UsageError(fmt::format("cannot tell the format of {} from its extension: give --format", options.output));
    return "dot";
}

/// The slices a dynamic GEXF follows: the --window series as given, or the
/// single view cut into --slice pieces (calendar aligned, the ends clipped).
std::vector<views::ViewSpec> gexf_slices(const std::vector<views::ViewSpec>& specs, const ExportOptions& options)
{
    if (specs.size() > 1 || !options.view.window.empty()) {
        if (!options.view.step.empty() &&
            parse_duration(options.view.step).approx_days() < parse_duration(options.view.window).approx_days() - 1e-9)
            throw UsageError("--format gexf needs windows that do not overlap: leave out --step or make it equal "
                             "to --window");
        return specs;
    }
    const views::ViewSpec& view = specs.front();
    if (view.kind == views::ViewKind::instant)
        throw UsageError("--format gexf follows a period through time; an instant (--at) has none: use --era, "
                         "--from/--to or --window");
    return views::slices(view, parse_duration(options.slice));
}

/// --layout, or else dot for --blocs, or else the layout that fits the drawing's size (neato
/// for a small one, sfdp beyond). Of the two layouts that keep each bloc in its own box, dot
/// gives the same drawing on every run; fdp does not.
render::Layout chosen_layout(const ExportOptions& options, const render::Diagram& drawing)
{
    if (!options.layout.empty()) return render::parse_layout(options.layout);
    if (options.blocs) return render::Layout::dot;
    return render::fitting_layout(drawing.nodes.size(), drawing.edges.size());
}

/// GraphML or node-link JSON of a diagram: every tie, for other tools.
std::string data_document(const render::Diagram& diagram, const std::string& format)
{
    return format == "graphml" ? render::write_graphml(diagram) : render::write_node_link_json(diagram);
}

/// Whether `format` is a drawing (laid out, and thinned to a backbone when large) rather than data.
bool is_drawing(const std::string& format)
{
    return format == "dot" || format == "svg" || format == "png" || format == "pdf";
}

/// The DOT, SVG, PNG or PDF of a drawing (a backbone when the view is too large to read); blocs as clusters
/// when asked.
std::string draw(const render::Diagram& drawing, const ExportOptions& options, const std::string& format)
{
    render::DotStyle style;
    style.layout = chosen_layout(options, drawing);
    style.seed = options.seed;
    style.clusters = options.blocs;
    if (options.blocs && !render::lays_out_clusters(style.layout))
        std::cerr << "entente: " << options.layout
                  << " does not lay out clusters, so the blocs are told by fill colour only; --layout fdp or dot "
                     "draws a box around each\n";
    const std::string dot = render::write_dot(drawing, style);
    if (format == "dot") return dot;
    if (drawing.nodes.size() > options.max_nodes) {
        throw UsageError(fmt::format("the graph has {} actors, more than --max-nodes {}: a layout that large is slow "
                                     "and unreadable; narrow the view (--era, --from/--to, --epsilon) or raise "
                                     "--max-nodes",
                                     drawing.nodes.size(), options.max_nodes));
    }
    render::RenderedDrawing drawn = format == "svg"
                                        ? render::render_svg(dot, style.layout, options.max_nodes)
                                        : render::render_image(dot, style.layout, format, options.max_nodes);
    for (const std::string& warning : drawn.warnings)
        std::cerr << "entente: graphviz: " << warning << '\n';
    return std::move(drawn.data);
}

/// The blocs of `view`, as `entente alliances` finds them by default.
analysis::BlocPartition find_blocs(const views::RelationGraph& view)
{
    analysis::BlocSearch search(view, analysis::default_bloc_params());
    search.run();
    return search.result();
}

/// Each actor's bloc number in `view`, as `entente alliances` numbers them.
std::map<ActorIndex, int> bloc_numbers(const views::RelationGraph& view)
{
    std::map<ActorIndex, int> numbers;
    for (const analysis::ActorBloc& m : find_blocs(view).membership)
        numbers[m.actor] = static_cast<int>(m.bloc) + 1;
    return numbers;
}

/// Each actor's bloc number in B, numbered after the A bloc it matches, as
/// `entente compare` numbers them (bloc_b in its blocs table).
std::map<ActorIndex, int> matched_bloc_numbers(const views::RelationGraph& a, const views::RelationGraph& b)
{
    std::map<ActorIndex, int> numbers;
    for (const analysis::ActorBlocShift& s : analysis::compare_blocs(find_blocs(a), find_blocs(b)).actors)
        if (s.bloc_b) numbers[s.actor] = static_cast<int>(*s.bloc_b) + 1;
    return numbers;
}

/// Every dyad's evidence, up to --max-evidence rows each, and its first event, from one more reading.
void attach_all_evidence(const model::Dataset& dataset, const std::vector<views::RelationGraph*>& graphs,
                         const ExportOptions& options)
{
    progress::stage("finding the main events");
    views::attach_evidence(
        dataset, graphs,
        [&](std::size_t g) {
            std::vector<std::size_t> all(graphs[g]->dyads().size());
            for (std::size_t d = 0; d < all.size(); ++d)
                all[d] = d;
            return all;
        },
        options.max_evidence, default_threads(), true);
}

/// An accumulation on `grid`, plain, directed as the options say.
std::shared_ptr<views::CellsSpec> plain_cells(views::Grid grid, const ExportOptions& options)
{
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = std::move(grid);
    spec->directed = options.view.directed;
    return spec;
}

/// The two sides of --between, with the view options' epsilon.
std::array<views::ViewSpec, 2> compared_specs(const model::Dataset& dataset, const ExportOptions& options)
{
    std::array<views::ViewSpec, 2> specs;
    for (std::size_t i = 0; i < 2; ++i) {
        specs[i] = named_side(dataset, "--between", options.compare.between[i], options.view.directed).spec;
        specs[i].epsilon = options.view.epsilon.value_or(0.0);
    }
    return specs;
}

/// The drawing of the change from A to B (`--between A B`, eras or windows); with
/// --blocs, the actors' blocs in B, numbered as `entente compare` numbers them.
render::Diagram difference_diagram(model::Dataset& dataset, const ExportOptions& options, io::Diagnostics& problems)
{
    const ViewOptions& v = options.view;
    if (!v.era.empty() || !v.from.empty() || !v.to.empty() || !v.at.empty() || !v.window.empty())
        throw UsageError("--between takes its two views itself: leave out --era, --from/--to, --at and --window");
    const auto before = compared_specs(dataset, options); // the grid needs their boundaries before the reading
    const views::DyadCells cells =
        read_cells(dataset, plain_cells(views::grid_of({before[0], before[1]}), options), problems);
    const auto specs = compared_specs(dataset, options);
    note_ongoing_eras(dataset, {{Side{specs[0], {}}, Side{specs[1], {}}}});
    views::RelationGraph a(dataset, cells, specs[0]), b(dataset, cells, specs[1]);
    attach_all_evidence(dataset, {&a, &b}, options);
    render::Annotations notes;
    if (options.blocs) notes.blocs = matched_bloc_numbers(a, b);
    return render::make_difference_diagram(
        a, b, analysis::compare_views(a, b, std::nullopt, {static_cast<long long>(options.min_events)}), notes);
}

/// A dynamic GEXF: the whole view (or, for a --window series, the whole
/// dataset) with the score of each relation in each slice.
std::string gexf_document(model::Dataset& dataset, const ExportOptions& options, io::Diagnostics& problems)
{
    std::shared_ptr<views::CellsSpec> spec = cells_spec(dataset, options.view);
    if (spec->half_life)
        throw UsageError("--format gexf follows a period through time; an instant (--at) has none: use --era, "
                         "--from/--to or --window");
    if (options.view.window.empty()) { // one view, cut into --slice pieces
        const Duration slice = parse_duration(options.slice);
        spec->grid = spec->grid.merged(views::Grid::rolling(slice, slice));
    }
    const views::DyadCells cells = read_cells(dataset, spec, problems);
    const std::vector<views::ViewSpec> specs = resolve_views(dataset, options.view);
    const std::vector<views::ViewSpec> slices = gexf_slices(specs, options);
    views::ViewSpec whole = specs.size() > 1 ? resolve_views(dataset, ViewOptions{}).front() : specs.front();
    whole.directed = options.view.directed;
    whole.epsilon = specs.front().epsilon;
    views::RelationGraph view(dataset, cells, whole);
    attach_all_evidence(dataset, {&view}, options);
    render::Annotations notes;
    if (options.blocs) notes.blocs = bloc_numbers(view);
    return render::write_gexf(render::make_diagram(view, notes), views::WindowScores(cells, dataset.span, slices));
}

/// The view's dyad-years as CSV: its window cut into calendar years (the
/// first and last clipped to it), each read off one accumulation.
std::string dyad_years_document(model::Dataset& dataset, const ExportOptions& options, io::Diagnostics& problems)
{
    if (options.blocs) throw UsageError("--format dyad-years has no blocs: drop --blocs");
    if (!options.view.window.empty())
        throw UsageError("--format dyad-years cuts the view into calendar years itself: use --era or --from/--to "
                         "instead of --window");
    std::shared_ptr<views::CellsSpec> spec = cells_spec(dataset, options.view);
    if (spec->half_life)
        throw UsageError("--format dyad-years sums each year's events; an instant (--at) has none: use --era or "
                         "--from/--to");
    const Duration year = parse_duration("1y");
    spec->grid = spec->grid.merged(views::Grid::rolling(year, year));
    const views::DyadCells cells = read_cells(dataset, spec, problems);
    std::vector<views::RelationGraph> years;
    for (const views::ViewSpec& slice : views::slices(resolve_views(dataset, options.view).front(), year))
        years.emplace_back(dataset, cells, slice);
    std::ostringstream csv;
    render::write_table(csv, render::dyad_years_table(years), render::Format::csv);
    return csv.str();
}

std::string export_document(model::Dataset& dataset, const ExportOptions& options, const std::string& format,
                            io::Diagnostics& problems)
{
    if (format == "dyad-years" && !options.compare.between.empty())
        throw UsageError("--between draws one difference graph; --format dyad-years lists every dyad's years: use "
                         "dot, svg, graphml or json");
    if (format == "dyad-years") return dyad_years_document(dataset, options, problems);
    if (options.blocs && options.view.directed) throw UsageError("--blocs needs undirected ties: drop --directed");
    if (!options.compare.between.empty() && format == "gexf")
        throw UsageError("--between draws one difference graph; --format gexf follows a period through time: use "
                         "dot, svg, graphml or json");
    const bool drawing = is_drawing(format);
    if (!options.compare.between.empty()) {
        render::Diagram difference = difference_diagram(dataset, options, problems);
        if (!drawing) return data_document(difference, format);
        return draw(drawn_backbone(std::move(difference), backbone_rule(dataset, options.backbone), dataset), options,
                    format);
    }
    if (format == "gexf") return gexf_document(dataset, options, problems);
    const ViewReading reading = read_views(dataset, options.view, problems);
    if (reading.views.size() != 1)
        throw UsageError(fmt::format("--window makes a series of {} views; --format {} draws one: use --from/--to "
                                     "for one window, or --format gexf to follow the series",
                                     reading.views.size(), format));
    views::RelationGraph view(dataset, reading.cells, reading.views.front());
    render::Annotations notes;
    if (options.blocs) notes.blocs = bloc_numbers(view);
    if (!drawing) {
        attach_all_evidence(dataset, {&view}, options);
        return data_document(render::make_diagram(view, notes), format);
    }
    // The backbone is chosen on the scores alone, so only the relations it
    // draws need their events read again for the tooltips.
    const render::BackboneRule rule = backbone_rule(dataset, options.backbone);
    const std::vector<std::size_t> dyads =
        drawn_dyads(view, drawn_backbone(render::make_diagram(view, notes), rule, dataset));
    views::attach_evidence(
        dataset, {&view}, [&](std::size_t) { return dyads; }, options.max_evidence, default_threads());
    return draw(drawn_backbone(render::make_diagram(view, notes), rule, dataset), options, format);
}

} // namespace

void setup_export(CLI::App& app)
{
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command =
        app.add_subcommand("export", "Draw a view as DOT, SVG, GraphML, dynamic GEXF or JSON, or list its dyad-years");
    command->footer(
        "Nodes are actors (size: strength, the sum of |score| over their relations; shape and fill: kind);\n"
        "edges are dyads with |score| > --epsilon: green for cooperation, red for conflict, width by |score|,\n"
        "dashed when weak. In the SVG, hover a node for its figures and an edge for the events behind it.\n"
        "The layout starts from --seed, so the same input gives the same bytes on every run, except with\n"
        "--layout fdp: Graphviz's fdp can place actors differently from one run to the next.\n\n"
        "Formats (default: from the extension of -o, else dot):\n"
        "  dot      Graphviz source; `neato -Tpdf` etc. draw it as the SVG does\n"
        "  svg      laid out in process by Graphviz (--layout)\n"
        "  png      the same drawing as an image, 96 pixels an inch, by Graphviz's cairo renderer; for slides\n"
        "  pdf      the same drawing as one vector page, by Graphviz's cairo renderer; for papers. Both are\n"
        "           binary: give -o FILE (standard output only when it is a file or a pipe)\n"
        "  graphml  every actor and dyad attribute; for Gephi, NetworkX, Boost (weight = |score|, score signed)\n"
        "  gexf     GEXF 1.3 with time: the view cut into --slice pieces, or the --window series, for\n"
        "           Gephi's timeline (dyad scores and actor strengths per slice)\n"
        "  json     node-link: {nodes, links}, as D3 and networkx.node_link_graph read it\n"
        "  dyad-years  CSV, one row per dyad and calendar year with events in the view (the first and last\n"
        "           years clipped to it; default from a .csv output): year,source,target,events,cooperation,\n"
        "           conflict,score, then source_era,target_era when the dataset has eras (each side's era that\n"
        "           holds most of the year). Undirected (source before target in actors.csv order) unless\n"
        "           --directed. An event that lasts several years weighs its share of days in each, so a\n"
        "           dyad's scores over its years add up to its score in the whole view; events counts it\n"
        "           in each year it touches.\n\n"
        "--blocs colours each actor by its bloc (`entente alliances` with its defaults) and draws each bloc\n"
        "as a box around its members, laid out by dot unless --layout says otherwise: dot and fdp keep every\n"
        "actor inside its own bloc's box and out of the others. neato, sfdp, circo and twopi place actors as\n"
        "if there were no blocs, so with them the blocs are told by fill colour only, without boxes.\n"
        "GraphML, GEXF and JSON carry the bloc number.\n\n"
        "--between A B draws the difference graph from A to B, each an era id or a window FIRST..LAST (both\n"
        "dates inclusive: 2000..2006 is the years 2000 to 2006): every relation that is an edge in\n"
        "either, its width the change of its score per year (rate_b - rate_a, as `entente compare`\n"
        "gives it), coloured as compare reads it: green when it improved (more cooperation a year) or began\n"
        "(its first event, in B, grants recognition), red when it worsened (more conflict a year), purple\n"
        "when its sign flipped, grey when unchanged or only quieter (less conflict or less cooperation\n"
        "recorded); thin, dashed and grey when it is not read: no events in A or in B (a silence in the\n"
        "record is no change), or fewer than --min-events in one of them. The tooltip gives both rates and\n"
        "the events of both; GraphML and JSON carry rate_a, rate_b, score (the change, rate_b - rate_a) and\n"
        "change (improved, worsened, flipped, less_conflict, less_cooperation, new, no_events_a,\n"
        "no_events_b, too_few_events, or empty when unchanged). With --blocs, the\n"
        "actors' blocs in B, numbered as `entente compare` numbers them (each after the bloc of A it matches).\n\n"
        "Examples:\n"
        "  entente export --era correa --format svg -o correa.svg\n"
        "  entente export --era moreno --layout fdp -o moreno.svg\n"
        "  entente export --from 2008-03 --to 2008-03 --format dot\n"
        "  entente export --format gexf --slice 5y -o ecuador.gexf\n"
        "  entente export --era correa --format json | python3 -m json.tool\n"
        "  entente export --era correa --blocs -o correa-blocs.svg\n"
        "  entente export --era correa -o correa.pdf\n"
        "  entente export --between correa moreno -o correa-moreno.svg\n"
        "  entente export --between 2000..2006 2007..2013 --format graphml -o change.graphml\n"
        "  entente export gdelt.csv --from 2000 --to 2000 --format svg -o 2000.svg\n"
        "  entente export gdelt.csv --from 2000 --to 2000 --actor USA --max-actors 40 -o usa-2000.svg");
    command->footer(command->get_footer() + "\n\n" + k_backbone_help);
    add_dataset_options(*command, options->dataset);
    add_view_options(*command, options->view);
    add_event_kind_options(*command, options->dataset.kinds);
    command->add_option("--format", options->format, "dot, svg, png, pdf, graphml, gexf, json or dyad-years");
    command->add_option("-o,--output", options->output, "file to write (atomically); default: standard output");
    command
        ->add_option("--between", options->compare.between,
                     "two eras or windows A B (ids or FIRST..LAST): draw how relations changed from A to B")
        ->type_name(k_era_type)
        ->expected(2);
    add_min_events_option(*command, options->min_events, "in each of --between's views for a change to be read");
    command->add_option("--compare", options->old_compare, "old spelling of --between")->expected(2)->group("");
    command->add_flag("--blocs", options->blocs, "colour actors by bloc and draw blocs as clusters");
    const std::string drawing = "Drawing";
    command
        ->add_option("--layout", options->layout,
                     "Graphviz layout: neato, fdp, sfdp, circo, dot or twopi; default: dot with --blocs, else "
                     "neato for a small drawing and sfdp for a large one")
        ->group(drawing);
    command->add_option("--seed", options->seed, "start seed of the neato, fdp and sfdp layouts")
        ->capture_default_str()
        ->group(drawing);
    command->add_option("--max-nodes", options->max_nodes, "refuse to lay out a graph with more actors than this")
        ->capture_default_str()
        ->group(drawing);
    command->add_option("--max-evidence", options->max_evidence, "events listed per relation (largest first)")
        ->capture_default_str()
        ->group(drawing);
    command->add_option("--slice", options->slice, "gexf: length of the time slices, e.g. 1y, 6mo")
        ->capture_default_str()
        ->group(drawing);
    add_backbone_options(*command, options->backbone, drawing, true);
    command->callback([options, command] {
        take_old_between("--compare", options->old_compare, options->compare);
        const std::string format = resolve_format(*options);
        if (!options->layout.empty()) render::parse_layout(options->layout);
        if (!is_drawing(format) && backbone_options_given(*command))
            throw UsageError(fmt::format("--backbone, --max-edges, --max-actors and --actor thin a drawing (dot, "
                                         "svg, png, pdf); --format {} carries every tie",
                                         format));
        if ((format == "png" || format == "pdf") && options->output.empty() && stdout_terminal_width() != 0)
            throw UsageError(fmt::format("--format {} is binary and standard output is a terminal: give -o FILE, or "
                                         "redirect standard output to a file",
                                         format));
        io::Diagnostics problems;
        model::Dataset dataset = open_dataset(options->dataset, problems);
        dataset.copy_rows = true; // the events behind each tie are read again
        write_output(options->output, export_document(dataset, *options, format, problems), dataset);
    });
}

} // namespace entente::cli
