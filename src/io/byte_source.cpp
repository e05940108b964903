#include "io/byte_source.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "core/errors.hpp"

namespace entente::io {
namespace {

gzFile as_gz(void* file)
{
    return static_cast<gzFile>(file);
}

/// Whether the file starts with the gzip magic bytes 1F 8B (the read position is restored).
bool starts_gzip(int fd)
{
    unsigned char magic[2] = {0, 0};
    const ssize_t got = ::pread(fd, magic, sizeof magic, 0);
    return got == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
}

} // namespace

ByteSource::ByteSource(const std::string& path) : m_name(path == "-" ? "(standard input)" : path)
{
    if (path == "-") {
        m_fd = STDIN_FILENO;
        // A pipe cannot be sniffed and rewound: zlib reads plain input as is ("transparent" mode).
        m_gzip = gzdopen(::dup(STDIN_FILENO), "rb");
        if (!m_gzip) throw InputError(fmt::format("{}: cannot read", m_name));
    } else {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) throw InputError(fmt::format("{}: no such file", path));
        if (std::filesystem::is_directory(path, ec))
            throw InputError(fmt::format("{}: is a directory, expected a file", path));
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) throw InputError(fmt::format("{}: cannot read: {}", path, std::strerror(errno)));
        m_owns_fd = true;
        if (starts_gzip(m_fd)) {
            m_gzip = gzdopen(::dup(m_fd), "rb");
            if (!m_gzip) throw InputError(fmt::format("{}: cannot read", path));
        }
    }
    if (m_gzip) gzbuffer(as_gz(m_gzip), 1U << 18);
}

ByteSource::~ByteSource()
{
    if (m_gzip) gzclose(as_gz(m_gzip));
    if (m_owns_fd) ::close(m_fd);
}

std::size_t ByteSource::read(char* buffer, std::size_t size, std::uint64_t line)
{
    const auto where = [&] { return line != 0 ? fmt::format("{}:{}", m_name, line) : m_name; };
    if (m_gzip) {
        const int got = gzread(as_gz(m_gzip), buffer, static_cast<unsigned>(std::min<std::size_t>(size, 1U << 30)));
        if (got < 0) {
            int code = 0;
            const char* message = gzerror(as_gz(m_gzip), &code);
            throw InputError(fmt::format("{}: corrupt gzip data ({})", where(), message));
        }
        if (got == 0) {
            int code = 0;
            gzerror(as_gz(m_gzip), &code);
            if (code == Z_BUF_ERROR) throw InputError(fmt::format("{}: truncated gzip data", where()));
        }
        return static_cast<std::size_t>(got);
    }
    for (;;) {
        const ssize_t got = ::read(m_fd, buffer, size);
        if (got >= 0) return static_cast<std::size_t>(got);
        const int error = errno;
        if (error != EINTR) throw InputError(fmt::format("{}: cannot read: {}", where(), std::strerror(error)));
    }
}

std::optional<std::uint64_t> ByteSource::plain_size() const
{
    struct stat status {};
    if (m_gzip || !m_owns_fd || ::fstat(m_fd, &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
    return static_cast<std::uint64_t>(status.st_size);
}

std::size_t ByteSource::read_at(std::uint64_t offset, char* buffer, std::size_t size) const
{
    for (;;) {
        const ssize_t got = ::pread(m_fd, buffer, size, static_cast<off_t>(offset));
        if (got >= 0) return static_cast<std::size_t>(got);
        if (errno != EINTR) throw InputError(fmt::format("{}: cannot read: {}", m_name, std::strerror(errno)));
    }
}

} // namespace entente::io
