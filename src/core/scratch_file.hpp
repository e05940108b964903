#pragma once
// A file with no name in the temporary folder ($TMPDIR, else /tmp), for data
// too large to hold in memory that only this process reads again. Nobody
// else can open it, and it is gone when closed or when the process dies,
// even by SIGKILL: nothing is left to clean up.
#include <cstddef>
#include <cstdint>

namespace entente {

class ScratchFile {
public:
    /// Opens a new, empty file; valid() is false when the folder refuses one.
    ScratchFile();
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    [[nodiscard]] bool valid() const { return m_fd >= 0; }
    /// Adds `size` bytes at the end; false when they could not all be written (a full disk).
    bool append(const void* data, std::size_t size);
    /// Reads up to `size` bytes at `offset`: how many were read (0 at the end, or on an error).
    std::size_t read_at(std::uint64_t offset, void* buffer, std::size_t size) const;
    /// The bytes appended so far.
    [[nodiscard]] std::uint64_t size() const { return m_size; }

private:
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

} // namespace entente
