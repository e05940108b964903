#pragma once
// A field of a CSV file as the writers write it (RFC 4180).
#include <string>
#include <string_view>

namespace entente::io {

/// Appends `text` to `out`, quoted (inner quotes doubled) when it holds a
/// comma, a quote or a line break.
void append_csv_field(std::string& out, std::string_view text);

} // namespace entente::io
