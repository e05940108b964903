#pragma once
// Leader lists of other projects, read for `entente eras`: REIGN's
// leaderlist CSV and Archigos 4.1's CSV. Each row is a leader's spell in
// office in a state named by its Correlates of War code, mapped to ISO 3166
// alpha-3 by the built-in table (data/cow_countries.csv).
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "io/diagnostics.hpp"

namespace entente::io {

enum class LeaderSource { reign, archigos };

/// `reign`, `archigos`.
std::string_view to_string(LeaderSource source);

/// One leader's spell in office.
struct LeaderSpell {
    int line = 0;         ///< the row of the leader list
    int start_column = 0; ///< the field of its start (1-based), for messages
    std::string country;  ///< actor id: `ECU`, or `COW_BAV` for a state ISO never coded
    std::string leader;   ///< the name as the list gives it
    PartialDate start;    ///< at the precision the list gives
    /// The last date in office (included), at the list's precision; none
    /// while still in office.
    std::optional<PartialDate> end;
};

/// Reads a leader list and keeps the spells in `countries` (ISO ids; all
/// when empty), in the order of the file.
///
/// REIGN (`ccode,leader,sdate,smonth,syear,emonth,eyear`, other columns
/// ignored): the start is a day (`sdate`, the day of the month; a full
/// YYYY-MM-DD date is taken as well) or, with `sdate` empty or NA, a month;
/// the end is known to the month only. An empty or NA end: still in office.
///
/// Archigos 4.1 (`ccode,leader,startdate,enddate[,exit]`): dates as
/// YYYY-MM-DD, or YYYY-MM and YYYY where the day or month is not known. An
/// empty or NA enddate, or an `exit` of `Still in Office` (the enddate is then
/// the last day the data cover): still in office. Archigos codes states with
/// Gleditsch and Ward's numbers, which are COW's but for a few states (GW
/// 260 is COW 255, Germany, both mapped to DEU; see the help of `entente eras`).
///
/// Every bad row is an error in `diagnostics` (path:line:column).
std::vector<LeaderSpell> read_leader_list(std::istream& in, const std::string& path, LeaderSource source,
                                          const std::vector<std::string>& countries, Diagnostics& diagnostics);

} // namespace entente::io
