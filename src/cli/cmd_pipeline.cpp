// `entente pipeline`: the yearly-window workload of the peer benchmark, as TSV.
#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "analysis/yearly_pipeline.hpp"
#include "cli/commands.hpp"
#include "core/parallel_map.hpp"
#include "io/yearly_dyads.hpp"

namespace entente::cli {

namespace {

struct PipelineOptions {
    std::string file;
    std::size_t threads = 0;
    analysis::BlocParams blocs{.auto_k = true, .max_k = 4, .starts = 2};
};

} // namespace

void setup_pipeline(CLI::App& app)
{
    auto options = std::make_shared<PipelineOptions>();
    CLI::App* command =
        app.add_subcommand("pipeline", "Yearly graphs of an events file and their metrics, as the peer benchmark");
    command->footer(
        "Streams FILE (an events CSV with date,source,target,weight columns, any others ignored but\n"
        "count) into yearly undirected dyads, summing weights in exact tenths (times count when given) and\n"
        "dropping self-dyads. An empty weight is the Goldstein weight of the row's code in the built-in\n"
        "CAMEO table; an event counts in the year it starts. Quoted fields and # comment lines are read as\n"
        "in a dataset, so a dataset's events.csv works too.\n"
        "Prints one TSV line per year, the columns of bench/peer_pipeline.py (compare_outputs.py checks them):\n"
        "  nodes, edges       actors and dyads with events that year (G)\n"
        "  pos_edges          dyads with a positive sum (P)\n"
        "  components         connected components of G\n"
        "  top_pagerank       top actor by PageRank of P (damping 0.85, weight = sum)\n"
        "  top_betweenness    top actor by betweenness of P (distance 1/sum); - when all are 0\n"
        "  balanced, triangles   triangles of the signed dyads (S) and how many are balanced\n"
        "  communities        Doreian-Mrvar blocs of S (alliances --k auto, up to --max-k), NOT Louvain\n"
        "                     communities: not comparable with the peers' column\n"
        "Actors are numbered in order of first appearance; top-actor ties go to the actor seen first.\n"
        "The file is read in parallel slices and the years analysed in parallel.\n\n"
        "Example:\n  entente pipeline events.csv > entente.tsv");
    command->add_option("FILE", options->file, "Events CSV")->required();
    command->add_option("--max-k", options->blocs.max_k, "Most blocs tried per year")->capture_default_str();
    command->add_option("--starts", options->blocs.starts, "Random starts of the bloc search per k")
        ->capture_default_str();
    command->add_option("--threads", options->threads, "Worker threads (default: the machine's cores)");
    command->callback([options] {
        const std::size_t threads = options->threads != 0 ? options->threads : default_threads();
        const io::YearlyDyads input = io::read_yearly_dyads(options->file, threads);
        analysis::YearlyPipeline pipeline(input, options->blocs, threads);
        pipeline.run();
        const auto name = [&](const std::optional<std::uint32_t>& actor) {
            return actor ? input.actors[*actor] : std::string("-");
        };
        std::string out = "#year\tnodes\tedges\tpos_edges\tcomponents\ttop_pagerank\ttop_betweenness\tbalanced\t"
                          "triangles\tcommunities\n";
        for (const analysis::YearSummary& y : pipeline.years())
            out += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", y.year, y.nodes, y.edges, y.pos_edges,
                               y.components, name(y.top_pagerank), name(y.top_betweenness), y.balanced, y.triangles,
                               y.blocs);
        std::cout << out;
    });
}

} // namespace entente::cli
