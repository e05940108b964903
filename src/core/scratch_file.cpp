#include "core/scratch_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace entente {

ScratchFile::ScratchFile()
{
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::temp_directory_path(ec);
    if (ec) return;
#ifdef O_TMPFILE
    m_fd = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (m_fd >= 0) return;
#endif
    // A file system without O_TMPFILE: a named file, unlinked at once.
    std::string name = (folder / "entente-scratch-XXXXXX").string();
    m_fd = ::mkstemp(name.data());
    if (m_fd >= 0) ::unlink(name.c_str());
}

ScratchFile::~ScratchFile()
{
    if (m_fd >= 0) ::close(m_fd);
}

bool ScratchFile::append(const void* data, std::size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t wrote = ::pwrite(m_fd, p, size, static_cast<off_t>(m_size));
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote <= 0) return false;
        p += wrote;
        size -= static_cast<std::size_t>(wrote);
        m_size += static_cast<std::uint64_t>(wrote);
    }
    return true;
}

std::size_t ScratchFile::read_at(std::uint64_t offset, void* buffer, std::size_t size) const
{
    char* p = static_cast<char*>(buffer);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::pread(m_fd, p + got, size - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    return got;
}

} // namespace entente
