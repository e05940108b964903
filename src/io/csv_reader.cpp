#include "io/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <fmt/format.h>

#include "core/text.hpp"
#include "io/byte_scan.hpp"

namespace entente::io {
namespace {

/// The bytes that end a plain field or make a record need the general decoder.
constexpr std::array<bool, 128> k_special = [] {
    std::array<bool, 128> special{};
    special[','] = special['\n'] = special['\r'] = special['"'] = special[0] = true;
    return special;
}();

} // namespace

CsvReader::CsvReader(std::istream& in, std::string path, Diagnostics& diagnostics, std::size_t buffer_bytes)
    : m_in(in), m_path(std::move(path)), m_diagnostics(diagnostics),
      m_buffer(std::clamp<std::size_t>(buffer_bytes, 4, k_max_record_bytes)) // 4: room to see a byte-order mark
{
}

void CsvReader::refill()
{
    const std::size_t pending = m_size - m_pos;
    if (m_pos != 0 && pending != 0) std::memmove(m_buffer.data(), m_buffer.data() + m_pos, pending);
    m_pos = 0;
    m_size = pending;
    if (m_eof || m_size == m_buffer.size()) return;
    m_in.read(m_buffer.data() + m_size, static_cast<std::streamsize>(m_buffer.size() - m_size));
    const auto got = static_cast<std::size_t>(m_in.gcount());
    m_size += got;
    if (got == 0) m_eof = true;
}

int CsvReader::peek()
{
    if (m_pos == m_size) {
        refill();
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

void CsvReader::check_utf8(std::string_view field, int line, int column)
{
    const std::size_t bad = first_invalid_utf8(field);
    if (bad != std::string_view::npos) {
        m_diagnostics.error(m_path, line, column,
                            fmt::format("invalid UTF-8 (byte 0x{:02X} at offset {} of the field)",
                                        static_cast<unsigned char>(field[bad]), bad));
    }
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
        if (c == '#') {
            skip_line();
            continue;
        }
        if (c == '\n') {
            get();
            ++m_line;
            continue;
        }
        if (c == '\r') {
            get();
            if (peek() == '\n') get();
            ++m_line;
            continue;
        }
        break;
    }
    record.line = m_line;
    return next_plain(record) || next_general(record);
}

bool CsvReader::next_plain(CsvRecord& record)
{
    for (;;) {
        const char* const begin = m_buffer.data() + m_pos;
        const char* const end = m_buffer.data() + m_size;
        record.fields.clear();
        const char* field = begin;
        const char* p = begin;
        bool ascii = true;
        bool stop = false; // at a line end
        if constexpr (k_little_endian) {
            // 8 bytes at a time: most words of a row hold a comma or two.
            while (end - p >= 8) {
                const std::uint64_t word = load_word(p);
                if ((word & 0x8080808080808080ULL) != 0) ascii = false; // maybe past the line end: only slower
                std::uint64_t found = bytes_equal(word, ',') | bytes_equal(word, '\n') | bytes_equal(word, '\r') |
                                      bytes_equal(word, '"') | bytes_equal(word, 0);
                for (; found != 0; found &= found - 1) {
                    const char* at = p + first_marked_byte(found);
                    if (*at == ',') {
                        record.fields.emplace_back(field, static_cast<std::size_t>(at - field));
                        field = at + 1;
                        continue;
                    }
                    if (*at == '"' || *at == 0) return false;
                    p = at;
                    stop = true;
                    break;
                }
                if (stop) break;
                p += 8;
            }
        }
        for (; !stop && p != end; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c >= 0x80) {
                ascii = false;
                continue;
            }
            if (!k_special[c]) continue;
            if (c == ',') {
                record.fields.emplace_back(field, static_cast<std::size_t>(p - field));
                field = p + 1;
                continue;
            }
            if (c == '"' || c == 0) return false;
            break; // a line end
        }
        // A line end, or the end of the input; a CRLF may straddle the buffer's end.
        const bool line_end = p != end && !(*p == '\r' && p + 1 == end && !m_eof);
        if (line_end || (p == end && m_eof)) {
            record.fields.emplace_back(field, static_cast<std::size_t>(p - field));
            std::size_t consumed = static_cast<std::size_t>(p - begin);
            if (line_end) {
                ++consumed;
                if (*p == '\r' && p + 1 != end && p[1] == '\n') ++consumed;
            }
            record.lines.assign(record.fields.size(), m_line);
            if (!ascii) {
                for (std::size_t f = 0; f < record.fields.size(); ++f)
                    check_utf8(record.fields[f], m_line, static_cast<int>(f) + 1);
            }
            m_pos += consumed;
            if (line_end) ++m_line;
            return true;
        }
        if (m_pos == 0 && m_size == m_buffer.size()) return false; // longer than the buffer
        refill();
    }
}

bool CsvReader::next_general(CsvRecord& record)
{
    m_storage.clear();
    m_spans.clear();
    record.lines.clear();
    std::size_t bytes = 0;
    for (;;) { // one field per iteration
        const std::size_t start = m_storage.size();
        const int field_line = m_line;
        const int column = static_cast<int>(m_spans.size()) + 1;
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
                    if (peek() == '"') {
                        get();
                        m_storage += '"';
                        continue;
                    }
                    break;
                }
                if (c == 0) {
                    fail(m_line, column, "NUL byte in file (is it binary or UTF-16?)");
                    return false;
                }
                if (c == '\n' || (c == '\r' && peek() != '\n')) ++m_line;
                m_storage += static_cast<char>(c);
                if (++bytes > k_max_record_bytes) {
                    fail(record.line, column, fmt::format("record longer than {} bytes", k_max_record_bytes));
                    return false;
                }
            }
            const int after = peek();
            if (after == ',')
                get();
            else if (after < 0 || after == '\n' || after == '\r')
                end_of_record = true;
            else {
                m_diagnostics.error(m_path, m_line, column,
                                    "unexpected text after a closing quote (a quote inside a quoted field is "
                                    "written twice: \"\")");
                while (peek() >= 0 && peek() != ',' && peek() != '\n' && peek() != '\r')
                    get();
                if (peek() == ',')
                    get();
                else
                    end_of_record = true;
            }
        } else {
            for (;;) {
                const int c = peek();
                if (c < 0 || c == '\n' || c == '\r') {
                    end_of_record = true;
                    break;
                }
                get();
                if (c == ',') break;
                if (c == 0) {
                    fail(m_line, column, "NUL byte in file (is it binary or UTF-16?)");
                    return false;
                }
                if (c == '"') {
                    m_diagnostics.error(m_path, m_line, column,
                                        "quote inside an unquoted field (quote the whole field and write the quote "
                                        "twice)");
                }
                m_storage += static_cast<char>(c);
                if (++bytes > k_max_record_bytes) {
                    fail(record.line, column, fmt::format("record longer than {} bytes", k_max_record_bytes));
                    return false;
                }
            }
        }
        check_utf8(std::string_view(m_storage).substr(start), field_line, column);
        m_spans.emplace_back(start, m_storage.size() - start);
        record.lines.push_back(field_line);
        if (end_of_record) break;
    }
    // Consume the line end.
    const int c = get();
    if (c == '\r' && peek() == '\n') get();
    if (c >= 0) ++m_line;

    record.fields.clear();
    for (const auto& [offset, length] : m_spans)
        record.fields.emplace_back(m_storage.data() + offset, length);
    return true;
}

} // namespace entente::io
