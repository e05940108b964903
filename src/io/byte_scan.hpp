#pragma once
// Finding given bytes a block at a time (ByteBlock: 16 bytes with SSE2, else
// 8 in a 64-bit word), for the readers' hot loops: the CSV reader, the
// parallel reader's lines, the importers' fields (a branch per byte cost more
// than the rest of a row's parsing).
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace entente::io {

/// Whether words read from memory have their first byte lowest (the byte scans need it).
inline constexpr bool k_little_endian = std::endian::native == std::endian::little;

/// The next 8 bytes at `p` as a word.
inline std::uint64_t load_word(const char* p)
{
    std::uint64_t word = 0;
    std::memcpy(&word, p, sizeof word);
    return word;
}

/// The high bit of each byte of `word` equal to `byte`, no other bit (exact:
/// no carry runs between bytes).
inline std::uint64_t bytes_equal(std::uint64_t word, unsigned char byte)
{
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7FULL;
    const std::uint64_t x = word ^ (0x0101010101010101ULL * byte);
    return ~(((x & low7) + low7) | x | low7);
}

/// The offset in its word of the byte a bytes_equal() mask's lowest bit marks.
inline int first_marked_byte(std::uint64_t mask)
{
    return std::countr_zero(mask) / 8;
}

/// A block of bytes looked at all at once: 16 in a register with SSE2 (every
/// x86-64), else 8 in a word. Its masks hold a bit a byte, the first byte's
/// lowest: a 16-byte compare costs what an 8-byte word's costs, and the scans
/// of the readers spend most of their time finding bytes. Needs
/// k_little_endian without SSE2.
class ByteBlock {
public:
#if defined(__SSE2__)
    static constexpr std::size_t k_size = 16;
    using Mask = std::uint32_t;

    explicit ByteBlock(const char* p) : m_bytes(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))) {}

    /// The bytes equal to any of `bytes`.
    template <class... Bytes> [[nodiscard]] Mask equal_to_any(Bytes... bytes) const
    {
        return static_cast<Mask>(
            _mm_movemask_epi8((_mm_cmpeq_epi8(m_bytes, _mm_set1_epi8(static_cast<char>(bytes))) | ...)));
    }
    /// The bytes at or above 0x80.
    [[nodiscard]] Mask high() const
    {
        return static_cast<Mask>(_mm_movemask_epi8(m_bytes));
    }
    /// The offset of the first byte a mask marks.
    static int first(Mask mask)
    {
        return std::countr_zero(mask);
    }
    /// The offset of the last byte a mask marks.
    static int last(Mask mask)
    {
        return 31 - std::countl_zero(mask);
    }

private:
    __m128i m_bytes;
#else
    static constexpr std::size_t k_size = 8;
    using Mask = std::uint64_t;

    explicit ByteBlock(const char* p) : m_word(load_word(p)) {}

    template <class... Bytes> [[nodiscard]] Mask equal_to_any(Bytes... bytes) const
    {
        return (bytes_equal(m_word, static_cast<unsigned char>(bytes)) | ...);
    }
    [[nodiscard]] Mask high() const
    {
        return m_word & 0x8080808080808080ULL;
    }
    static int first(Mask mask)
    {
        return first_marked_byte(mask);
    }
    static int last(Mask mask)
    {
        return (63 - std::countl_zero(mask)) / 8;
    }

private:
    std::uint64_t m_word;
#endif
};

/// Whether the scans may read bytes a ByteBlock at a time here.
#if defined(__SSE2__)
inline constexpr bool k_byte_blocks = true;
#else
inline constexpr bool k_byte_blocks = k_little_endian;
#endif

} // namespace entente::io
