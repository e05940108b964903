#include "io/table_reader.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace entente::io {

TableReader::TableReader(std::istream& in, std::string path, Diagnostics& diagnostics, std::vector<ColumnSpec> columns,
                         OtherColumns others)
    : m_csv(in, std::move(path), diagnostics), m_diagnostics(diagnostics), m_columns(std::move(columns)),
      m_position(m_columns.size(), -1)
{
    const std::size_t errors_before = diagnostics.error_count();
    if (!m_csv.next(m_record)) {
        if (diagnostics.error_count() == errors_before) {
            diagnostics.error(m_csv.path(), 1, 1,
                              m_csv.empty() ? "empty file (expected a header row)"
                                            : "no header row (the file holds only blank lines and comments)");
        }
        return;
    }
    std::vector<std::string> names;
    for (const ColumnSpec& c : m_columns)
        names.emplace_back(c.name);
    m_width = m_record.fields.size();
    m_header_line = m_record.line;
    for (std::size_t f = 0; f < m_width; ++f) {
        const std::string_view name = m_record.fields[f];
        const int column = static_cast<int>(f) + 1;
        std::size_t spec = 0;
        while (spec < m_columns.size() && m_columns[spec].name != name)
            ++spec;
        if (spec == m_columns.size()) {
            if (others == OtherColumns::ignore) continue;
            auto hint = closest_match(name, names);
            for (const auto& n : names)
                if (to_lower(name) == n) hint = n;
            diagnostics.warning(m_csv.path(), m_record.line, column,
                                name.empty() ? std::string("unnamed column ignored")
                                : hint ? fmt::format("unknown column '{}' ignored (did you mean '{}'?)", name, *hint)
                                       : fmt::format("unknown column '{}' ignored", name));
        } else if (m_position[spec] >= 0) {
            diagnostics.error(m_csv.path(), m_record.line, column,
                              fmt::format("duplicate column '{}' (also column {})", name, m_position[spec] + 1));
        } else {
            m_position[spec] = static_cast<int>(f);
        }
    }
    for (std::size_t spec = 0; spec < m_columns.size(); ++spec) {
        if (m_columns[spec].required && m_position[spec] < 0) {
            diagnostics.error(m_csv.path(), m_record.line, 1,
                              fmt::format("missing required column '{}'", m_columns[spec].name));
        }
    }
    m_ok = diagnostics.error_count() == errors_before;
}

bool TableReader::next()
{
    if (!m_ok) return false;
    while (m_csv.next(m_record)) {
        ++m_rows;
        const std::size_t n = m_record.fields.size();
        if (n == m_width) return true;
        // Point at the first missing field, or the first one too many.
        const int column = static_cast<int>(std::min(n, m_width)) + 1;
        m_diagnostics.error(m_csv.path(), m_record.line, column,
                            fmt::format("row has {} field{}; the header has {}", n, n == 1 ? "" : "s", m_width));
    }
    if (m_rows == 0 && !m_csv.stopped() && !m_warned_empty) {
        m_diagnostics.warning(m_csv.path(), 0, 0, "no rows after the header");
        m_warned_empty = true;
    }
    return false;
}

std::string_view TableReader::get(std::size_t spec) const
{
    const int p = m_position[spec];
    return p < 0 ? std::string_view{} : m_record.fields[static_cast<std::size_t>(p)];
}

void TableReader::error(std::size_t spec, std::string message)
{
    const int p = m_position[spec];
    const int line = p < 0 ? m_record.line : m_record.lines[static_cast<std::size_t>(p)];
    m_diagnostics.error(m_csv.path(), line, p + 1, std::move(message));
}

} // namespace entente::io
