#pragma once
// Dates written from their first day, as the import and the eras command
// write them.
#include <string>

#include "core/date.hpp"

namespace entente::io {

/// The date of `precision` that starts on `first` (1 January for a year, the
/// 1st for a month), as written: `2005`, `2017-06`, `2017-05-24`.
std::string date_text(Day first, DatePrecision precision);

} // namespace entente::io
