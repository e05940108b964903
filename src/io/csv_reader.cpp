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
        m_saw_bytes = true;
    }
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) ++m_pos;
    return c;
}

bool CsvReader::new_line()
{
    if (m_line >= k_max_lines) {
        fail(m_line, 1, fmt::format("file longer than {} lines; reading stops here", k_max_lines));
        return false;
    }
    ++m_line;
    return true;
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
    new_line();
}

void CsvReader::fail(int line, int column, std::string message)
{
    m_diagnostics.error(m_path, line, column, std::move(message));
    m_stopped = true;
}

bool CsvReader::check_start()
{
    m_started = true;
    peek(); // fills the buffer so the first bytes can be inspected
    auto byte = [&](std::size_t i) { return i < m_size ? static_cast<unsigned char>(m_buffer[i]) : -1; };
    if ((byte(0) == 0xFF && byte(1) == 0xFE && byte(2) == 0 && byte(3) == 0) ||
        (byte(0) == 0 && byte(1) == 0 && byte(2) == 0xFE && byte(3) == 0xFF)) {
        fail(1, 1, "file is UTF-32; save it as UTF-8");
        return false;
    }
    if ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF)) {
        fail(1, 1, "file is UTF-16; save it as UTF-8");
        return false;
    }
    if (byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
        m_pos = 3;                 // UTF-8 byte-order mark
        m_saw_bytes = peek() >= 0; // a file of a mark alone is empty
    }
    return true;
}

bool CsvReader::read_field(CsvRecord& record, std::string& field, std::size_t& bytes, bool& end_of_record)
{
    const int column = static_cast<int>(record.fields.size()) + 1;
    const bool quoted = peek() == '"';
    // Every byte of the record counts, separators included, so that no
    // input (a megabyte of commas) grows a record past the limit.
    auto take = [&] {
        if (++bytes <= k_max_record_bytes) return true;
        fail(record.line, column,
             quoted ? fmt::format("quoted field runs past {} bytes (1 MiB): is its closing quote missing? reading "
                                  "stops here",
                                  k_max_record_bytes)
                    : fmt::format("record longer than {} bytes (1 MiB); reading stops here", k_max_record_bytes));
        return false;
    };
    auto nul = [&] { fail(m_line, column, "NUL byte in file (is it binary or UTF-16?)"); };

    if (quoted) {
        const int field_line = m_line;
        get();
        if (!take()) return false;
        for (;;) {
            const int c = get();
            if (c < 0) {
                fail(field_line, column, "unterminated quoted field (the quote opened here is never closed)");
                return false;
            }
            if (!take()) return false;
            if (c == '"') {
                if (peek() != '"') break;
                get();
                if (!take()) return false;
            } else if (c == 0) {
                nul();
                return false;
            } else if ((c == '\n' || (c == '\r' && peek() != '\n')) && !new_line()) {
                return false;
            }
            field += static_cast<char>(c);
        }
        const int after = peek();
        if (after == ',') {
            get();
            return take();
        }
        if (after < 0 || after == '\n' || after == '\r') {
            end_of_record = true;
            return true;
        }
        m_diagnostics.error(m_path, m_line, column,
                            "unexpected text after a closing quote (a quote inside a quoted field is written "
                            "twice: \"\")");
        for (int c = peek(); c >= 0 && c != ',' && c != '\n' && c != '\r'; c = peek()) {
            get();
            if (!take()) return false;
            if (c == 0) {
                nul();
                return false;
            }
        }
        if (peek() != ',') {
            end_of_record = true;
            return true;
        }
        get();
        return take();
    }

    bool quote_reported = false; // once a field is enough
    for (;;) {
        const int c = peek();
        if (c < 0 || c == '\n' || c == '\r') {
            end_of_record = true;
            return true;
        }
        get();
        if (!take()) return false;
        if (c == ',') return true;
        if (c == 0) {
            nul();
            return false;
        }
        if (c == '"' && !quote_reported) {
            m_diagnostics.error(m_path, m_line, column,
                                "quote inside an unquoted field (quote the whole field and write the quote twice)");
            quote_reported = true;
        }
        field += static_cast<char>(c);
    }
}

bool CsvReader::next(CsvRecord& record)
{
    if (m_stopped) return false;
    if (!m_started && !check_start()) return false;

    // Skip blank lines and comment lines between records.
    for (;;) {
        const int c = peek();
        if (c < 0) return false;
        if (c == '#') {
            skip_line();
        } else if (c == '\n' || c == '\r') {
            get();
            if (c == '\r' && peek() == '\n') get();
            new_line();
        } else {
            break;
        }
        if (m_stopped) return false;
    }

    record.fields.clear();
    record.lines.clear();
    record.line = m_line;
    std::size_t bytes = 0;
    std::string field;
    bool end_of_record = false;
    while (!end_of_record) {
        if (record.fields.size() == k_max_fields) {
            fail(record.line, static_cast<int>(k_max_fields) + 1,
                 fmt::format("record has more than {} fields; reading stops here", k_max_fields));
            return false;
        }
        field.clear();
        const int field_line = m_line;
        const int column = static_cast<int>(record.fields.size()) + 1;
        if (!read_field(record, field, bytes, end_of_record)) return false;
        const std::size_t bad = first_invalid_utf8(field);
        if (bad != std::string::npos) {
            m_diagnostics.error(m_path, field_line, column,
                                fmt::format("invalid UTF-8 (byte 0x{:02X} at offset {} of the field)",
                                            static_cast<unsigned char>(field[bad]), bad));
            // Later messages quote the field; they print U+FFFD instead of broken bytes.
            field = replace_invalid_utf8(field);
        }
        record.fields.push_back(field);
        record.lines.push_back(field_line);
    }
    // Consume the line end.
    const int c = get();
    if (c == '\r' && peek() == '\n') get();
    if (c >= 0 && !new_line()) return false;
    return true;
}

} // namespace entente::io
