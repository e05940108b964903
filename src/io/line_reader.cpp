#include "io/line_reader.hpp"

#include <cstring>
#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente::io {

LineReader::LineReader(ByteSource& source, std::size_t buffer_bytes)
    : m_source(source), m_buffer(std::max<std::size_t>(buffer_bytes, 2))
{
}

bool LineReader::refill()
{
    if (m_eof) return false;
    const std::size_t pending = m_size - m_pos;
    if (m_pos != 0 && pending != 0) std::memmove(m_buffer.data(), m_buffer.data() + m_pos, pending);
    m_pos = 0;
    m_size = pending;
    if (m_size == m_buffer.size()) {
        if (m_buffer.size() >= k_max_line_bytes)
            throw InputError(
                fmt::format("{}:{}: line longer than {} bytes", m_source.name(), m_line + 1, k_max_line_bytes));
        m_buffer.resize(m_buffer.size() * 2);
    }
    const std::size_t got = m_source.read(m_buffer.data() + m_size, m_buffer.size() - m_size, m_line + 1);
    m_size += got;
    m_bytes += got;
    if (got == 0) m_eof = true;
    return got != 0;
}

bool LineReader::next(std::string_view& line)
{
    std::size_t scanned = 0; // bytes after m_pos known to hold no line end
    for (;;) {
        if (m_skip_lf && m_pos < m_size) {
            if (m_buffer[m_pos] == '\n') ++m_pos;
            m_skip_lf = false;
        }
        const char* const begin = m_buffer.data() + m_pos;
        const std::size_t available = m_size - m_pos;
        // Most files end lines with LF: look for it with memchr, then for a CR before it.
        const char* end = static_cast<const char*>(std::memchr(begin + scanned, '\n', available - scanned));
        const char* cr = static_cast<const char*>(std::memchr(
            begin + scanned, '\r', static_cast<std::size_t>((end ? end : begin + available) - begin) - scanned));
        if (cr) end = cr;
        if (end) {
            line = std::string_view(begin, static_cast<std::size_t>(end - begin));
            m_pos += line.size() + 1;
            if (m_line == 0 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3); // a UTF-8 byte-order mark
            m_skip_lf = *end == '\r';
            ++m_line;
            return true;
        }
        scanned = available;
        if (!refill()) {
            if (m_size == m_pos) return false;
            line = std::string_view(m_buffer.data() + m_pos, m_size - m_pos); // a last line without line end
            if (m_line == 0 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
            m_pos = m_size;
            ++m_line;
            return true;
        }
    }
}

} // namespace entente::io
