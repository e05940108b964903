#include "core/atomic_file.hpp"

#include <array>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <streambuf>
#include <unistd.h>

#include "core/errors.hpp"

namespace entente {

/// An output buffer over a file descriptor that keeps the errno of the first
/// failed write, so that a full disk is reported as such. (std::ofstream
/// cannot write to an unnamed file, and loses errno.)
class AtomicFile::Buffer : public std::streambuf {
public:
    explicit Buffer(int fd) : m_fd(fd) { setp(m_data.data(), m_data.data() + m_data.size()); }
    [[nodiscard]] int error() const { return m_error; }

protected:
    int_type overflow(int_type c) override
    {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    bool drain()
    {
        if (m_error != 0) return false;
        for (const char* p = pbase(); p < pptr();) {
            const ssize_t n = ::write(m_fd, p, static_cast<std::size_t>(pptr() - p));
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                m_error = errno;
                return false;
            }
            p += n;
        }
        setp(m_data.data(), m_data.data() + m_data.size());
        return true;
    }

    int m_fd;
    int m_error = 0;
    std::array<char, 1 << 16> m_data{};
};

namespace {

std::filesystem::path folder_of(const std::filesystem::path& target)
{
    return target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
}

std::string cannot_write(const std::filesystem::path& target, int error)
{
    const std::string folder = folder_of(target).string();
    if (error == ENOENT) return fmt::format("{}: cannot write: folder '{}' does not exist", target.string(), folder);
    if (error == ENOTDIR) return fmt::format("{}: cannot write: '{}' is not a folder", target.string(), folder);
    return fmt::format("{}: cannot write: {}", target.string(), std::strerror(error));
}

/// A name beside the target for the finished text; the process id keeps two
/// concurrent runs apart.
std::filesystem::path temporary_name(const std::filesystem::path& target)
{
    std::filesystem::path name = target;
    name += fmt::format(".tmp-{}", ::getpid());
    return name;
}

/// Removes the `<target>.tmp-PID` files of processes that no longer run: a
/// run killed between naming its file and renaming it leaves one behind.
void remove_stale_temporaries(const std::filesystem::path& target)
{
    const std::string name_of_target = target.filename().string();
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder_of(target), ec), end; !ec && it != end; it.increment(ec)) {
        const std::optional<pid_t> pid = temporary_owner(it->path().filename().string(), name_of_target);
        if (!pid) continue;
        if (::kill(*pid, 0) == 0 || errno != ESRCH) continue; // still running, or not ours to tell
        std::error_code ignored;
        std::filesystem::remove(it->path(), ignored);
    }
}

} // namespace

std::optional<pid_t> temporary_owner(std::string_view file, std::string_view target)
{
    const std::string prefix = std::string(target) + ".tmp-";
    if (!file.starts_with(prefix)) return std::nullopt;
    const std::string_view digits = file.substr(prefix.size());
    pid_t pid = 0;
    const auto [last, error] = std::from_chars(digits.data(), digits.data() + digits.size(), pid);
    if (error != std::errc{} || last != digits.data() + digits.size() || pid <= 0) return std::nullopt;
    return pid;
}

AtomicFile::AtomicFile(std::filesystem::path target, Durability durability)
    : m_target(std::move(target)), m_out(nullptr), m_durability(durability)
{
    std::error_code ec;
    const std::filesystem::file_status status = std::filesystem::status(m_target, ec); // through symbolic links
    if (std::filesystem::is_directory(status))
        throw Fatal(fmt::format("{}: cannot write: it is a directory", m_target.string()));
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        m_fd = ::open(m_target.c_str(), O_WRONLY | O_CLOEXEC);
        if (m_fd < 0) throw Fatal(cannot_write(m_target, errno));
        m_in_place = true;
    } else {
        if (std::filesystem::is_symlink(std::filesystem::symlink_status(m_target, ec)) &&
            std::filesystem::exists(status)) {
            const std::filesystem::path linked = std::filesystem::canonical(m_target, ec);
            if (!ec) m_target = linked;
        }
        open_temporary();
    }
    m_buffer = std::make_unique<Buffer>(m_fd);
    m_out.rdbuf(m_buffer.get());
}

void AtomicFile::open_temporary()
{
    // An unnamed file needs /proc to be given a name at commit.
    int error = EOPNOTSUPP;
    if (::access("/proc/self/fd", X_OK) == 0) {
        m_fd = ::open(folder_of(m_target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        error = m_fd < 0 ? errno : 0;
    }
    if (m_fd < 0 && error != ENOENT && error != ENOTDIR && error != EACCES) {
        // No unnamed files here (an old kernel, a network filesystem): a named temporary.
        m_temporary = temporary_name(m_target);
        m_fd = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        error = errno;
        if (m_fd < 0) m_temporary.clear();
    }
    if (m_fd < 0) throw Fatal(cannot_write(m_target, error));
    remove_stale_temporaries(m_target);
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0) ::close(m_fd);
    if (!m_committed && !m_temporary.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::commit()
{
    m_out.flush();
    if (m_in_place) { // nothing to rename, and devices and pipes cannot fsync
        const int error = m_buffer->error() != 0 ? m_buffer->error() : (!m_out ? EIO : 0);
        const int closed = ::close(m_fd);
        m_fd = -1;
        if (error != 0 || closed != 0)
            throw Fatal(fmt::format("{}: write failed: {}", m_target.string(), std::strerror(error ? error : errno)));
        m_committed = true;
        return;
    }
    if (m_buffer->error() != 0 || !m_out || (m_durability == Durability::synced && ::fsync(m_fd) != 0)) {
        const int error = m_buffer->error() != 0 ? m_buffer->error() : errno;
        throw Fatal(fmt::format("{}: write failed: {}", m_target.string(), std::strerror(error)));
    }
    if (m_temporary.empty()) {
        const std::filesystem::path name = temporary_name(m_target);
        const std::string self = fmt::format("/proc/self/fd/{}", m_fd);
        int linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
        if (linked != 0 && errno == EEXIST) { // left by a killed run that had our process id
            ::unlink(name.c_str());
            linked = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
        }
        if (linked != 0) throw Fatal(cannot_write(m_target, errno));
        m_temporary = name;
    }
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (closed != 0) throw Fatal(fmt::format("{}: write failed: {}", m_target.string(), std::strerror(errno)));
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
