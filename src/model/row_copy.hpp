#pragma once
// The valid rows of a first reading, kept in a compact binary form (about
// 16 bytes a row) in scratch files, one per part of the reading, so that
// the later readings of a command (ruptures' batches, the events behind a
// number) do not parse and check the file's text again. Rows come back in
// the parts and the order the first reading gave them, their actors in the
// registry's numbering, without their summary and ref: those stay in the
// events file (EventRow::text_left, unless it has no such columns), read
// again only for the rows printed (io::read_row_texts).
//
// Only rows that know their line's place in the file can be kept (a plain
// file read in slices); after any other reading the copy is not usable, nor
// when the temporary folder could not take it, and later readings parse the
// file as the first did.
//
// A copy may keep its rows in groups (ruptures' batches of dyads): a reading
// of one group reads that group's records alone, and a reading of all takes
// each part's rows from the groups in the order they went in (a byte a row
// says which group).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/scratch_file.hpp"
#include "io/event_scan.hpp"

namespace entente::model {

class RowCopy {
public:
    /// Groups a copy keeps apart at most: each part of each group buffers a chunk while it is written.
    static constexpr std::size_t k_max_groups = 32;

    /// A copy of a reading of `parts` parts, its rows kept apart in `groups`
    /// groups (at most k_max_groups) chosen as each is added.
    explicit RowCopy(std::size_t parts, std::size_t groups = 1);
    RowCopy(const RowCopy&) = delete;
    RowCopy& operator=(const RowCopy&) = delete;
    ~RowCopy();

    /// Keeps a row of part `part` in group `group`; rows of one part come in
    /// file order, and each part from one thread at a time (as
    /// io::ScanCallbacks::row).
    void add(std::size_t part, const io::EventRow& row, std::size_t group = 0);
    /// Ends the copy once the reading is over, with what it found.
    void finish(const io::ScanOutcome& reading);
    /// Whether every row was kept and finish() was called.
    [[nodiscard]] bool usable() const;
    [[nodiscard]] std::size_t groups() const { return m_groups; }
    /// The group that keeps batch `batch` of the dyads (Dataset::copy_batches), when there are more batches than
    /// groups.
    [[nodiscard]] std::size_t group_of_batch(std::size_t batch) const { return batch % m_groups; }
    /// The parts of the reading copied.
    [[nodiscard]] std::size_t parts() const { return m_reading_parts; }
    /// The rows kept in part `part` of group `group`.
    [[nodiscard]] std::uint64_t rows(std::size_t group, std::size_t part) const;

    /// The rows again, as io::scan_events hands them out (each part's groups
    /// read in the order its rows went to them): `wanted` refuses rows before `row`
    /// sees them; `actors` is the registry's size (the outcome's actor_of is
    /// the identity over it).
    io::ScanOutcome read(std::size_t threads, std::size_t actors, const io::ScanCallbacks& callbacks) const;
    /// The rows of group `group` alone, in the same parts and order as
    /// read() gives them with a `wanted` that refuses the other groups' rows,
    /// at the cost of the group's own rows only. For readings that each want
    /// one group of dyads.
    io::ScanOutcome read_group(std::size_t group, std::size_t threads, std::size_t actors,
                               const io::ScanCallbacks& callbacks) const;

private:
    struct Part;
    class Cursor;
    /// Appends `row` to `part`, checked by add().
    static void encode(Part& part, const io::EventRow& row);
    /// Reads part p of the reading through `cursors` (one a group, taken in
    /// the part's order), handing each row `wanted` lets through to
    /// callbacks.row in the registry's actors.
    void read_part(std::size_t p, std::vector<Cursor>& cursors, const io::ScanCallbacks& callbacks) const;
    /// What a reading of the copy found: the first reading's parts and lines, registry actors.
    [[nodiscard]] io::ScanOutcome outcome(std::size_t actors, std::uint64_t rows) const;
    [[nodiscard]] const Part& part(std::size_t group, std::size_t p) const
    {
        return *m_parts[group * m_reading_parts + p];
    }

    std::size_t m_reading_parts;
    std::size_t m_groups;
    std::vector<std::unique_ptr<Part>> m_parts; ///< part p of group g at g * m_reading_parts + p
    /// With groups, each part's rows' groups in order, a byte a row: read() follows it.
    std::vector<std::unique_ptr<Part>> m_sequences;
    io::ScanOutcome m_reading;
    bool m_finished = false;
};

} // namespace entente::model
