// `entente timeline`: relation scores of chosen dyads through time, as an SVG chart.
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_lookup.hpp"
#include "cli/dataset_option.hpp"
#include "cli/output_file.hpp"
#include "cli/timeline_builder.hpp"

namespace entente::cli {
namespace {

struct TimelineOptions {
    DatasetOptions dataset;
    TimelineRequest request;
    std::string output;
};

} // namespace

void setup_timeline(CLI::App& app)
{
    auto options = std::make_shared<TimelineOptions>();
    CLI::App* command = app.add_subcommand("timeline", "Chart the score of chosen dyads through time, as SVG");
    command->footer("Each line is a dyad's score, drawn as steps: the axis is cut into --step pieces and each\n"
                    "piece shows the score of the --window that ends with it (the sum of the event weights in\n"
                    "it). So an event moves the line in the step that holds its date, never before, and its\n"
                    "weight stays in the line for one --window after it (with --step equal to --window each\n"
                    "step is exactly the period it sums). Below zero, conflict outweighed cooperation. Eras of\n"
                    "the first actor drawn that has any are shaded; hover them, and the lines, for names and\n"
                    "dates. Labels of --mark lines crowded together move aside, each tied to its line. The axis\n"
                    "covers the last 50 years or so unless --from, --to or --era says otherwise.\n\n"
                    "Examples:\n"
                    "  entente timeline --actor ECU -o ecuador-timeline.svg\n"
                    "  entente timeline --dyad ECU-COL --dyad ECU-VEN --from 2000 --window 6mo -o ecu.svg\n"
                    "  entente timeline --actor ECU --era correa --mark 2008-03-01='Angostura raid' -o c.svg");
    add_dataset_options(*command, options->dataset);
    add_event_kind_options(*command, options->dataset.kinds);
    command
        ->add_option("--actor", options->request.actor,
                     "draw this actor's main partners (the most weight of events, either sign)")
        ->type_name(k_actor_type);
    command->add_option("--dyad", options->request.dyads, "draw this dyad, as two actor ids: ECU-COL (repeatable)")
        ->allow_extra_args(false);
    command->add_option("--top", options->request.top, "partners drawn with --actor")->capture_default_str();
    command->add_option("--era", options->request.era, "cover this era only")->type_name(k_era_type);
    command->add_option("--from", options->request.from,
                        "start of the time axis (YYYY, YYYY-MM or YYYY-MM-DD); default: the decade 50 years before "
                        "the data ends");
    command->add_option("--to", options->request.to, "end of the time axis, included (as in every range)");
    command
        ->add_option("--window", options->request.window,
                     "the period each step of a line sums, up to the step's end, e.g. 1y, 6mo")
        ->capture_default_str();
    command->add_option("--step", options->request.step, "length of a step of the line, e.g. 1mo, 1w")
        ->capture_default_str();
    command->add_option("--mark", options->request.marks, "a dated line with a label: DATE=LABEL (repeatable)")
        ->allow_extra_args(false);
    command->add_option("--width", options->request.width, "chart width in pixels")->capture_default_str();
    command->add_option("-o,--output", options->output, "SVG file to write (atomically); default: standard output");
    command->callback([options] {
        io::Diagnostics problems;
        model::Dataset dataset = open_dataset(options->dataset, problems);
        const std::string svg = render::write_timeline_svg(build_timeline_chart(dataset, options->request, problems));
        write_output(options->output, svg, dataset);
    });
}

} // namespace entente::cli
