#pragma once
// What standard output is: a terminal's width, for tables that fit it.
#include <cstddef>

namespace entente::cli {

/// The columns of the terminal standard output is (its window size, else
/// $COLUMNS, else 80), or 0 when standard output is no terminal.
std::size_t stdout_terminal_width();

} // namespace entente::cli
