#pragma once
// The few ways the SQL engines the field uses differ (BigQuery, Spark SQL,
// DuckDB, SQLite), for the queries of `import --emit-sql`: each function
// writes one expression in one dialect. The expressions never fail on bad
// text: a cast that cannot be made is NULL.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente::io {

enum class SqlDialect { bigquery, spark, duckdb, sqlite };

/// `bigquery`, `spark`, `duckdb`, `sqlite`.
std::string_view to_string(SqlDialect dialect);
/// The dialect of that name, if it is one.
std::optional<SqlDialect> sql_dialect(std::string_view name);
/// `bigquery, spark, duckdb or sqlite`.
std::string sql_dialect_names();

/// A text pattern as a regular expression matched whole (`[0-9]{8}`) and, for
/// SQLite (which has no REGEXP), as a condition on `{0}`, the text.
struct TextPattern {
    std::string_view regex;
    std::string_view sqlite; ///< e.g. `{0} GLOB '[0-9]*'`
};

/// A column of a table written into a query.
struct SqlColumn {
    std::string_view name;
    bool integer = false; ///< whole numbers; text otherwise
};

class Sql {
public:
    explicit Sql(SqlDialect dialect) : m_dialect(dialect) {}

    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    /// A column or alias name, quoted: `"Event ID"`, `` `Event ID` ``.
    [[nodiscard]] std::string name(std::string_view id) const;
    /// A string literal: `'Cote d''Ivoire'` or `'Cote d\'Ivoire'`.
    [[nodiscard]] std::string text(std::string_view value) const;
    /// The value as text (a column of any type).
    [[nodiscard]] std::string as_text(std::string_view expr) const;
    /// Text (or a number) to a whole number (`whole`) or a double, NULL when it is not one.
    [[nodiscard]] std::string to_number(std::string_view expr, bool whole) const;
    /// Whether the text matches the pattern whole (NULL for NULL).
    [[nodiscard]] std::string matches(std::string_view expr, const TextPattern& pattern) const;
    /// Integer division of non-negative numbers.
    [[nodiscard]] std::string divide(std::string_view a, std::string_view b) const;
    /// The remainder of a non-negative number.
    [[nodiscard]] std::string remainder(std::string_view a, std::string_view b) const;
    /// Text padded with leading zeros to `width` characters.
    [[nodiscard]] std::string pad_zeros(std::string_view expr, int width) const;
    /// Text without its leading (`leading`) or trailing zeros.
    [[nodiscard]] std::string trim_zeros(std::string_view expr, bool leading) const;
    /// A common table expression `name` holding `rows` (each a list of literals) under `columns`.
    [[nodiscard]] std::string table(std::string_view table_name, const std::vector<SqlColumn>& columns,
                                    const std::vector<std::vector<std::string>>& rows) const;

private:
    SqlDialect m_dialect;
};

} // namespace entente::io
