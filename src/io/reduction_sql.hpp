#pragma once
// `entente import --emit-sql`: the import's reduction of GDELT or ICEWS
// events to aggregated rows, written as one SQL query for an engine that
// holds the raw events (BigQuery, Spark SQL, DuckDB, SQLite). The query
// reads the same columns and applies the same tables and skip rules as the
// importers, and returns the rows `import --aggregate` writes to events.csv.
#include <string>
#include <string_view>
#include <vector>

#include "io/import_options.hpp"
#include "io/sql_dialect.hpp"

namespace entente::io {

/// The columns of the raw events table the query reads, by the format's own names.
std::vector<std::string_view> reduction_columns(ImportFormat format);

/// The public BigQuery table of a format's events (`gdelt-bq.gdeltv2.events`), empty when there is none.
std::string_view public_bigquery_table(ImportFormat format);

/// The query, reading `table` (a name as the engine writes it). `options`
/// needs a format that --emit-sql reduces (GDELT or ICEWS) and an aggregate;
/// the result has the columns date,source,target,code,weight,count in the
/// order of events.csv. Where SQL cannot know the files' order, the query
/// keeps the row of a repeat that comes first by date (ICEWS Event IDs, GDELT
/// GLOBALEVENTIDs) or by event id (--dedup daily), and --dedup daily has no
/// 31-day window: the header comment of the query says so.
std::string reduction_sql(const ImportOptions& options, SqlDialect dialect, std::string_view table);

} // namespace entente::io
