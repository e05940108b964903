#pragma once
// Every output file is written whole or not at all. The text goes to an
// unnamed file in the target's folder (Linux O_TMPFILE), which is named
// `<target>.tmp-PID` and renamed over the target only when complete: a run
// that fails, or is killed (even by SIGKILL), leaves the target as it was
// and no temporary behind. Where the filesystem has no unnamed files, a
// named temporary beside the target is used from the start, removed on
// failure. A run killed while its temporary has a name (between naming and
// renaming, or all along without unnamed files) leaves it behind; the next
// write of the same target removes it.
// A target that is a symbolic link keeps its link: the file it points to is
// replaced. A target that is not a regular file (/dev/stdout, /dev/null, a
// named pipe) is written in place, as a shell redirection would: renaming
// over it would replace the device node or the pipe itself.
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <sys/types.h>

namespace entente {

/// Whether commit() waits for the disk to hold the text before renaming.
enum class Durability {
    synced,   ///< fsync first: what the user asked for survives a crash just after
    unsynced, ///< a cache's entry, checked when read and cheap to make again: no wait
};

/// A file being written; commit() puts it in place, the destructor of an
/// uncommitted file discards it.
class AtomicFile {
public:
    /// Opens the file; throws Fatal when the target's folder cannot hold it.
    explicit AtomicFile(std::filesystem::path target, Durability durability = Durability::synced);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    std::ostream& stream() { return m_out; }
    /// Flushes to disk, checks for write errors, and renames over the target. Throws Fatal.
    void commit();

private:
    class Buffer;

    /// Opens the unnamed (or else named) temporary beside the target; throws Fatal.
    void open_temporary();

    std::filesystem::path m_target;
    std::filesystem::path m_temporary; ///< the name the text has beside the target, once it has one
    int m_fd = -1;
    std::unique_ptr<Buffer> m_buffer;
    std::ostream m_out;
    Durability m_durability;
    bool m_in_place = false; ///< a device or a pipe, written directly
    bool m_committed = false;
};

/// Writes `content` to `target` atomically. Throws Fatal on failure.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

/// The process that named `file` as its temporary for a target called
/// `target` (`<target>.tmp-PID`), if it is one.
std::optional<pid_t> temporary_owner(std::string_view file, std::string_view target);

} // namespace entente
