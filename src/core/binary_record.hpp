#pragma once
// Plain values and arrays of them in bytes, for files this executable writes
// and reads back itself (the reading cache, cli/reading_cache.hpp): the
// bytes are the values' own, so a reader must check that the writer was the
// same build. The reader never reads past its bytes: a short or damaged
// file makes it fail, and every later read gives nothing.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace entente {

/// Writes values to a stream, as they come: an entry of tens of megabytes
/// is never held whole.
class BinaryWriter {
public:
    explicit BinaryWriter(std::ostream& out) : m_out(out) {}

    template <class T> void put(const T& value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        m_out.write(reinterpret_cast<const char*>(&value), sizeof value);
    }
    /// The count, then the values.
    template <class T> void put_all(std::span<const T> values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        put<std::uint64_t>(values.size());
        if (!values.empty()) // an empty span's data() may be null
            m_out.write(reinterpret_cast<const char*>(values.data()),
                        static_cast<std::streamsize>(values.size_bytes()));
    }
    template <class T> void put_all(const std::vector<T>& values) { put_all(std::span<const T>(values)); }
    void put_text(std::string_view text) { put_all(std::span<const char>(text.data(), text.size())); }

private:
    std::ostream& m_out;
};

class BinaryReader {
public:
    explicit BinaryReader(std::string_view bytes) : m_bytes(bytes) {}

    /// The next value; a zero value once the bytes ran out (then ok() is false).
    template <class T> T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T value{};
        if (take(sizeof value)) std::memcpy(&value, m_bytes.data() + m_at - sizeof value, sizeof value);
        return value;
    }
    /// Values written by put_all; empty once the bytes ran out.
    template <class T> std::vector<T> get_all()
    {
        std::vector<T> values;
        get_all(values);
        return values;
    }
    /// The same into `values`, a vector with an allocator of its own.
    template <class T, class Allocator> void get_all(std::vector<T, Allocator>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        values.clear();
        const auto count = get<std::uint64_t>();
        if (!ok() || count > (m_bytes.size() - m_at) / sizeof(T)) {
            m_ok = false;
            return;
        }
        values.resize(count);
        if (count > 0) // an empty vector's data() may be null, which memcpy must not be given
            std::memcpy(values.data(), m_bytes.data() + m_at, count * sizeof(T));
        m_at += count * sizeof(T);
    }
    /// The bytes not read yet.
    [[nodiscard]] std::size_t left() const { return m_bytes.size() - m_at; }
    std::string get_text()
    {
        const std::vector<char> chars = get_all<char>();
        return {chars.begin(), chars.end()};
    }
    /// Every read so far found its bytes.
    [[nodiscard]] bool ok() const { return m_ok; }
    /// Every byte was read, and found.
    [[nodiscard]] bool at_end() const { return m_ok && m_at == m_bytes.size(); }
    /// Marks the bytes as not what was expected: every later read gives nothing.
    void fail() { m_ok = false; }

private:
    bool take(std::size_t n)
    {
        if (!m_ok || m_bytes.size() - m_at < n) return m_ok = false;
        m_at += n;
        return true;
    }

    std::string_view m_bytes;
    std::size_t m_at = 0;
    bool m_ok = true;
};

} // namespace entente
