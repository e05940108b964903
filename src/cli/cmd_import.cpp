// `entente import`: GDELT, ICEWS or Correlates of War files into a dataset folder.
#include <array>
#include <fmt/format.h>
#include <iostream>
#include <memory>
#include <optional>
#include <utility>

#include "cli/commands.hpp"
#include "cli/country_option.hpp"
#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "io/importer.hpp"
#include "io/reduction_sql.hpp"
#include "io/same_day_filter.hpp"

namespace entente::cli {
namespace {

struct ImportCommand {
    std::string source;
    std::vector<std::string> inputs;
    std::string output;
    std::string aggregate = "none";
    std::string dedup = "none";
    bool keep_repeated_ids = false;
    std::string countries;
    std::string from, to;
    std::string since, until; ///< the old spellings of --from and --to
    std::string emit_sql;     ///< a dialect: print the query instead of importing
    std::string table;        ///< the table the query reads
};

constexpr std::array<io::ImportFormat, 4> k_formats = {io::ImportFormat::gdelt1, io::ImportFormat::gdelt2,
                                                       io::ImportFormat::icews, io::ImportFormat::cow_dipex};

/// The format --source names, if it names one.
std::optional<io::ImportFormat> import_format(std::string_view name)
{
    for (const io::ImportFormat format : k_formats)
        if (io::to_string(format) == name) return format;
    return std::nullopt;
}

/// `gdelt1, gdelt2, icews or cow-dipex`.
std::string format_names()
{
    std::string names;
    for (std::size_t i = 0; i < k_formats.size(); ++i)
        names += fmt::format("{}{}",
                             i == 0                      ? ""
                             : i + 1 == k_formats.size() ? " or "
                                                         : ", ",
                             io::to_string(k_formats[i]));
    return names;
}

/// The old spellings, each with a warning naming the new one: --from FORMAT
/// (a format is never a date), --since and --until.
void take_old_spellings(ImportCommand& c)
{
    if (import_format(c.from) && c.source.empty()) {
        std::cerr << fmt::format("entente: warning: --from {0} is now --source {0}; --from is the first date kept "
                                 "(the old spelling goes in the next release)\n",
                                 c.from);
        c.source = std::exchange(c.from, std::string());
    }
    if (!c.since.empty()) {
        std::cerr << "entente: warning: --since is now --from (the old spelling goes in the next release)\n";
        if (c.from.empty()) c.from = c.since;
    }
    if (!c.until.empty()) {
        std::cerr << "entente: warning: --until is now --to (the old spelling goes in the next release)\n";
        if (c.to.empty()) c.to = c.until;
    }
}

/// `1 event`, `2 events`.
std::string counted(std::uint64_t n, std::string_view noun)
{
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

io::ImportOptions import_options(ImportCommand c)
{
    take_old_spellings(c);
    io::ImportOptions o;
    if (c.source.empty()) throw UsageError("--source is required: the files' format, " + format_names());
    const std::optional<io::ImportFormat> format = import_format(c.source);
    if (!format) throw UsageError(fmt::format("--source: unknown format '{}' (expected {})", c.source, format_names()));
    o.format = *format;
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
    if (c.dedup == "none")
        o.dedup = io::Dedup::none;
    else if (c.dedup == "daily")
        o.dedup = io::Dedup::daily;
    else
        throw UsageError(fmt::format("--dedup: unknown rule '{}' (expected none or daily)", c.dedup));
    o.keep_repeated_ids = c.keep_repeated_ids;
    o.inputs = c.inputs;
    o.output = c.output;
    if (c.emit_sql.empty()) {
        if (c.inputs.empty()) throw UsageError("FILE is required: the files to import (or --emit-sql DIALECT)");
        if (c.output.empty()) throw UsageError("--output is required: the dataset folder to write");
        if (!c.table.empty()) throw UsageError("--table names the table that the query of --emit-sql reads");
    } else if (!c.inputs.empty() || !c.output.empty()) {
        throw UsageError("--emit-sql prints a query: it reads no FILE and writes no --output");
    }
    if (!c.countries.empty()) o.countries = country_list(c.countries);
    date_range(c.from, c.to); // the one range rule: throws when --to ends before --from
    if (!c.from.empty()) o.from = date_option("--from", c.from);
    if (!c.to.empty()) o.to = date_option("--to", c.to);
    return o;
}

/// The query of --emit-sql for these options.
std::string emitted_sql(const io::ImportOptions& options, const ImportCommand& c)
{
    const std::optional<io::SqlDialect> dialect = io::sql_dialect(c.emit_sql);
    if (!dialect)
        throw UsageError(
            fmt::format("--emit-sql: unknown dialect '{}' (expected {})", c.emit_sql, io::sql_dialect_names()));
    std::string table = c.table.empty() ? "events" : c.table;
    if (*dialect == io::SqlDialect::bigquery) {
        if (c.table.empty()) table = io::public_bigquery_table(options.format);
        if (table.empty())
            throw UsageError(
                fmt::format("--emit-sql bigquery: no public table holds {} events; name yours with --table",
                            io::to_string(options.format)));
        // A project id may hold hyphens: the whole path goes in backticks.
        if (table.find('`') == std::string::npos) table = fmt::format("`{}`", table);
    }
    return io::reduction_sql(options, *dialect, table);
}

} // namespace

void setup_import(CLI::App& app)
{
    auto command_options = std::make_shared<ImportCommand>();
    CLI::App* command =
        app.add_subcommand("import", "Turn GDELT, ICEWS or Correlates of War files into a dataset folder");
    command->footer(fmt::format(
        "Writes actors.csv, events.csv and README.md into DIR; README.md records the inputs, their row counts,\n"
        "the options and every skipped row with its reason, counted. Inputs are streamed: plain, gzip, or - for\n"
        "standard input. Only state-to-state events are kept: rows with a blank, regional or unknown country,\n"
        "or the same country on both sides, are skipped and counted.\n\n"
        "Repeats: an ICEWS Event ID seen before is skipped (the first row kept), unless --keep-repeated-ids;\n"
        "a GDELT GLOBALEVENTID is imported once. --dedup daily keeps one event per date, source, target and\n"
        "CAMEO code (Phoenix's one-a-day rule: a story reported many times a day counts once), for every\n"
        "format, after the countries are mapped and the filters applied, and before --aggregate, so a count\n"
        "counts distinct daily events. It checks rows dated up to {} days before the latest date read; older\n"
        "ones (an input out of date order) are kept and counted in README.md.\n\n"
        "Correlates of War Diplomatic Exchange: a representative is a tie (CAMEO 050) weighing its level each\n"
        "year (chargé d'affaires 1, minister 2, ambassador 3), held to the year before the dyad's next\n"
        "observed level; a level below the one last observed is also a downgrade (CAMEO 161) weighing the\n"
        "levels lost (ambassador to chargé d'affaires: -2); 9 is missing, so the level before holds through\n"
        "it. Each observation is one fact: read such a dataset with --min-events 1.\n\n"
        "SQL for the engines that hold the whole of GDELT or ICEWS: --emit-sql DIALECT (bigquery, spark,\n"
        "duckdb or sqlite), with --aggregate, prints one query instead of importing. It reads a table of the\n"
        "raw events under the format's own column names (--table; by default `events`, and for BigQuery the\n"
        "public GDELT table), only the six columns an event is made of, and returns the rows this import\n"
        "would write to events.csv, same columns, rules and tables; saved as CSV with its header, it is an\n"
        "events file: entente report result.csv. As SQL cannot see the files' order, of rows sharing an id\n"
        "the earliest dated is kept, and --dedup daily keeps the lowest id of a day's repeats however far\n"
        "apart they are in the files; weights are read as decimals (not 1e1). Aggregated weights are summed\n"
        "in tenths, their mean written to 6 decimals. Walk-throughs for BigQuery and Spark, with what a\n"
        "query costs: docs/big-data.md in the sources.\n\n"
        "Examples:\n"
        "  entente import --source gdelt1 20160728.export.CSV -o gdelt-2016\n"
        "  unzip -p 2016.zip | entente import --source gdelt1 - --aggregate month -o gdelt-2016\n"
        "  entente import --source icews events.2018.tab --countries ECU,COL,PER --from 2018-06 -o andes\n"
        "  entente import --source gdelt2 --aggregate month --from 2016 --to 2016 --emit-sql bigquery > 2016.sql",
        io::SameDayFilter::k_window_days));
    command->add_option("--source", command_options->source, "the files' format: " + format_names())
        ->type_name("FORMAT");
    command->add_option("FILE", command_options->inputs,
                        "input files (plain or .gz), or - for standard input (none with --emit-sql)");
    command->add_option("-o,--output", command_options->output,
                        "the dataset folder to write: new, empty, or one an earlier import wrote");
    command
        ->add_option("--aggregate", command_options->aggregate,
                     "day, month or year: one row per dyad, CAMEO root code and period, with a count")
        ->capture_default_str();
    command
        ->add_option("--dedup", command_options->dedup,
                     "none or daily: one event per date, source, target and code (before --aggregate)")
        ->capture_default_str();
    command->add_flag("--keep-repeated-ids", command_options->keep_repeated_ids,
                      "ICEWS: import every row of a repeated Event ID (by default only the first)");
    command->add_option("--countries", command_options->countries,
                        "keep only events with at least one of these countries, e.g. ECU,COL,PER");
    command->add_option("--from", command_options->from,
                        "keep events from this date on (YYYY, YYYY-MM or YYYY-MM-DD), included");
    command->add_option("--to", command_options->to,
                        "keep events up to this date, included: --from 2008 --to 2009 is two years");
    command
        ->add_option("--emit-sql", command_options->emit_sql,
                     "print the import as one SQL query for an engine: " + io::sql_dialect_names())
        ->type_name("DIALECT");
    command
        ->add_option("--table", command_options->table,
                     "the raw events' table the query reads (default events; bigquery: the public GDELT one)")
        ->type_name("NAME");
    command->add_option("--since", command_options->since)->group(""); // old spelling of --from
    command->add_option("--until", command_options->until)->group(""); // old spelling of --to
    command->callback([command_options] {
        const io::ImportOptions options = import_options(*command_options);
        if (!command_options->emit_sql.empty()) {
            std::cout << emitted_sql(options, *command_options);
            return;
        }
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
