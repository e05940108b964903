#pragma once
// `--format` and `--table` for commands that print several tables: a
// terminal shows them all, JSON holds them all in one document, and CSV
// (one table per file) gives the first, the command's main table, unless
// `--table` names another.
#include <CLI/CLI.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/table.hpp"

namespace entente::cli {

struct TableOutputOptions {
    std::string format = "table";
    std::string table; ///< empty: all tables (the main one alone in CSV)
};

/// Adds `--format table|csv|json` to a command, and `--wide` (on a terminal,
/// long cells whole instead of tables cut to its width).
void add_format_option(CLI::App& command, std::string& format);

/// Adds `--format table|csv|json`, `--wide` and `--table NAME` (one of `names`) to a command.
void add_table_output_options(CLI::App& command, TableOutputOptions& options, const std::vector<std::string>& names);

/// Whether write_table_output prints table `name` (`main` being the command's
/// main table): what is not printed need not be looked up (its evidence).
bool prints_table(const TableOutputOptions& options, std::string_view name, std::string_view main);

/// Writes the tables as the options ask; `tables.front()` is the main table.
void write_table_output(std::ostream& out, const std::vector<render::Table>& tables, const TableOutputOptions& options);

/// Moves the tables (leaving them empty) into one list for
/// write_table_output, without copying their rows as a braced list would.
template <class... Tables> std::vector<render::Table> moved_tables(Tables&&... tables)
{
    std::vector<render::Table> list;
    list.reserve(sizeof...(tables));
    (list.push_back(std::move(tables)), ...);
    return list;
}

/// The tables of each view (each list the same tables in the same order as
/// `tables`) joined into `tables`: each view's rows after its rows, in the
/// views' order.
std::vector<render::Table> joined_tables(std::vector<render::Table> tables,
                                         std::vector<std::vector<render::Table>> per_view);

} // namespace entente::cli
