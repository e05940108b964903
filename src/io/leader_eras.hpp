#pragma once
// The eras of `entente eras`: leaders' spells in office (io/leader_list.hpp)
// as rows of a dataset's eras.csv (`id,actor,label,start,end`).
#include <string>
#include <vector>

#include "io/diagnostics.hpp"
#include "io/leader_list.hpp"

namespace entente::io {

/// One row of eras.csv, as written.
struct EraRow {
    std::string id;    ///< `ecu_rafael_correa`, `_2` and on for a second era of the same name
    std::string actor; ///< `ECU`
    std::string label; ///< the leader's name
    std::string start; ///< at the source's precision
    std::string end;   ///< exclusive, at the source's precision; empty: still in office
};

/// The eras of each country's spells, in order of country and start.
///
/// An era runs from its spell's start up to, not including, the day after
/// its end date: a spell ending in May 2017 (REIGN knows the month) ends at
/// `2017-06`, one ending on 2017-05-23 at `2017-05-24`. A successor taking
/// office within the predecessor's last date (the day of a handover, or the
/// month REIGN gives) ends the predecessor's era on that day, so eras touch.
/// A spell starting earlier, while the other is surely in office, overlaps it
/// (an interim, a shared rule): the later spell has the days they share, each
/// overlap gets a warning at the later spell's row (`path:line:column`), its
/// era's label says "(interim, within X's spell)" and the earlier spell goes
/// on in a second era after it ("(resumed)"); eras of one actor never overlap,
/// as eras.csv requires. An ongoing spell has an empty end.
///
/// Ids: `<country>_<name>` in lower-case ASCII (accented Latin letters
/// folded, other characters `_`), valid era ids (io/dataset_reader.hpp).
/// O(n log n) for n spells.
std::vector<EraRow> leader_eras(const std::vector<LeaderSpell>& spells, const std::string& path,
                                Diagnostics& diagnostics);

/// eras.csv's text: its header, then the rows.
std::string eras_csv(const std::vector<EraRow>& rows);

} // namespace entente::io
