// `entente metrics`: per-actor and per-graph metrics of a view, or one actor's relations.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "analysis/actor_metrics.hpp"
#include "analysis/ego_view.hpp"
#include "analysis/graph_metrics.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/metric_notes.hpp"
#include "cli/table_output.hpp"
#include "cli/view_analysis.hpp"
#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "render/metrics_tables.hpp"

namespace entente::cli {
namespace {

struct MetricsOptions {
    DatasetOptions dataset;
    ViewOptions view;
    std::string actor;
    std::size_t top = 0;
    std::string sort = "strength";
    std::string format = "table";
    std::string table;
    std::size_t evidence = 3;
};

using render::Table;

/// The line above a view's tables on a terminal.
std::string view_title(const views::ViewSpec& spec, const model::Dataset& dataset)
{
    // The whole of an empty dataset spans no days: it has no dates to show.
    const std::string span = spec.window.length() == 0 ? std::string("no events") : format_days(spec.window);
    switch (spec.kind) {
    case views::ViewKind::all:
        return fmt::format("all: {}", span);
    case views::ViewKind::era: {
        const Era* era = dataset.find_era(spec.label);
        return fmt::format("era {} ({}): {}", spec.label, era ? era->label : "", span);
    }
    case views::ViewKind::window:
        return fmt::format("window {}{}", span,
                           spec.partial ? fmt::format(" (partial: the data ends {})", format_day(dataset.span.end - 1))
                                        : "");
    case views::ViewKind::instant:
        return fmt::format(
            "at {}: events before it decay with a half-life of {:g} days{}", format_day(spec.at), spec.half_life,
            spec.epsilon > 0 ? fmt::format("; relations faded to |score| <= {:g} are forgotten", spec.epsilon) : "");
    }
    return spec.label;
}

/// The view's tables, and the notes about them for stderr (cli/metric_notes.hpp).
std::vector<Table> metrics_tables(const views::RelationGraph& graph, const MetricsOptions& options, std::string& notes)
{
    analysis::ActorMetrics metrics(graph);
    metrics.run();
    notes = convergence_warnings(metrics, graph.spec().label) + signed_eigenvector_note(metrics, graph.spec().label);
    analysis::GraphMetrics graph_metrics(graph);
    graph_metrics.run();
    return {render::actor_metrics_table(
                graph, analysis::rank_actors(metrics.values(), options.sort, options.top, graph.dataset().actors)),
            render::graph_metrics_table(graph, graph_metrics.result())};
}

std::vector<Table> ego_tables(const views::RelationGraph& graph, ActorIndex actor, const MetricsOptions& options)
{
    analysis::EgoView ego(graph, actor);
    ego.run();
    return render::ego_tables(
        graph, actor, analysis::rank_relations(ego.relations(), options.sort, options.top, graph.dataset().actors),
        options.evidence);
}

/// Checks --sort and --table before anything is printed.
void check_choices(const MetricsOptions& options, bool ego)
{
    if (ego)
        analysis::check_relation_sort_key(options.sort);
    else
        analysis::check_actor_sort_key(options.sort);
    const auto [first, second] = ego ? std::pair{"relations", "evidence"} : std::pair{"actors", "graph"};
    if (!options.table.empty() && options.table != first && options.table != second)
        throw UsageError(fmt::format("unknown table '{}' (expected {} or {})", options.table, first, second));
}

/// The tables to print: all of them, or the one --table names; CSV prints
/// one table only (the first unless --table says otherwise), without a title.
std::vector<Table> chosen(std::vector<Table> tables, const std::string& name, render::Format format)
{
    if (!name.empty())
        std::erase_if(tables, [&](const Table& t) { return t.name != name; });
    else if (format == render::Format::csv)
        tables.resize(1);
    return tables;
}

void run_metrics(const MetricsOptions& options)
{
    const render::Format format = render::parse_format(options.format);
    const bool ego = !options.actor.empty();
    check_choices(options, ego);
    io::Diagnostics problems;
    model::Dataset dataset = open_dataset(options.dataset, problems);
    dataset.copy_rows = ego; // the evidence of the actor's relations reads the events again
    const ViewReading reading = read_views(dataset, options.view, problems);
    const ActorIndex actor = ego ? require_actor(dataset, "--actor", options.actor) : 0;

    struct Window {
        std::string title;
        std::vector<Table> tables;
        std::string notes;         ///< for stderr, printed in window order
        bool empty = false;        ///< no events in the view
        bool actor_absent = false; ///< the --actor has no events in the view
    };
    std::vector<Window> windows = analyse_views(
        dataset, reading,
        [&](const views::RelationGraph& graph) {
            Window window{view_title(graph.spec(), dataset), {}, {}, graph.actors().empty()};
            // An actor's relations are tabulated once their evidence is attached.
            if (!ego) window.tables = metrics_tables(graph, options, window.notes);
            return window;
        },
        [&](const views::RelationGraph& graph, const Window&) {
            std::vector<std::size_t> mine;
            for (std::size_t d = 0; d < graph.dyads().size(); ++d)
                if (graph.dyads()[d].a == actor || graph.dyads()[d].b == actor) mine.push_back(d);
            return mine;
        },
        ego ? options.evidence : 0,
        [&](const views::RelationGraph& graph, Window& window) {
            if (ego) {
                window.tables = ego_tables(graph, actor, options);
                window.actor_absent = window.tables.front().rows.empty();
            }
            return std::move(window);
        });

    std::vector<std::vector<Table>> per_view; // CSV and JSON print every view's rows in one table
    for (Window& window : windows) {
        std::cerr << window.notes;
        if (format == render::Format::table) {
            if (&window != &windows.front()) std::cout << '\n';
            std::cout << window.title << '\n';
            if (window.actor_absent) {
                std::cout << fmt::format("{} has no events in this view\n", options.actor);
            } else if (window.empty) {
                std::cout << "no events in this view\n";
            } else {
                std::cout << '\n';
                render::write_tables(std::cout, chosen(std::move(window.tables), options.table, format), format);
            }
            continue;
        }
        per_view.push_back(std::move(window.tables));
    }
    if (per_view.empty()) return;
    std::vector<Table> all = std::move(per_view.front());
    per_view.erase(per_view.begin());
    all = joined_tables(std::move(all), std::move(per_view));
    if (format == render::Format::csv)
        render::write_table(std::cout, chosen(std::move(all), options.table, format).front(), format);
    else if (format == render::Format::json)
        render::write_tables(std::cout, chosen(std::move(all), options.table, format), format);
}

} // namespace

void setup_metrics(CLI::App& app)
{
    const CLI::Validator whole_number(
        [](const std::string& text) {
            return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos
                       ? std::string()
                       : "expected a whole number (0 or more), got " + text;
        },
        "N");
    auto options = std::make_shared<MetricsOptions>();
    CLI::App* command =
        app.add_subcommand("metrics", "Per-actor and per-graph metrics of a view, or one actor's relations (--actor)");
    command->footer(
        "Per actor (table 'actors'): degree, degree_pos, degree_neg count the actor's edges (a dyad whose\n"
        "|score| > --epsilon) by sign; strength sums |score| over them and net_strength sums score. The\n"
        "centralities look only at friendships, the positive edges, where a tie of score s is a path of\n"
        "length 1/s (strong friends are close):\n"
        "  betweenness  pairs of other actors whose shortest paths run through the actor (raw pair counts)\n"
        "  closeness    harmonic closeness: the sum of 1/distance to every other actor (0 if unreachable)\n"
        "  pagerank     share of time a random walk along friendships spends at the actor (damping 0.85;\n"
        "               all actors sum to 1)\n"
        "  eigenvector  leading eigenvector of the friendship weights, the largest actor at 1\n"
        "These agree with igraph and NetworkX to 1e-6; a directed view (--directed) follows who acted on\n"
        "whom (closeness along paths towards the actor, eigenvector through in-edges).\n"
        "Two centralities read friends and foes alike, on undirected ties (with --directed, a dyad's two\n"
        "directions summed, so they do not change), and agree with numpy to 1e-6:\n"
        "  pn_index            PN centrality (Everett and Borgatti 2014): (I - A/(2n-2))^-1 1 with A = P - 2N,\n"
        "                      P and N the 0/1 matrices of positive and negative ties, n the view's actors.\n"
        "                      Friends raise it, enemies lower it twice as much, and so do their own\n"
        "                      friends and enemies; 1 without ties (and for a view of one actor), 1/2 for\n"
        "                      two enemies alone; -1 for the common enemy of two friends\n"
        "  signed_eigenvector  leading eigenvector (largest |eigenvalue|) of the ties' net scores (Bonacich\n"
        "                      and Lloyd 2004; Householder reduction, bisection, inverse iteration),\n"
        "                      scaled so the largest in size is 1 (the first such actor): actors of\n"
        "                      opposite sign stand on opposite sides of the graph's main divide; when the\n"
        "                      leading eigenvalue is negative (hostility dominates), enemies share a sign.\n"
        "                      Net scores rather than signs, so a war weighs more than a protest. A note\n"
        "                      on stderr says when it is not unique (two eigenvalues of the same size:\n"
        "                      ties only between two sides, as in a star) or leads narrowly (within 5%)\n"
        "Per graph (table 'graph'): actors, edges by sign, density, positive_share, connected components.\n\n"
        "With --actor ID, the actor's relations instead (table 'relations': partner, score, pos, neg, events,\n"
        "sign) and the events behind each (table 'evidence': the largest contributions first).\n\n"
        "A series (--window) prints one block per window on a terminal; CSV and JSON give one table with a\n"
        "'window' column (the era id, the window's start date, the instant, or 'all'). CSV prints the first\n"
        "table (actors, or relations) unless --table names another; JSON holds each table under its name.\n\n"
        "Examples:\n"
        "  entente metrics --era correa\n"
        "  entente metrics --era correa --actor ECU\n"
        "  entente metrics --window 1y --step 1y --format csv\n"
        "  entente metrics --window 5y --table graph --format csv\n"
        "  entente metrics --at 2008-03-10 --half-life 1y --sort pagerank --top 5");
    add_dataset_options(*command, options->dataset);
    add_view_options(*command, options->view);
    add_event_kind_options(*command, options->dataset.kinds);
    command->add_option("--actor", options->actor, "show this actor's relations (an actor id, e.g. ECU)")
        ->type_name(k_actor_type);
    command->add_option("--top", options->top, "rows per view, best first (0: all)")
        ->check(whole_number)
        ->capture_default_str();
    command
        ->add_option("--sort", options->sort,
                     "order by a metric (degree ... eigenvector, or actor); with --actor: strength (|score|), "
                     "score, pos, neg, events or partner")
        ->capture_default_str();
    command->add_option("--evidence", options->evidence, "with --actor: evidence events per relation")
        ->check(whole_number)
        ->capture_default_str();
    command->add_option("--table", options->table,
                        "print only this table: actors or graph; with --actor: relations or evidence");
    add_format_option(*command, options->format);
    command->callback([options] { run_metrics(*options); });
}

} // namespace entente::cli
