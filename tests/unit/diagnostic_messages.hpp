#pragma once
// The diagnostics a reader reported, each as `path:line:column: message`.
#include <string>
#include <vector>

#include "io/diagnostics.hpp"

namespace entente::test {

inline std::vector<std::string> messages(const io::Diagnostics& d)
{
    std::vector<std::string> out;
    for (const auto& item : d.all())
        out.push_back(io::format_diagnostic(item));
    return out;
}

} // namespace entente::test
