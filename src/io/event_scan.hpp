#pragma once
// Reading an events file of any size: every row is checked as read_events
// checks it (the same rules, the same `path:line:column` messages); a plain
// file is cut into line-aligned slices read in parallel, anything else
// (gzip, quoted fields, CR-only line ends, NUL bytes, invalid UTF-8, records
// past the CSV reader's bounds) in one pass. The rows stream out to the
// caller, part by part; nothing is kept here.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/actor_registry.hpp"
#include "core/cameo.hpp"
#include "io/dataset_reader.hpp"
#include "io/diagnostics.hpp"

namespace entente::io {

/// Where the actors an events file names are defined.
enum class ActorSource {
    registry, ///< a dataset folder's actors.csv: an id not in the registry is an error
    events    ///< an events file used on its own: its ids become actors as they first appear
};

/// What a scan found besides its rows.
struct ScanOutcome {
    /// Parts the rows went to: the slices, or 1 when the file was read in one pass.
    std::size_t parts = 0;
    /// For each part, the registry index of each actor it numbered: a row of
    /// part p names actor i of that part, which is actor_of[p][i] of the
    /// registry. The identity for ActorSource::registry.
    std::vector<std::vector<ActorIndex>> actor_of;
    /// For each part, the lines of the file before it: a row's `line` is
    /// counted from its part's start (parts are read at once, before their
    /// first lines are known), so its line in the file is line_base[p] + line.
    std::vector<std::uint32_t> line_base;
    std::uint64_t rows = 0; ///< valid rows handed out
    /// The file has a summary or a ref column (false: every row's texts are empty).
    bool text_columns = true;
};

struct ScanCallbacks {
    /// Called with the number of parts before the first row, and again
    /// (with 1) when the slices give way to a pass over the whole file, in
    /// which case everything the parts received must be dropped.
    std::function<void(std::size_t parts)> prepare;
    /// Each valid row, with its part; rows of one part come in file order,
    /// parts may run on different threads at once.
    std::function<void(std::size_t part, const EventRow& row)> row;
    /// When set, rows of the dyads (source, target) it refuses may be left
    /// out as soon as their actors are known, before the rest of the row is
    /// read (and so before its problems could be found): for readings after
    /// the first, which pick some dyads out of a file known to be valid.
    /// (The one-pass reader reads every row: `row` must filter too.) It
    /// must give one answer for a pair: a reading may ask once a pair.
    std::function<bool(ActorIndex source, ActorIndex target)> wanted;
    /// When set, hears of each actor a part of an ActorSource::events reading
    /// numbers on its own (ScanOutcome::actor_of maps it once every part is
    /// read): its number in the part and its id, before any row names it.
    std::function<void(std::size_t part, ActorIndex actor, std::string_view id)> actor_named;

    ScanCallbacks(std::function<void(std::size_t)> prepare_, std::function<void(std::size_t, const EventRow&)> row_,
                  std::function<bool(ActorIndex, ActorIndex)> wanted_ = {})
        : prepare(std::move(prepare_)), row(std::move(row_)), wanted(std::move(wanted_))
    {
    }
};

/// Reads the events file at `path` with up to `threads` threads. Problems go
/// to `diagnostics` in file order, as read_events (or read_bare_events) would
/// report them; rows with problems are left out. With ActorSource::events,
/// the actors found are added to `actors` in order of first appearance.
/// Throws InputError when the file cannot be read at all.
ScanOutcome scan_events(const std::string& path, ActorSource source, ActorRegistry& actors, const CameoTable& cameo,
                        Diagnostics& diagnostics, std::size_t threads, const ScanCallbacks& callbacks);

/// A row's summary and ref.
struct RowText {
    std::string summary, ref;
};

/// The summary and ref of the rows whose lines start at `offsets`
/// (EventRow::offset) in the plain events file `path`, read again from their
/// lines, for the few rows a command prints of a reading that left them
/// there (EventRow::text_left). Throws InputError when the file cannot be read.
std::vector<RowText> read_row_texts(const std::string& path, const std::vector<std::uint64_t>& offsets);

} // namespace entente::io
