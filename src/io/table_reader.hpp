#pragma once
// Reads a CSV table whose columns are found by name in its header row:
// any order, unknown columns ignored with a warning, required ones checked.
// Each row handed out has exactly as many fields as the header.
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.hpp"

namespace entente::io {

struct ColumnSpec {
    std::string_view name;
    bool required = false;
};

/// What a header's other columns get: a warning (a dataset file: a misspelt
/// column is a mistake), or nothing (another project's file, wider than what
/// is read of it).
enum class OtherColumns { warn, ignore };

class TableReader {
public:
    /// Reads the header; problems with it go to `diagnostics` and leave ok() false.
    TableReader(std::istream& in, std::string path, Diagnostics& diagnostics, std::vector<ColumnSpec> columns,
                OtherColumns others = OtherColumns::warn);

    /// Whether the header holds every required column (rows can be read).
    [[nodiscard]] bool ok() const { return m_ok; }
    /// Advances to the next well-formed row; rows with a wrong field count are reported and skipped.
    /// A table with no row at all gets a warning.
    bool next();

    /// Whether column `spec` (its index in the spec list) is in the header.
    [[nodiscard]] bool has(std::size_t spec) const { return m_position[spec] >= 0; }
    /// The field index of column `spec` in each row, -1 when the header lacks it.
    [[nodiscard]] int position(std::size_t spec) const { return m_position[spec]; }
    /// Fields in the header: every row must have as many.
    [[nodiscard]] std::size_t width() const { return m_width; }
    /// The line of the header (after any blank and comment lines before it).
    [[nodiscard]] int header_line() const { return m_header_line; }
    /// The text of column `spec` in the current row; empty when the column is absent.
    [[nodiscard]] std::string_view get(std::size_t spec) const;
    /// The line of the current row.
    [[nodiscard]] int line() const { return m_record.line; }
    /// Reports an error at column `spec` of the current row.
    void error(std::size_t spec, std::string message);
    [[nodiscard]] const std::string& path() const { return m_csv.path(); }

private:
    CsvReader m_csv;
    Diagnostics& m_diagnostics;
    std::vector<ColumnSpec> m_columns;
    std::vector<int> m_position; ///< field index of each spec, -1 if absent
    std::size_t m_width = 0;     ///< fields in the header
    int m_header_line = 0;
    CsvRecord m_record;
    std::size_t m_rows = 0; ///< records after the header, well-formed or not
    bool m_ok = false;
    bool m_warned_empty = false;
};

} // namespace entente::io
