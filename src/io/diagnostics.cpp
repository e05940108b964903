#include "io/diagnostics.hpp"

#include <fmt/format.h>

namespace entente::io {

std::string format_diagnostic(const Diagnostic& d)
{
    const char* kind = d.warning ? "warning: " : "";
    if (d.line == 0) return fmt::format("{}: {}{}", d.path, kind, d.message);
    return fmt::format("{}:{}:{}: {}{}", d.path, d.line, d.column, kind, d.message);
}

void Diagnostics::error(std::string path, int line, int column, std::string message)
{
    m_items.push_back({std::move(path), line, column, std::move(message), false});
    ++m_errors;
}

void Diagnostics::warning(std::string path, int line, int column, std::string message)
{
    m_items.push_back({std::move(path), line, column, std::move(message), true});
}

void Diagnostics::print(std::ostream& out, std::size_t limit) const
{
    for (std::size_t i = 0; i < m_items.size() && i < limit; ++i) out << format_diagnostic(m_items[i]) << '\n';
    if (m_items.size() > limit)
        out << fmt::format("... and {} more problems ({} errors in all)\n", m_items.size() - limit, m_errors);
}

} // namespace entente::io
