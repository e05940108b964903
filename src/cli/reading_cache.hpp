#pragma once
// The reading cache: what a command's first reading of a large events file
// accumulated (views/dyad_cells.hpp), kept in the user's cache folder so
// that the next command asking for the same accumulation of the same file
// (`metrics`, then `balance`, then `alliances` of the same windows) reads a
// few megabytes instead of parsing the file again. The results are the same
// bit for bit: the entry is the accumulation itself, kept only when its
// reading found no problem at all, and used only when everything it was
// made from is as it was: the events file (its path, inode, size and times
// to the nanosecond), the actors known before the reading, the CAMEO table,
// the kinds of event kept, the accumulation asked for, the threads the file
// was sliced for, and this very executable.
//
// Where: $ENTENTE_CACHE_DIR, else $XDG_CACHE_HOME/entente, else
// ~/.cache/entente. ENTENTE_CACHE=off turns it off. Files under
// k_min_cached_bytes are read too fast to be worth an entry; the folder is
// kept under k_max_cache_bytes, the entries used least recently removed
// first. A cache that cannot be read or written is not an error: the
// command reads the file.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/binary_record.hpp"
#include "io/diagnostics.hpp"
#include "model/dataset.hpp"
#include "views/dyad_cells.hpp"

namespace entente::cli {

inline constexpr std::uint64_t k_min_cached_bytes = std::uint64_t{8} << 20U;
inline constexpr std::uint64_t k_max_cache_bytes = std::uint64_t{1} << 30U;

/// The cache folder the environment names; nullopt when the cache is off or no folder is named.
std::optional<std::filesystem::path> cache_folder();

/// Removes the entries of `folder` used least recently until it holds at
/// most `max_bytes` of them, never `kept`; other files are left alone.
void trim_cache_folder(const std::filesystem::path& folder, const std::filesystem::path& kept, std::uint64_t max_bytes);

class ReadingCache {
public:
    /// The entry of a first reading of `dataset` (before it) into one
    /// accumulation of each of `specs`; none (unused() true) when the cache
    /// is off, or the events are not a regular file of k_min_cached_bytes.
    ReadingCache(const model::Dataset& dataset, const std::vector<std::shared_ptr<const views::CellsSpec>>& specs);

    [[nodiscard]] bool unused() const { return !m_file; }
    /// The accumulations an earlier run kept, with what the first reading
    /// sets in `dataset` set the same way (its span, rows and a bare file's
    /// actors; then its eras file read, its problems to `diagnostics`), or
    /// nullopt when there is no such entry.
    std::optional<std::vector<views::DyadCells>> load(model::Dataset& dataset, io::Diagnostics& diagnostics) const;
    /// Keeps `cells`, the first reading of `dataset` that found no problem,
    /// unless the events file changed since this entry was named.
    void keep(const model::Dataset& dataset, const std::vector<views::DyadCells>& cells) const;

private:
    void write_entry(BinaryWriter& out, const model::Dataset& dataset,
                     const std::vector<views::DyadCells>& cells) const;

    std::vector<std::shared_ptr<const views::CellsSpec>> m_specs;
    std::optional<std::filesystem::path> m_file; ///< the entry's file in the cache folder
    std::string m_key;                           ///< everything the entry was made from, in words
    std::optional<std::string> m_events;         ///< the events file's identity when the entry was named
    std::size_t m_actors_before = 0;             ///< the actors known before the reading
};

} // namespace entente::cli
