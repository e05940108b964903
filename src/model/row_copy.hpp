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
    /// A copy of a reading of `parts` parts.
    explicit RowCopy(std::size_t parts);
    RowCopy(const RowCopy&) = delete;
    RowCopy& operator=(const RowCopy&) = delete;
    ~RowCopy();

    /// Keeps a row of part `part`; rows of one part come in file order, and
    /// each part from one thread at a time (as io::ScanCallbacks::row).
    void add(std::size_t part, const io::EventRow& row);
    /// Ends the copy once the reading is over, with what it found.
    void finish(const io::ScanOutcome& reading);
    /// Whether every row was kept and finish() was called.
    [[nodiscard]] bool usable() const;

    /// The rows again, as io::scan_events hands them out: `wanted` refuses
    /// rows before `row` sees them; `actors` is the registry's size (the
    /// outcome's actor_of is the identity over it).
    io::ScanOutcome read(std::size_t threads, std::size_t actors, const io::ScanCallbacks& callbacks) const;

    /// The group of a row by its (registry) actors; a number past the last group leaves it out.
    using GroupOf = std::function<std::size_t(ActorIndex source, ActorIndex target)>;
    /// The rows parted among `groups` copies by `group_of`, in one reading
    /// of this copy: reading copy g gives the rows read() gives with a
    /// `wanted` of group g, in the same parts and order, at the cost of its
    /// own rows only. For readings that each want one group of dyads.
    [[nodiscard]] std::vector<std::unique_ptr<RowCopy>> split(std::size_t threads, std::size_t actors,
                                                              std::size_t groups, const GroupOf& group_of) const;

private:
    struct Part;
    /// Appends `row` to `part`, checked by add() or read from a copy.
    static void encode(Part& part, const io::EventRow& row);
    /// Reads part p's rows in order; `pick(source, target)` (the part's own
    /// actor numbers) says whether a row is wanted, and `use` takes each
    /// wanted row, its actors still the part's own.
    template <class Pick, class Use> void decode(std::size_t p, Pick pick, Use use) const;
    std::vector<std::unique_ptr<Part>> m_parts;
    io::ScanOutcome m_reading;
    bool m_finished = false;
};

} // namespace entente::model
