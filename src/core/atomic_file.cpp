#include "core/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <unistd.h>

#include "core/errors.hpp"

namespace entente {

AtomicFile::AtomicFile(std::filesystem::path target) : m_target(std::move(target))
{
    if (std::filesystem::is_directory(m_target))
        throw Fatal(fmt::format("{}: cannot write: it is a directory", m_target.string()));
    // The process id keeps two concurrent runs from sharing a temporary.
    m_temporary = m_target;
    m_temporary += fmt::format(".tmp-{}", ::getpid());
    m_out.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_out)
        throw Fatal(fmt::format("{}: cannot write: {}", m_target.string(), std::strerror(errno)));
}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        m_out.close();
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::commit()
{
    m_out.flush();
    const bool ok = static_cast<bool>(m_out);
    m_out.close();
    if (!ok) throw Fatal(fmt::format("{}: write failed (disk full?)", m_target.string()));
    std::error_code ec;
    std::filesystem::rename(m_temporary, m_target, ec);
    if (ec) throw Fatal(fmt::format("{}: cannot replace: {}", m_target.string(), ec.message()));
    m_committed = true;
}

void write_file_atomically(const std::filesystem::path& target, std::string_view content)
{
    AtomicFile file(target);
    file.stream().write(content.data(), static_cast<std::streamsize>(content.size()));
    file.commit();
}

} // namespace entente
