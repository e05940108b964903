// `entente balance`: signed triangle census, balance ratios and the
// frustration index of one view or of each window of a series.
#include <iostream>
#include <memory>

#include "analysis/frustration.hpp"
#include "analysis/triangle_census.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "cli/view_analysis.hpp"
#include "cli/view_options.hpp"
#include "render/balance_tables.hpp"

namespace entente::cli {
namespace {

struct BalanceOptions {
    DatasetOptions dataset;
    ViewOptions view;
    TableOutputOptions output;
    analysis::FrustrationParams frustration;
};

} // namespace

void setup_balance(CLI::App& app)
{
    auto options = std::make_shared<BalanceOptions>();
    CLI::App* command = app.add_subcommand("balance", "Structural balance: signed triangles and the frustration index");
    command->footer(
        "A triangle of ties is balanced when it has an even number of negative ties: +++ (friends of\n"
        "friends) and +-- (a common enemy). ++- and --- are not. balance_ratio is the balanced share of\n"
        "the triangles; weighted_balance_ratio weighs each triangle by the product of its ties' |score|.\n"
        "\n"
        "The frustration index is the least total |score| of the ties that must break for the actors to\n"
        "split into two camps, friends inside and enemies across: 0 for a balanced view. It is exact\n"
        "(frustration_exact = true) when every connected part has at most --exact-limit actors; a larger\n"
        "part is searched from --starts random splits, and the value is then an upper bound.\n"
        "\n"
        "Tables: balance (one row per window), frustrating_dyads (the ties that break the best split,\n"
        "largest first, with their main event), camps (each actor's camp, 1 or 2, and the share of its\n"
        "triangles that are balanced; camp 1 holds the first actor of actors.csv in each connected part).\n"
        "A terminal shows all three, JSON holds all three, CSV prints balance unless --table says otherwise.\n"
        "Ties are undirected; --directed is refused.\n"
        "\n"
        "Examples:\n"
        "  entente balance --era correa\n"
        "  entente balance --window 5y --format csv\n"
        "  entente balance --era moreno --table frustrating_dyads --format json");
    add_dataset_options(*command, options->dataset);
    add_view_options(*command, options->view);
    add_event_kind_options(*command, options->dataset.kinds);
    add_table_output_options(*command, options->output, {"balance", "frustrating_dyads", "camps"});
    command
        ->add_option("--exact-limit", options->frustration.exact_limit,
                     "solve connected parts of up to this many actors exactly")
        ->capture_default_str();
    command->add_option("--starts", options->frustration.starts, "local-search starts for larger parts")
        ->capture_default_str();
    command->add_option("--seed", options->frustration.seed, "seed of the local search")->capture_default_str();
    command->callback([options] {
        render::parse_format(options->output.format);
        refuse_directed("balance", options->view);
        io::Diagnostics problems;
        model::Dataset dataset = open_dataset(options->dataset, problems);
        // The evidence of the frustrating ties reads the events again.
        dataset.copy_rows = prints_table(options->output, "frustrating_dyads", "balance");
        const ViewReading reading = read_views(dataset, options->view, problems);
        struct Analysis {
            std::unique_ptr<analysis::TriangleCensus> census;
            std::unique_ptr<analysis::Frustration> frustration;
        };
        const bool dyads_printed = prints_table(options->output, "frustrating_dyads", "balance");
        std::vector<std::vector<render::Table>> per_view = analyse_views(
            dataset, reading,
            [&](const views::RelationGraph& graph) {
                Analysis a{std::make_unique<analysis::TriangleCensus>(graph),
                           std::make_unique<analysis::Frustration>(graph, options->frustration)};
                a.census->run();
                a.frustration->run();
                return a;
            },
            // The main event of each tie that breaks the split, when it is printed.
            [](const views::RelationGraph&, const Analysis& a) {
                std::vector<std::size_t> dyads;
                for (const analysis::Tie& t : a.frustration->violations())
                    dyads.push_back(t.dyad);
                return dyads;
            },
            dyads_printed ? 1 : 0,
            [&](const views::RelationGraph& graph, const Analysis& a) {
                render::BalanceTables tables;
                tables.dyads_printed = dyads_printed;
                tables.add(graph, *a.census, *a.frustration);
                return moved_tables(tables.balance, tables.dyads, tables.actors);
            });
        render::BalanceTables empty;
        write_table_output(std::cout,
                           joined_tables(moved_tables(empty.balance, empty.dyads, empty.actors), std::move(per_view)),
                           options->output);
    });
}

} // namespace entente::cli
