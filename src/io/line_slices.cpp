#include "io/line_slices.hpp"

#include <algorithm>
#include <cstring>

namespace entente::io {

namespace {

/// The offset just after the first LF at or after `from`, or `size` when there is none.
std::uint64_t after_next_lf(const ByteSource& file, std::uint64_t from, std::uint64_t size)
{
    char block[4096];
    while (from < size) {
        const std::size_t got =
            file.read_at(from, block, static_cast<std::size_t>(std::min<std::uint64_t>(sizeof block, size - from)));
        if (got == 0) break;
        if (const void* lf = std::memchr(block, '\n', got)) return from + (static_cast<const char*>(lf) - block) + 1;
        from += got;
    }
    return size;
}

} // namespace

std::vector<ByteRange> line_slices(const ByteSource& file, std::uint64_t from, std::uint64_t size, std::size_t count)
{
    std::vector<ByteRange> slices;
    std::uint64_t begin = from;
    for (std::size_t k = 1; k <= count && begin < size; ++k) {
        const std::uint64_t nominal = from + (size - from) * k / count;
        const std::uint64_t end = k == count ? size : after_next_lf(file, std::max(nominal, begin + 1) - 1, size);
        slices.push_back({begin, end});
        begin = end;
    }
    return slices;
}

SliceLines::SliceLines(const ByteSource& file, ByteRange range, std::size_t buffer_bytes)
    : m_file(file), m_offset(range.begin), m_end(range.end), m_buffer(buffer_bytes)
{
}

void SliceLines::refill()
{
    std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_size - m_pos);
    m_size -= m_pos;
    m_pos = 0;
    if (m_size == m_buffer.size()) m_buffer.resize(2 * m_buffer.size()); // a line longer than the buffer
    const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(m_buffer.size() - m_size, m_end - m_offset));
    const std::size_t got = m_file.read_at(m_offset, m_buffer.data() + m_size, want);
    m_offset += got;
    m_size += got;
    if (got == 0) m_end = m_offset; // the file is shorter than when it was sliced
}

} // namespace entente::io
