#include "io/csv_reader.hpp"

#include <fmt/format.h>

#include "core/text.hpp"

namespace entente::io {

CsvReader::CsvReader(std::istream& in, std::string path, Diagnostics& diagnostics)
    : m_in(in), m_path(std::move(path)), m_diagnostics(diagnostics)
{
}

int CsvReader::peek()
{
    if (m_pos == m_size) {
        m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
        m_size = static_cast<std::size_t>(m_in.gcount());
        m_pos = 0;
        if (m_size == 0) return -1;
    }
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) ++m_pos;
    return c;
}

void CsvReader::skip_line()
{
    for (int c = get(); c >= 0; c = get()) {
        if (c == '\n') break;
        if (c == '\r') {
            if (peek() == '\n') get();
            break;
        }
    }
    ++m_line;
}

void CsvReader::fail(int line, int column, std::string message)
{
    m_diagnostics.error(m_path, line, column, std::move(message));
    m_stopped = true;
}

bool CsvReader::next(CsvRecord& record)
{
    if (m_stopped) return false;
    if (!m_started) {
        m_started = true;
        peek(); // fills the buffer so the first bytes can be inspected
        auto byte = [&](std::size_t i) { return i < m_size ? static_cast<unsigned char>(m_buffer[i]) : -1; };
        if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF)) {
            fail(1, 1, "file is UTF-16; save it as UTF-8");
            return false;
        }
        if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) m_pos = 3; // UTF-8 byte-order mark
    }

    // Skip blank lines and comment lines between records.
    for (;;) {
        const int c = peek();
        if (c < 0) return false;
        if (c == '#') { skip_line(); continue; }
        if (c == '\n') { get(); ++m_line; continue; }
        if (c == '\r') { get(); if (peek() == '\n') get(); ++m_line; continue; }
        break;
    }

    record.fields.clear();
    record.lines.clear();
    record.line = m_line;
    std::size_t bytes = 0;
    std::string field;
    for (;;) { // one field per iteration
        field.clear();
        const int field_line = m_line;
        const int column = static_cast<int>(record.fields.size()) + 1;
        bool end_of_record = false;
        if (peek() == '"') {
            get();
            for (;;) {
                const int c = get();
                if (c < 0) {
                    fail(field_line, column, "unterminated quoted field (the quote opened here is never closed)");
                    return false;
                }
                if (c == '"') {
                    if (peek() == '"') { get(); field += '"'; continue; }
                    break;
                }
                if (c == 0) { fail(m_line, column, "NUL byte in file (is it binary or UTF-16?)"); return false; }
                if (c == '\n' || (c == '\r' && peek() != '\n')) ++m_line;
                field += static_cast<char>(c);
                if (++bytes > k_max_record_bytes) {
                    fail(record.line, column, fmt::format("record longer than {} bytes", k_max_record_bytes));
                    return false;
                }
            }
            const int after = peek();
            if (after == ',') get();
            else if (after < 0 || after == '\n' || after == '\r') end_of_record = true;
            else {
                m_diagnostics.error(m_path, m_line, column,
                                    "unexpected text after a closing quote (a quote inside a quoted field is "
                                    "written twice: \"\")");
                while (peek() >= 0 && peek() != ',' && peek() != '\n' && peek() != '\r') get();
                if (peek() == ',') get();
                else end_of_record = true;
            }
        } else {
            for (;;) {
                const int c = peek();
                if (c < 0 || c == '\n' || c == '\r') { end_of_record = true; break; }
                get();
                if (c == ',') break;
                if (c == 0) { fail(m_line, column, "NUL byte in file (is it binary or UTF-16?)"); return false; }
                if (c == '"') {
                    m_diagnostics.error(m_path, m_line, column,
                                        "quote inside an unquoted field (quote the whole field and write the quote "
                                        "twice)");
                }
                field += static_cast<char>(c);
                if (++bytes > k_max_record_bytes) {
                    fail(record.line, column, fmt::format("record longer than {} bytes", k_max_record_bytes));
                    return false;
                }
            }
        }
        const std::size_t bad = first_invalid_utf8(field);
        if (bad != std::string::npos) {
            m_diagnostics.error(m_path, field_line, column,
                                fmt::format("invalid UTF-8 (byte 0x{:02X} at offset {} of the field)",
                                            static_cast<unsigned char>(field[bad]), bad));
        }
        record.fields.push_back(field);
        record.lines.push_back(field_line);
        if (end_of_record) break;
    }
    // Consume the line end.
    const int c = get();
    if (c == '\r' && peek() == '\n') get();
    if (c >= 0) ++m_line;
    return true;
}

} // namespace entente::io
