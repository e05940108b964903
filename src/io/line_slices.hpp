#pragma once
// A plain file cut into slices that begin and end at line starts, so that
// several threads can each read the lines of one slice.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "io/byte_scan.hpp"
#include "io/byte_source.hpp"

namespace entente::io {

/// Bytes [begin, end) of a file.
struct ByteRange {
    std::uint64_t begin = 0, end = 0;
};

/// Cuts bytes [from, size) of a plain file into at most `count` slices of
/// about equal size, each ending just after a LF (or at the end of the file).
/// Fewer slices when the lines are longer than a slice.
std::vector<ByteRange> line_slices(const ByteSource& file, std::uint64_t from, std::uint64_t size, std::size_t count);

/// The lines of one slice with LF or CRLF line ends, split into fields as
/// they are found: line ends and separators in one scan, a ByteBlock at a
/// time, which also notes where bytes past ASCII are.
/// Lines holding a lone CR, a double quote or a NUL byte are refused (callers
/// that must honour CR-only line ends or quoted CSV fields, or report NUL
/// bytes, read those files in one pass).
class SliceLines {
public:
    SliceLines(const ByteSource& file, ByteRange range, std::size_t buffer_bytes = std::size_t{1} << 16);

    /// Calls on_row(line, field_count, ascii) for each line, with the line's
    /// fields split at `separator` into `fields` (views valid during the call;
    /// at most fields.size() stored, field_count is the true count); `ascii`
    /// true says the line holds no byte past 0x7F (false: it may). True at the end
    /// of the slice; false when on_row returned false, or at a line longer than
    /// `max_line` bytes or holding a lone CR, a double quote or a NUL byte
    /// (then refused() is true).
    template <class OnRow>
    bool for_each_row(char separator, std::span<std::string_view> fields, std::size_t max_line, OnRow&& on_row);

    [[nodiscard]] bool refused() const { return m_refused; }
    /// Where `line` (as on_row received it) starts in the file.
    [[nodiscard]] std::uint64_t offset_of(std::string_view line) const
    {
        return m_offset - m_size + static_cast<std::uint64_t>(line.data() - m_buffer.data());
    }

private:
    /// Moves the unread bytes to the front, grows a full buffer, reads more of the slice.
    void refill();

    const ByteSource& m_file;
    std::uint64_t m_offset; ///< next byte of the file to read
    std::uint64_t m_end;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0, m_size = 0;
    bool m_refused = false;
};

template <class OnRow>
bool SliceLines::for_each_row(char separator, std::span<std::string_view> fields, std::size_t max_line, OnRow&& on_row)
{
    for (;;) {
        const char* line = m_buffer.data() + m_pos;
        const char* field = line;
        const char* const end = m_buffer.data() + m_size;
        const bool last = m_offset == m_end; // the buffer holds the rest of the slice
        std::size_t count = 0, carriage_returns = 0;
        // Just after the last byte past ASCII seen: the lines before it are plain ASCII.
        const char* after_high = line;
        // Ends the line at `at` (its LF, or the end of the slice); false to stop.
        const auto end_line = [&](const char* at) {
            const char* stop = at;
            if (stop != line && stop[-1] == '\r') {
                --stop;
                --carriage_returns;
            }
            if (carriage_returns != 0 || static_cast<std::size_t>(stop - line) > max_line) {
                m_refused = true;
                return false;
            }
            if (count < fields.size()) fields[count] = std::string_view(field, static_cast<std::size_t>(stop - field));
            if (!on_row(std::string_view(line, static_cast<std::size_t>(stop - line)), count + 1, after_high <= line))
                return false;
            line = field = at + 1;
            count = 0;
            return true;
        };
        // Handles the separator, CR or LF at `at`; false to stop.
        const auto mark = [&](const char* at) {
            if (*at == separator) {
                if (count < fields.size())
                    fields[count] = std::string_view(field, static_cast<std::size_t>(at - field));
                ++count;
                field = at + 1;
                return true;
            }
            if (*at == '\r') {
                ++carriage_returns;
                return true;
            }
            if (*at == '"' || *at == '\0') {
                m_refused = true;
                return false;
            }
            return end_line(at);
        };
        const char* p = line;
        if constexpr (k_byte_blocks) {
            for (; static_cast<std::size_t>(end - p) >= ByteBlock::k_size; p += ByteBlock::k_size) {
                const ByteBlock block(p);
                // Before the marks: a line ending in this block may hold its high byte.
                if (const ByteBlock::Mask high = block.high(); high != 0) after_high = p + ByteBlock::last(high) + 1;
                for (ByteBlock::Mask marks = block.equal_to_any(separator, '\n', '\r', '"', '\0'); marks != 0;
                     marks &= marks - 1)
                    if (!mark(p + ByteBlock::first(marks))) return false;
            }
        }
        for (; p != end; ++p) {
            if (static_cast<unsigned char>(*p) >= 0x80) after_high = p + 1;
            if ((*p == separator || *p == '\n' || *p == '\r' || *p == '"' || *p == '\0') && !mark(p)) return false;
        }
        m_pos = static_cast<std::size_t>(line - m_buffer.data());
        if (last) return line == end || end_line(end); // a last line without a line end
        if (static_cast<std::size_t>(end - line) > max_line) {
            m_refused = true;
            return false;
        }
        refill();
    }
}

} // namespace entente::io
