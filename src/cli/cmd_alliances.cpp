// `entente alliances`: blocs, positive cliques and cores of one view or of
// each window of a series.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "analysis/bloc_search.hpp"
#include "analysis/positive_cliques.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "cli/view_analysis.hpp"
#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "render/alliances_tables.hpp"

namespace entente::cli {
namespace {

struct AlliancesOptions {
    DatasetOptions dataset;
    ViewOptions view;
    TableOutputOptions output;
    std::string k = "auto";
    analysis::BlocParams blocs;
    std::size_t max_cliques = 20;
};

/// `auto` or a whole number of at least 1.
void read_k(const std::string& text, analysis::BlocParams& params)
{
    params.auto_k = text == "auto";
    if (params.auto_k) return;
    std::size_t used = 0;
    unsigned long value = 0;
    try {
        value = std::stoul(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || used == 0 || value == 0 || text.front() == '-')
        throw UsageError(fmt::format("--k: expected a whole number of blocs of at least 1, or auto; got '{}'", text));
    params.k = value;
}

/// The command's tables in the order it prints them (the main one first), moved out of `tables`.
std::vector<render::Table> all_tables(render::AlliancesTables& tables)
{
    return moved_tables(tables.alliances, tables.blocs, tables.hostility, tables.breaking, tables.cliques,
                        tables.clique_search, tables.search);
}

} // namespace

void setup_alliances(CLI::App& app)
{
    auto options = std::make_shared<AlliancesOptions>();
    CLI::App* command = app.add_subcommand("alliances", "Blocs of friends and foes, positive cliques and cores");
    command->footer(
        "Blocs split the actors so that ties inside a bloc are friendly and ties between blocs hostile.\n"
        "They minimise a criterion after Doreian and Mrvar's\n"
        "    P = alpha * (sum of the hostile acts between actors of one bloc)\n"
        "      + (1 - alpha) * (sum of score of positive ties between blocs)\n"
        "where a tie's hostile acts are the sum of its negative contributions, even when friendlier acts\n"
        "outweigh them: a war and the peace that ends it in one view leave the war counting against\n"
        "the two sharing a bloc, and the peace, not friendly on balance, does not pull them together.\n"
        "P is minimised over partitions into exactly --k non-empty blocs (fewer when the view has fewer\n"
        "actors), by a relocation search (move one actor, swap two) from up to --starts random\n"
        "partitions drawn from --seed, stopping once --patience starts in a row found nothing better:\n"
        "the same command prints the same blocs on every run and machine. With --k auto, k = 1..--max-k\n"
        "are searched and the least P + penalty * (k - 1) wins, the penalty being 1% of what all the\n"
        "view's ties could cost (their hostile acts plus their positive scores): a bloc is only added\n"
        "when it lowers P by more than that.\n"
        "An actor the criterion leaves undecided, as cheap in another bloc as in its own (a mediator\n"
        "tied alike to two foes), is put in the bloc of the earliest actor in actors.csv among those.\n"
        "Bloc 1 holds the first actor of actors.csv, bloc 2 the first actor not in bloc 1, and so on.\n"
        "\n"
        "Per bloc: cohesion is the mean score over its member pairs (an untied pair counts 0),\n"
        "positive_inside the sum of the positive scores between members, negative_inside the sum of\n"
        "their hostile acts; hostility towards another bloc is the mean score over the pairs across\n"
        "the two, negated. breaking_dyads are the ties that go against the partition: hostile acts\n"
        "inside a bloc (negative_within, named by its largest hostile act, whatever the net score) or a\n"
        "positive score between two (positive_between); negative is the tie's hostile acts.\n"
        "cliques are the maximal groups of at least 3 actors all tied positively (Bron-Kerbosch with a pivot):\n"
        "the --max-cliques largest, largest first (a dense view can hold millions); clique_search says\n"
        "how many the search met and whether it ran to its end (it stops after 1,000,000 branches a\n"
        "window, and then the largest may be missing). core is each actor's k-core number in the\n"
        "graph of positive ties (the most k such that it belongs to a group where everyone has k\n"
        "positive ties inside the group).\n"
        "\n"
        "Tables: alliances (window,actor,bloc,core), blocs, hostility, breaking_dyads, cliques,\n"
        "clique_search and bloc_search (the criterion of each k tried). A terminal shows all, JSON holds all, CSV "
        "prints\n"
        "alliances unless --table says otherwise. Ties are undirected; --directed is refused.\n"
        "\n"
        "Examples:\n"
        "  entente alliances --era correa\n"
        "  entente alliances --window 1y --step 1y --format csv\n"
        "  entente alliances --from 2008 --to 2009 --k 3 --alpha 0.7 --table blocs");
    add_dataset_options(*command, options->dataset);
    add_view_options(*command, options->view);
    add_event_kind_options(*command, options->dataset.kinds);
    add_table_output_options(
        *command, options->output,
        {"alliances", "blocs", "hostility", "breaking_dyads", "cliques", "clique_search", "bloc_search"});
    const std::string group = "Blocs";
    command->add_option("--k", options->k, "number of blocs, or auto")->capture_default_str()->group(group);
    command->add_option("--max-k", options->blocs.max_k, "largest k that --k auto tries")
        ->capture_default_str()
        ->group(group);
    command->add_option("--alpha", options->blocs.alpha, "weight of hostile acts inside blocs, in [0, 1]")
        ->capture_default_str()
        ->group(group);
    command
        ->add_option("--patience", options->blocs.patience,
                     "stop a k's search after this many starts in a row without a better partition")
        ->capture_default_str()
        ->group(group);
    command->add_option("--starts", options->blocs.starts, "random starts of the search, per k, at most")
        ->capture_default_str()
        ->group(group);
    command->add_option("--seed", options->blocs.seed, "seed of the random starts")
        ->capture_default_str()
        ->group(group);
    command->add_option("--max-cliques", options->max_cliques, "cliques listed per view, the largest (0: all met)")
        ->capture_default_str();
    command->callback([options] {
        render::parse_format(options->output.format);
        refuse_directed("alliances", options->view);
        read_k(options->k, options->blocs);
        if (!(options->blocs.alpha >= 0 && options->blocs.alpha <= 1))
            throw UsageError(fmt::format("--alpha must be between 0 and 1, got {}", options->blocs.alpha));
        io::Diagnostics problems;
        model::Dataset dataset = open_dataset(options->dataset, problems);
        // The evidence of the ties against the blocs reads the events again.
        dataset.copy_rows = prints_table(options->output, "breaking_dyads", "alliances");
        const ViewReading reading = read_views(dataset, options->view, problems);
        struct Analysis {
            analysis::BlocPartition blocs;
            analysis::Cliques cliques;
            std::vector<analysis::ActorCore> cores;
        };
        const bool breaking_printed = prints_table(options->output, "breaking_dyads", "alliances");
        std::vector<std::vector<render::Table>> per_view = analyse_views(
            dataset, reading,
            [&](const views::RelationGraph& graph) {
                analysis::BlocSearch search(graph, options->blocs);
                search.run();
                analysis::CliqueLimits limits;
                limits.largest = options->max_cliques;
                return Analysis{search.result(), analysis::positive_cliques(graph, limits),
                                analysis::positive_cores(graph)};
            },
            // The main events of each tie that breaks the blocs, when it is printed.
            [](const views::RelationGraph&, const Analysis& a) {
                std::vector<std::size_t> dyads;
                for (const analysis::BreakingTie& t : a.blocs.breaking)
                    dyads.push_back(t.tie.dyad);
                return dyads;
            },
            breaking_printed ? render::k_breaking_evidence : 0,
            [&](const views::RelationGraph& graph, const Analysis& a) {
                render::AlliancesTables tables;
                tables.breaking_printed = breaking_printed;
                tables.add_members(graph, a.blocs, a.cores);
                tables.add_blocs(graph, a.blocs);
                tables.add_cliques(graph, a.cliques, options->max_cliques);
                return all_tables(tables);
            });
        render::AlliancesTables empty;
        write_table_output(std::cout, joined_tables(all_tables(empty), std::move(per_view)), options->output);
    });
}

} // namespace entente::cli
