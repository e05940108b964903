#pragma once
// The rare CSV record with double quotes, in a reader that otherwise splits
// lines at every separator: the parallel reader of events files
// (io/event_scan) reads a dataset's events.csv, whose summaries and refs are
// quoted when they hold commas.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace entente::io {

/// Whether `record` leaves a quoted field open (an odd count of double quotes:
/// the record goes on after the next line break).
bool leaves_quote_open(std::string_view record);

/// Splits `record` at the separators outside double quotes into `fields`, as
/// RFC 4180 reads it: a field that begins with a quote ends at the next lone
/// quote, and "" inside it is one quote. The fields are decoded into
/// `storage` and view it (at most fields.size() kept). Returns the field
/// count; none when a quote is left open or text follows a closing quote.
std::optional<std::size_t> split_quoted(std::string_view record, char separator, std::string& storage,
                                        std::span<std::string_view> fields);

} // namespace entente::io
