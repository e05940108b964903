#pragma once
// Lines of a ByteSource, as views into a buffer: LF, CRLF or CR-only line
// ends (old Mac files, as some Correlates of War files still are), no
// quoting. A UTF-8 byte-order mark before the first line is dropped. Lines
// are not copied; the view is valid until the next call.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "io/byte_source.hpp"

namespace entente::io {

class LineReader {
public:
    /// Longest line accepted, in bytes.
    static constexpr std::size_t k_max_line_bytes = std::size_t{1} << 26;

    explicit LineReader(ByteSource& source, std::size_t buffer_bytes = std::size_t{1} << 20);

    /// The next line without its line end; false at the end of the input.
    /// Throws InputError for a line longer than k_max_line_bytes, and for an
    /// input that cannot be read further (naming the line being read).
    bool next(std::string_view& line);
    /// The number of the line last returned, from 1.
    [[nodiscard]] std::uint64_t line_number() const { return m_line; }
    /// Bytes read from the source so far.
    [[nodiscard]] std::uint64_t bytes() const { return m_bytes; }

private:
    /// Moves the unread bytes to the front and reads more; false when nothing more came.
    bool refill();

    ByteSource& m_source;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_size = 0;
    std::uint64_t m_line = 0;
    std::uint64_t m_bytes = 0;
    bool m_eof = false;
    bool m_skip_lf = false; ///< the last line ended with CR: a LF right after it belongs to it
};

} // namespace entente::io
