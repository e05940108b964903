#include "io/diagnostics.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/text.hpp"

namespace entente::io {

std::string format_diagnostic(const Diagnostic& d)
{
    const char* kind = d.warning ? "warning: " : "";
    if (d.line == 0) return fmt::format("{}: {}{}", printable(d.path), kind, printable(d.message));
    return fmt::format("{}:{}:{}: {}{}", printable(d.path), d.line, d.column, kind, printable(d.message));
}

void Diagnostics::add(Diagnostic d)
{
    ++m_total;
    if (!d.warning) ++m_errors;
    if (!full()) m_items.push_back(std::move(d));
}

void Diagnostics::error(std::string path, int line, int column, std::string message)
{
    add({std::move(path), line, column, std::move(message), false});
}

void Diagnostics::warning(std::string path, int line, int column, std::string message)
{
    add({std::move(path), line, column, std::move(message), true});
}

void Diagnostics::append(const Diagnostics& later, int line_base)
{
    std::size_t kept_errors = 0;
    for (Diagnostic d : later.m_items) {
        if (!d.warning) ++kept_errors;
        if (d.line != 0) d.line += line_base;
        add(std::move(d));
    }
    m_total += later.m_total - later.m_items.size();
    m_errors += later.m_errors - kept_errors;
}

void Diagnostics::print(std::ostream& out, std::size_t limit) const
{
    const std::size_t shown = std::min(limit, m_items.size());
    for (std::size_t i = 0; i < shown; ++i)
        out << format_diagnostic(m_items[i]) << '\n';
    if (m_total > shown) out << fmt::format("... and {} more problems ({} errors in all)\n", m_total - shown, m_errors);
}

} // namespace entente::io
