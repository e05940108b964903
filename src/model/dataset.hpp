#pragma once
// A dataset: its actors, its eras, the CAMEO table its codes refer to, and
// where its events are. The events are not held: every command reads them
// as they stream from the file (read_events), into what it computes.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor_registry.hpp"
#include "core/cameo.hpp"
#include "core/era.hpp"
#include "io/diagnostics.hpp"
#include "io/event_scan.hpp"
#include "model/event_kinds.hpp"
#include "model/row_copy.hpp"

namespace entente::model {

struct Dataset {
    std::string name;           ///< the folder's name (`ecuador`), or the events file's
    std::filesystem::path path; ///< as the user gave it
    CameoTable cameo;
    ActorRegistry actors;
    std::vector<Era> eras;
    /// The files read (actors.csv and events.csv or the bare events file, the
    /// eras file when one is read, the --cameo file), for writers to pass to
    /// refuse_input_as_output().
    std::vector<std::filesystem::path> inputs;

    std::filesystem::path events_file; ///< events.csv, or the bare events file
    io::ActorSource actor_source = io::ActorSource::registry;
    /// Once the events were read: the first day of the earliest event and the
    /// day after the latest end ({0, 0} without events), and the valid rows.
    Interval span;
    std::uint64_t rows = 0;
    bool events_read = false;
    /// By CodeIndex, the codes every reading keeps (select_kinds): the rows
    /// of the others are left out of the span, the rows and every
    /// accumulation, evidence and series. Empty: every row is kept.
    std::vector<bool> kept_codes;
    std::string kinds; ///< those codes in words (model::describe), empty when all are kept
    /// A bare events file's eras file, read once the events named the actors.
    std::optional<std::filesystem::path> eras_after_events;
    /// Set by a command that reads the events more than once, before the
    /// first reading: that reading keeps a RowCopy, and later readings read
    /// it instead of the file's text.
    bool copy_rows = false;
    /// With copy_rows: the batches of dyads (model::dyad_batch) later
    /// readings will want one at a time; the copy keeps each batch's rows
    /// apart (in RowCopy groups, RowCopy::group_of_batch), so that such a
    /// reading reads little more than its own rows.
    std::size_t copy_batches = 1;
    std::shared_ptr<const RowCopy> row_copy; ///< the copy, when the first reading could keep one

    /// Whether readings keep a row of this code.
    [[nodiscard]] bool keeps(CodeIndex code) const { return kept_codes.empty() || kept_codes[code]; }
    /// The name, and the kinds of event read when not all: "ecuador (material-conflict events)".
    [[nodiscard]] std::string label() const { return kinds.empty() ? name : name + " (" + kinds + ")"; }
    /// The era with this id, or nullptr.
    [[nodiscard]] const Era* find_era(std::string_view id) const;
    /// The day after the last event ends (or today's eras' starts): where an ongoing era is cut.
    [[nodiscard]] Day open_end() const;
};

struct LoadOptions {
    std::optional<std::filesystem::path> cameo_file; ///< instead of the built-in table
    std::optional<std::filesystem::path> eras_file;  ///< instead of the folder's eras.csv
};

/// Reads and validates a dataset's actors, eras and CAMEO table: a folder
/// (actors.csv, eras.csv when present; events in events.csv), or a bare
/// events file whose actors come from its events (their eras, from
/// `options.eras_file`, are read provisionally: dates only, until
/// read_events() resolves their actors). Problems go to `diagnostics`.
Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options, io::Diagnostics& diagnostics);

/// Makes every later reading of `dataset` keep only the rows of `kinds`
/// (before the first reading, so that its span and rows count only them).
void select_kinds(Dataset& dataset, const EventKinds& kinds);

/// The first reading of the events (io::scan_events), with every problem
/// reported to `diagnostics`: sets span and rows, adds a bare file's
/// actors (those of every valid row, kept or not), and then reads its eras.
/// `callbacks` see every valid row of a kept code.
io::ScanOutcome read_events(Dataset& dataset, io::Diagnostics& diagnostics, std::size_t threads,
                            const io::ScanCallbacks& callbacks);

/// What read_events() does once the rows are read, for a reading that
/// found them elsewhere (cli/reading_cache.hpp): reads a bare events file's
/// eras file, now that its actors are known. Nothing for a dataset folder.
void read_eras_after_events(Dataset& dataset, io::Diagnostics& diagnostics);

/// A later reading, after read_events(): the same valid rows of kept codes, their actors
/// numbered as the dataset numbers them (actor_of is the identity), no
/// problem reported again.
io::ScanOutcome reread_events(const Dataset& dataset, std::size_t threads, const io::ScanCallbacks& callbacks);

/// The rows of each part of a reading, made by make() and fed by add(part, row).
template <class Part> struct Parts {
    std::vector<Part> parts;
    io::ScanOutcome outcome;
};

/// Callbacks that make one Part per part of a reading (make()) and feed each its rows (add(part, row)).
template <class Part, class Make, class Add>
io::ScanCallbacks parts_callbacks(Parts<Part>& result, Make& make, Add& add)
{
    return {[&](std::size_t n) {
                result.parts.clear();
                for (std::size_t p = 0; p < n; ++p)
                    result.parts.push_back(make());
            },
            [&](std::size_t part, const io::EventRow& row) { add(result.parts[part], row); }};
}

/// read_events (or reread_events when the events were read) into one Part per part of the scan.
template <class Part, class Make, class Add>
Parts<Part> read_parts(Dataset& dataset, io::Diagnostics& diagnostics, std::size_t threads, Make make, Add add)
{
    Parts<Part> result;
    const io::ScanCallbacks callbacks = parts_callbacks(result, make, add);
    result.outcome = dataset.events_read ? reread_events(dataset, threads, callbacks)
                                         : read_events(dataset, diagnostics, threads, callbacks);
    return result;
}

/// reread_events into one Part per part of the scan.
template <class Part, class Make, class Add>
Parts<Part> reread_parts(const Dataset& dataset, std::size_t threads, Make make, Add add)
{
    Parts<Part> result;
    result.outcome = reread_events(dataset, threads, parts_callbacks(result, make, add));
    return result;
}

} // namespace entente::model
