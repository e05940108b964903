#pragma once
// The bytes of an input, streamed: a plain file, a gzip file (recognised by
// its first bytes, whatever its name), or standard input (plain or gzip).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace entente::io {

class ByteSource {
public:
    /// Opens `path`, or standard input when it is `-`. Throws InputError
    /// (`path: no such file`, `path: cannot read: ...`).
    explicit ByteSource(const std::string& path);
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;
    ~ByteSource();

    /// Reads up to `size` bytes into `buffer`; 0 at the end. Throws InputError
    /// on a read error or corrupt or truncated gzip data, naming `line` (the
    /// line being read, from 1) after the path when it is not 0.
    std::size_t read(char* buffer, std::size_t size, std::uint64_t line = 0);
    /// The path as given, or `(standard input)`.
    [[nodiscard]] const std::string& name() const { return m_name; }
    /// Whether the input is gzip-compressed.
    [[nodiscard]] bool compressed() const { return m_gzip != nullptr; }
    /// The size in bytes of a plain (uncompressed) regular file, which can be
    /// read at any offset with read_at; none for gzip, pipes and standard input.
    [[nodiscard]] std::optional<std::uint64_t> plain_size() const;
    /// Reads up to `size` bytes at `offset` of a plain file, safe from several
    /// threads at once and independent of read(); 0 at the end.
    std::size_t read_at(std::uint64_t offset, char* buffer, std::size_t size) const;

private:
    std::string m_name;
    int m_fd = -1;
    bool m_owns_fd = false;
    void* m_gzip = nullptr; ///< a zlib gzFile when the input is compressed
};

} // namespace entente::io
