#pragma once
// A table compiled into the executable (io/embedded_data.hpp), read once by
// the reader of its format.
#include <sstream>
#include <string>
#include <string_view>

#include "core/errors.hpp"
#include "io/diagnostics.hpp"

namespace entente::io {

/// What `read(stream, path, diagnostics)` makes of the built-in table `text`
/// (named `name` in messages); a problem in it is a broken build: Fatal.
template <typename Read> auto read_builtin_table(std::string_view text, std::string_view name, Read read)
{
    std::istringstream in{std::string(text)};
    Diagnostics diagnostics;
    auto table = read(in, "<built-in " + std::string(name) + ">", diagnostics);
    if (diagnostics.has_errors()) throw Fatal(format_diagnostic(diagnostics.all().front()));
    return table;
}

} // namespace entente::io
