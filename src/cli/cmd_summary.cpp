// `entente summary`: what a dataset holds.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "analysis/dataset_summary.hpp"
#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "cli/table_output.hpp"
#include "render/table.hpp"

namespace entente::cli {
namespace {

struct SummaryOptions {
    DatasetOptions dataset;
    std::string format = "table";
    std::size_t top = 10;
};

std::vector<render::Table> summary_tables(const model::Dataset& dataset, const analysis::DatasetSummary& s)
{
    render::Table overview{
        "dataset",
        {"dataset", "actors", "states", "organizations", "groups", "events", "rows", "first", "last", "eras"},
        {}};
    const std::string first = s.rows ? format_day(s.span.start) : "";
    const std::string last = s.rows ? format_day(s.span.end - 1) : "";
    overview.add_row({dataset.name, static_cast<long long>(dataset.actors.size()), static_cast<long long>(s.states),
                      static_cast<long long>(s.organizations), static_cast<long long>(s.groups), s.events,
                      static_cast<long long>(s.rows), first, last, static_cast<long long>(dataset.eras.size())});

    render::Table eras{"eras", {"era", "actor", "label", "start", "end", "events", "net_weight"}, {}};
    for (const auto& e : s.eras) {
        eras.add_row({e.era->id, dataset.actors.id(e.era->actor), e.era->label, format_day(e.era->start),
                      e.era->end ? render::Cell{format_day(*e.era->end)} : render::Cell{}, e.events, e.net_weight});
    }

    render::Table dyads{"dyads", {"actor_a", "actor_b", "events", "net_weight"}, {}};
    for (const auto& d : s.top_dyads)
        dyads.add_row({dataset.actors.id(d.a), dataset.actors.id(d.b), d.events, d.net_weight});
    return {overview, eras, dyads};
}

} // namespace

void setup_summary(CLI::App& app)
{
    auto options = std::make_shared<SummaryOptions>();
    CLI::App* command = app.add_subcommand("summary", "Show what a dataset holds: actors, events, eras, busiest dyads");
    command->footer("Eras list the events that overlap them and their share of the weight (an event spanning\n"
                    "two eras is split by overlap). An era's end is exclusive; an empty end means ongoing.\n\n"
                    "Examples:\n  entente summary\n  entente summary graphs/ecuador --format json");
    add_dataset_options(*command, options->dataset);
    add_format_option(*command, options->format);
    command->add_option("--top", options->top, "how many of the busiest dyads to list")->capture_default_str();
    command->callback([options] {
        const render::Format format = render::parse_format(options->format);
        io::Diagnostics problems;
        model::Dataset dataset = open_dataset(options->dataset, problems);
        auto spec = std::make_shared<views::CellsSpec>();
        spec->grid = analysis::summary_grid(dataset);
        const views::DyadCells cells = read_cells(dataset, spec, problems);
        const analysis::DatasetSummary s = analysis::summarize(dataset, cells, options->top);
        render::write_tables(std::cout, summary_tables(dataset, s), format);
    });
}

} // namespace entente::cli
