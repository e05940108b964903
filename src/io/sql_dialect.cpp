#include "io/sql_dialect.hpp"

#include <array>
#include <fmt/format.h>

namespace entente::io {
namespace {

constexpr std::array<SqlDialect, 4> k_dialects{SqlDialect::bigquery, SqlDialect::spark, SqlDialect::duckdb,
                                               SqlDialect::sqlite};

} // namespace

std::string_view to_string(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::bigquery:
        return "bigquery";
    case SqlDialect::spark:
        return "spark";
    case SqlDialect::duckdb:
        return "duckdb";
    case SqlDialect::sqlite:
        return "sqlite";
    }
    return "sqlite";
}

std::optional<SqlDialect> sql_dialect(std::string_view name)
{
    for (const SqlDialect d : k_dialects)
        if (to_string(d) == name) return d;
    return std::nullopt;
}

std::string sql_dialect_names()
{
    return fmt::format("{}, {}, {} or {}", to_string(k_dialects[0]), to_string(k_dialects[1]), to_string(k_dialects[2]),
                       to_string(k_dialects[3]));
}

std::string Sql::name(std::string_view id) const
{
    const bool backticks = m_dialect == SqlDialect::bigquery || m_dialect == SqlDialect::spark;
    return backticks ? fmt::format("`{}`", id) : fmt::format("\"{}\"", id);
}

std::string Sql::text(std::string_view value) const
{
    // BigQuery and Spark read backslash escapes in string literals; SQLite and DuckDB double the quote.
    const bool backslash = m_dialect == SqlDialect::bigquery || m_dialect == SqlDialect::spark;
    std::string out = "'";
    for (const char c : value) {
        if (c == '\'')
            out += backslash ? "\\'" : "''";
        else if (c == '\\' && backslash)
            out += "\\\\";
        else
            out += c;
    }
    return out + "'";
}

std::string Sql::as_text(std::string_view expr) const
{
    switch (m_dialect) {
    case SqlDialect::bigquery:
    case SqlDialect::spark:
        return fmt::format("CAST({} AS STRING)", expr);
    case SqlDialect::duckdb:
        return fmt::format("CAST({} AS VARCHAR)", expr);
    case SqlDialect::sqlite:
        break;
    }
    return fmt::format("CAST({} AS TEXT)", expr);
}

std::string Sql::to_number(std::string_view expr, bool whole) const
{
    switch (m_dialect) {
    case SqlDialect::bigquery:
        return fmt::format("SAFE_CAST({} AS {})", expr, whole ? "INT64" : "FLOAT64");
    case SqlDialect::spark:
    case SqlDialect::duckdb:
        return fmt::format("TRY_CAST({} AS {})", expr, whole ? "BIGINT" : "DOUBLE");
    case SqlDialect::sqlite:
        break;
    }
    // SQLite reads the longest number the text starts with: callers match a pattern first.
    return fmt::format("CAST({} AS {})", expr, whole ? "INTEGER" : "REAL");
}

std::string Sql::matches(std::string_view expr, const TextPattern& pattern) const
{
    switch (m_dialect) {
    case SqlDialect::bigquery:
        return fmt::format("REGEXP_CONTAINS({}, r'^{}$')", expr, pattern.regex);
    case SqlDialect::spark:
        return fmt::format("{} RLIKE '^{}$'", expr, pattern.regex);
    case SqlDialect::duckdb:
        return fmt::format("regexp_full_match({}, '{}')", expr, pattern.regex);
    case SqlDialect::sqlite:
        break;
    }
    return fmt::format(fmt::runtime(pattern.sqlite), expr);
}

std::string Sql::divide(std::string_view a, std::string_view b) const
{
    switch (m_dialect) {
    case SqlDialect::bigquery:
        return fmt::format("DIV({}, {})", a, b);
    case SqlDialect::spark:
        return fmt::format("({} DIV {})", a, b);
    case SqlDialect::duckdb:
        return fmt::format("({} // {})", a, b);
    case SqlDialect::sqlite:
        break;
    }
    return fmt::format("({} / {})", a, b);
}

std::string Sql::remainder(std::string_view a, std::string_view b) const
{
    if (m_dialect == SqlDialect::bigquery) return fmt::format("MOD({}, {})", a, b);
    return fmt::format("({} % {})", a, b);
}

std::string Sql::pad_zeros(std::string_view expr, int width) const
{
    if (m_dialect == SqlDialect::sqlite) // no lpad: the last `width` characters of zeros and the text
        return fmt::format("substr('{}' || {}, -{})", std::string(static_cast<std::size_t>(width), '0'), expr, width);
    return fmt::format("LPAD({}, {}, '0')", expr, width);
}

std::string Sql::trim_zeros(std::string_view expr, bool leading) const
{
    if (m_dialect == SqlDialect::spark) // its LTRIM/RTRIM take their two arguments in another order by version
        return fmt::format("TRIM({} '0' FROM {})", leading ? "LEADING" : "TRAILING", expr);
    return fmt::format("{}({}, '0')", leading ? "LTRIM" : "RTRIM", expr);
}

std::string Sql::table(std::string_view table_name, const std::vector<SqlColumn>& columns,
                       const std::vector<std::vector<std::string>>& rows) const
{
    std::string names, typed;
    for (const SqlColumn& c : columns) {
        names += fmt::format("{}{}", names.empty() ? "" : ", ", c.name);
        typed += fmt::format("{}{} {}", typed.empty() ? "" : ", ", c.name, c.integer ? "INT64" : "STRING");
    }
    std::string values;
    for (const auto& row : rows) {
        std::string tuple;
        for (const std::string& v : row)
            tuple += fmt::format("{}{}", tuple.empty() ? "" : ", ", v);
        values += fmt::format("{}\n    ({})", values.empty() ? "" : ",", tuple);
    }
    switch (m_dialect) {
    case SqlDialect::bigquery: // no VALUES lists: an array of structs
        return fmt::format("{} AS (\n  SELECT * FROM UNNEST(ARRAY<STRUCT<{}>>[{}\n  ])\n)", table_name, typed, values);
    case SqlDialect::spark: // an inline table
        return fmt::format("{} AS (\n  SELECT * FROM VALUES{}\n  AS t({})\n)", table_name, values, names);
    case SqlDialect::duckdb:
    case SqlDialect::sqlite:
        break;
    }
    return fmt::format("{}({}) AS (\n  VALUES{}\n)", table_name, names, values);
}

} // namespace entente::io
