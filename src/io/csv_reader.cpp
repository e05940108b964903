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
    if (got == 0)
        m_eof = true;
    else
        m_saw_bytes = true;
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
    new_line();
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

void CsvReader::fail(int line, int column, std::string message)
{
    m_diagnostics.error(m_path, line, column, std::move(message));
    m_stopped = true;
}

void CsvReader::check_utf8(std::size_t start, int line, int column)
{
    const std::string_view field = std::string_view(m_storage).substr(start);
    const std::size_t bad = first_invalid_utf8(field);
    if (bad == std::string_view::npos) return;
    m_diagnostics.error(m_path, line, column,
                        fmt::format("invalid UTF-8 (byte 0x{:02X} at offset {} of the field)",
                                    static_cast<unsigned char>(field[bad]), bad));
    // Later messages quote the field; they print U+FFFD instead of broken bytes.
    m_storage.replace(start, std::string::npos, replace_invalid_utf8(field));
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
        if constexpr (k_byte_blocks) {
            // A ByteBlock at a time: most blocks of a row hold a comma or two.
            while (static_cast<std::size_t>(end - p) >= ByteBlock::k_size) {
                const ByteBlock block(p);
                if (block.high() != 0) ascii = false; // maybe past the line end: only slower
                for (ByteBlock::Mask found = block.equal_to_any(',', '\n', '\r', '"', '\0'); found != 0;
                     found &= found - 1) {
                    const char* at = p + ByteBlock::first(found);
                    if (*at == ',') {
                        if (record.fields.size() + 1 == k_max_fields) return false;
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
                p += ByteBlock::k_size;
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
                if (record.fields.size() + 1 == k_max_fields) return false;
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
            // Invalid UTF-8 is reported and replaced by the general decoder.
            if (!ascii && std::any_of(record.fields.begin(), record.fields.end(), [](std::string_view f) {
                    return first_invalid_utf8(f) != std::string_view::npos;
                }))
                return false;
            record.lines.assign(record.fields.size(), m_line);
            m_pos += consumed;
            return !line_end || new_line();
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
    bool end_of_record = false;
    while (!end_of_record) {
        if (m_spans.size() == k_max_fields) {
            fail(record.line, static_cast<int>(k_max_fields) + 1,
                 fmt::format("record has more than {} fields; reading stops here", k_max_fields));
            return false;
        }
        const std::size_t start = m_storage.size();
        const int field_line = m_line;
        const int column = static_cast<int>(m_spans.size()) + 1;
        if (!read_field(record.line, bytes, end_of_record)) return false;
        check_utf8(start, field_line, column);
        m_spans.emplace_back(start, m_storage.size() - start);
        record.lines.push_back(field_line);
    }
    // Consume the line end.
    const int c = get();
    if (c == '\r' && peek() == '\n') get();
    if (c >= 0 && !new_line()) return false;

    record.fields.clear();
    for (const auto& [offset, length] : m_spans)
        record.fields.emplace_back(m_storage.data() + offset, length);
    return true;
}

bool CsvReader::read_field(int record_line, std::size_t& bytes, bool& end_of_record)
{
    const int column = static_cast<int>(m_spans.size()) + 1;
    const bool quoted = peek() == '"';
    // Every byte of the record counts, separators included, so that no
    // input (a megabyte of commas) grows a record past the limit.
    auto take = [&] {
        if (++bytes <= k_max_record_bytes) return true;
        fail(record_line, column,
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
            m_storage += static_cast<char>(c);
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
        m_storage += static_cast<char>(c);
    }
}

} // namespace entente::io
