#pragma once
// Result tables printed three ways: aligned for a terminal, CSV, or JSON
// (an array of objects keyed by the column names, numbers as numbers).
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace entente::render {

/// A cell: empty, text, a whole number, a real number or a yes/no (`true`/`false`).
using Cell = std::variant<std::monostate, std::string, long long, double, bool>;

struct Table {
    std::string name; ///< a key in multi-table JSON and a title on a terminal
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;

    void add_row(std::vector<Cell> row) { rows.push_back(std::move(row)); }
    /// Adds the rows of a table with the same columns (the same table of another window).
    void append(Table&& other) { std::move(other.rows.begin(), other.rows.end(), std::back_inserter(rows)); }
};

/// An empty cell for a value that is not defined (a ratio of no triangles).
inline Cell optional_cell(const std::optional<double>& value)
{
    return value ? Cell{*value} : Cell{};
}

/// A count as a cell (cells hold whole numbers as long long).
inline Cell count_cell(std::size_t n)
{
    return static_cast<long long>(n);
}

enum class Format { table, csv, json };

/// `table`, `csv` or `json`; throws UsageError otherwise.
Format parse_format(std::string_view text);

/// Aligned tables (Format::table) wider than `columns` are fitted to it by
/// cutting their widest text cells, each cut cell ending in "…"; 0, the
/// default, never cuts. The executable sets the width of the terminal that
/// standard output is, unless --wide; CSV and JSON always keep everything.
void set_terminal_width(std::size_t columns);

/// Writes one table. Real numbers show 4 decimals on a terminal and 15
/// significant digits, shortest, in CSV and JSON (markup.hpp's number_text).
void write_table(std::ostream& out, const Table& table, Format format);

/// Writes several tables: on a terminal each under its title; in CSV each
/// after a `# name` line and separated by a blank line; in JSON one object
/// holding each table's rows under its name.
void write_tables(std::ostream& out, const std::vector<Table>& tables, Format format);

/// Quotes a CSV field when it holds a comma, a quote or a line break.
std::string csv_escape(std::string_view text);

/// Text of a cell as CSV writes it.
std::string cell_text(const Cell& cell);

} // namespace entente::render
