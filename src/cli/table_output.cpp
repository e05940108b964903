#include "cli/table_output.hpp"

#include <algorithm>

namespace entente::cli {

void add_format_option(CLI::App& command, std::string& format)
{
    command.add_option("--format", format, "table, csv or json")->capture_default_str();
    command.add_flag_callback(
        "--wide", [] { render::set_terminal_width(0); },
        "on a terminal, show long cells whole (tables are cut to its width, long cells ending in '…'; CSV and "
        "JSON keep everything)");
}

void add_table_output_options(CLI::App& command, TableOutputOptions& options, const std::vector<std::string>& names)
{
    add_format_option(command, options.format);
    std::string list;
    for (const std::string& name : names)
        list += (list.empty() ? "" : ", ") + name;
    command
        .add_option("--table", options.table,
                    "print only this table: " + list + " (CSV prints " + names.front() + " unless told)")
        ->check(CLI::IsMember(names));
}

bool prints_table(const TableOutputOptions& options, std::string_view name, std::string_view main)
{
    if (!options.table.empty()) return options.table == name;
    return render::parse_format(options.format) != render::Format::csv || name == main;
}

void write_table_output(std::ostream& out, const std::vector<render::Table>& tables, const TableOutputOptions& options)
{
    const render::Format format = render::parse_format(options.format);
    if (!options.table.empty()) {
        const auto it =
            std::find_if(tables.begin(), tables.end(), [&](const render::Table& t) { return t.name == options.table; });
        render::write_table(out, *it, format);
    } else if (format == render::Format::csv) {
        render::write_table(out, tables.front(), format);
    } else {
        render::write_tables(out, tables, format);
    }
}

std::vector<render::Table> joined_tables(std::vector<render::Table> tables,
                                         std::vector<std::vector<render::Table>> per_view)
{
    for (std::vector<render::Table>& view : per_view)
        for (std::size_t t = 0; t < tables.size(); ++t)
            tables[t].append(std::move(view[t]));
    return tables;
}

} // namespace entente::cli
