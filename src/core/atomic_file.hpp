#pragma once
// Every output file is written whole or not at all: the text goes to a
// temporary file beside the target, which is renamed over it only when
// complete. On any failure the target is untouched and the temporary removed.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace entente {

/// A file being written; commit() renames it into place, the destructor of
/// an uncommitted file removes the temporary.
class AtomicFile {
public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    std::ostream& stream() { return m_out; }
    /// Flushes, checks for write errors, and renames over the target. Throws Fatal.
    void commit();

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::ofstream m_out;
    bool m_committed = false;
};

/// Writes `content` to `target` atomically. Throws Fatal on failure.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

} // namespace entente
