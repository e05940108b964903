#pragma once
// The bytes of an input, streamed: a plain file, a gzip file (recognised by
// its first bytes, whatever its name), or standard input (plain or gzip).
#include <cstddef>
#include <memory>
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
    /// on a read error or corrupt gzip data.
    std::size_t read(char* buffer, std::size_t size);
    /// The path as given, or `(standard input)`.
    [[nodiscard]] const std::string& name() const { return m_name; }
    /// Whether the input is gzip-compressed.
    [[nodiscard]] bool compressed() const { return m_gzip != nullptr; }

private:
    std::string m_name;
    int m_fd = -1;
    bool m_owns_fd = false;
    void* m_gzip = nullptr; ///< a zlib gzFile when the input is compressed
};

} // namespace entente::io
