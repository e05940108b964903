// `entente import`: GDELT, ICEWS or Correlates of War files into a dataset folder.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/country_tables.hpp"
#include "io/importer.hpp"

namespace entente::cli {
namespace {

struct ImportCommand {
    std::string from;
    std::vector<std::string> inputs;
    std::string output;
    std::string aggregate = "none";
    std::string countries;
    std::string since, until;
};

PartialDate date_option(std::string_view name, const std::string& text)
{
    DateParse parsed = parse_date(text);
    if (!parsed.date) throw UsageError(fmt::format("{}: {}", name, parsed.error));
    return *parsed.date;
}

/// The --countries list: ISO codes of the country table, or the COW_ ids of states ISO never coded.
std::vector<std::string> country_list(const std::string& text)
{
    std::vector<std::string> known;
    for (const io::Country& c : io::countries())
        known.push_back(c.code);
    for (const io::CowCountry& c : io::cow_countries())
        known.push_back(c.id);
    std::vector<std::string> list;
    for (const std::string& code : split(text, ',')) {
        if (std::find(known.begin(), known.end(), code) == known.end()) {
            const auto hint = closest_match(code, known);
            throw UsageError(fmt::format("--countries: unknown country code '{}' ({})", code,
                                         hint ? fmt::format("did you mean '{}'?", *hint)
                                              : std::string("expected ISO 3166 alpha-3 codes such as ECU,COL,PER")));
        }
        list.push_back(code);
    }
    return list;
}

/// `1 event`, `2 events`.
std::string counted(std::uint64_t n, std::string_view noun)
{
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

io::ImportOptions import_options(const ImportCommand& c)
{
    io::ImportOptions o;
    if (c.from == "gdelt1")
        o.format = io::ImportFormat::gdelt1;
    else if (c.from == "gdelt2")
        o.format = io::ImportFormat::gdelt2;
    else if (c.from == "icews")
        o.format = io::ImportFormat::icews;
    else if (c.from == "cow-dipex")
        o.format = io::ImportFormat::cow_dipex;
    else
        throw UsageError(
            fmt::format("--from: unknown format '{}' (expected gdelt1, gdelt2, icews or cow-dipex)", c.from));
    if (c.aggregate == "none")
        o.aggregate = io::Aggregation::none;
    else if (c.aggregate == "day")
        o.aggregate = io::Aggregation::day;
    else if (c.aggregate == "month")
        o.aggregate = io::Aggregation::month;
    else if (c.aggregate == "year")
        o.aggregate = io::Aggregation::year;
    else
        throw UsageError(fmt::format("--aggregate: unknown period '{}' (expected day, month or year)", c.aggregate));
    o.inputs = c.inputs;
    o.output = c.output;
    if (!c.countries.empty()) o.countries = country_list(c.countries);
    if (!c.since.empty()) o.since = date_option("--since", c.since);
    if (!c.until.empty()) o.until = date_option("--until", c.until);
    if (o.since && o.until && o.until->interval.end <= o.since->interval.start)
        throw UsageError(fmt::format("--until {} is before --since {}", c.until, c.since));
    return o;
}

} // namespace

void setup_import(CLI::App& app)
{
    auto command_options = std::make_shared<ImportCommand>();
    CLI::App* command =
        app.add_subcommand("import", "Turn GDELT, ICEWS or Correlates of War files into a dataset folder");
    command->footer(
        "Writes actors.csv, events.csv and README.md into DIR; README.md records the inputs, their row counts,\n"
        "the options and every skipped row with its reason, counted. Inputs are streamed: plain, gzip, or - for\n"
        "standard input. Only state-to-state events are kept: rows with a blank, regional or unknown country,\n"
        "or the same country on both sides, are skipped and counted.\n\n"
        "Examples:\n"
        "  entente import --from gdelt1 20160728.export.CSV -o gdelt-2016\n"
        "  unzip -p 2016.zip | entente import --from gdelt1 - --aggregate month -o gdelt-2016\n"
        "  entente import --from icews events.2018.tab --countries ECU,COL,PER --since 2018-06 -o andes");
    command->add_option("--from", command_options->from, "the format: gdelt1, gdelt2, icews or cow-dipex")->required();
    command->add_option("FILE", command_options->inputs, "input files (plain or .gz), or - for standard input")
        ->required();
    command
        ->add_option("-o,--output", command_options->output,
                     "the dataset folder to write: new, empty, or one an earlier import wrote")
        ->required();
    command
        ->add_option("--aggregate", command_options->aggregate,
                     "day, month or year: one row per dyad, CAMEO root code and period, with a count")
        ->capture_default_str();
    command->add_option("--countries", command_options->countries,
                        "keep only events with at least one of these countries, e.g. ECU,COL,PER");
    command->add_option("--since", command_options->since,
                        "keep events from this date on (YYYY, YYYY-MM or YYYY-MM-DD)");
    command->add_option("--until", command_options->until, "keep events up to the end of this date");
    command->callback([command_options] {
        const io::ImportOptions options = import_options(*command_options);
        const io::ImportResult result = io::run_import(options);
        std::uint64_t rows = 0, skipped = 0;
        for (const io::FileTally& f : result.files) {
            rows += f.rows;
            skipped += f.skipped_rows();
        }
        std::cout << fmt::format("{}: {} between {}{}; {} read, {} skipped (see README.md)\n", options.output.string(),
                                 counted(result.events, "event"), counted(result.actors, "actor"),
                                 options.aggregate == io::Aggregation::none ? std::string()
                                                                            : " in " + counted(result.rows, "row"),
                                 counted(rows, "row"), skipped);
    });
}

} // namespace entente::cli
