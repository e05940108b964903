#pragma once
// The readers of `entente import`, one per source format. Each streams the
// rows of one input, hands every event it can make to the ImportWriter, and
// counts every row it skips, with the reason, in the input's FileTally.
#include <map>
#include <string>
#include <tuple>

#include "core/cameo.hpp"
#include "io/id_set.hpp"
#include "io/import_options.hpp"
#include "io/import_writer.hpp"
#include "io/line_reader.hpp"

namespace entente::io {

/// GDELT 1.0 event rows (57 columns for the historical files, 58 for the
/// daily ones, mixed freely) or GDELT 2.0 ones (61 columns); tab-separated,
/// no header. Dates from SQLDATE, actors from Actor1/Actor2CountryCode
/// (CAMEO country codes mapped to ISO), EventCode, GoldsteinScale as weight,
/// SOURCEURL as ref. A GLOBALEVENTID already in `imported` is skipped; the
/// id of every imported event is added to it. O(row length) a row.
void import_gdelt(LineReader& lines, ImportFormat format, const CameoTable& cameo, IdSet& imported,
                  ImportWriter& writer, FileTally& tally);

/// ICEWS coded events: tab-separated with a header row; the columns Event ID,
/// Event Date, Source Country, Target Country (country names mapped to ISO),
/// CAMEO Code and Intensity (the weight; `NA` or empty: the code's Goldstein
/// weight). `NA` stands for a missing value. With `seen_ids`, a row whose
/// Event ID is already there is a repeat and skipped (ICEWS repeats an event,
/// sometimes with another date); the id of every other well-formed row is
/// added, so the first row of an id is kept. Throws InputError when a column
/// is missing from the header.
void import_icews(LineReader& lines, const CameoTable& cameo, IdSet* seen_ids, ImportWriter& writer, FileTally& tally);

/// Correlates of War Diplomatic Exchange dyad-years (ccode1, ccode2, year,
/// DR_at_1, DR_at_2; comma-separated with a header). DR_at_1 is the level of
/// side 2's representation at side 1 (0 none, 1 chargé d'affaires, 2
/// minister, 3 ambassador, 9 missing). Rows are gathered from every
/// input first: a representation becomes an event of the year only once all
/// observations of its dyad are known.
class DipexImport {
public:
    explicit DipexImport(const CameoTable& cameo) : m_cameo(cameo) {}

    /// Reads one input's rows. Throws InputError when a column is missing.
    void read(LineReader& lines, std::size_t file, FileTally& tally);

    /// Turns the observations into events: for each directed dyad and observed
    /// year, a representative present (levels 1-3) is a lasting tie of
    /// diplomatic cooperation (CAMEO 050) from the sending to the host state
    /// for that year; none (level 0) after one was present is a downgrade
    /// (CAMEO 161, reduce or break diplomatic relations). Level 9 is a
    /// missing observation: the level known before holds through it, so a
    /// survey's gap is neither a break nor a renewal. Counts go to the tally of the file each
    /// observation came from. O(observations · log observations).
    void write(ImportWriter& writer, std::vector<FileTally>& tallies) const;

private:
    struct Observation {
        int level = 0;
        std::size_t file = 0;
        std::uint64_t line = 0;
    };
    /// (sending ccode, host ccode) -> year -> what was observed
    std::map<std::pair<int, int>, std::map<int, Observation>> m_dyads;
    const CameoTable& m_cameo;
};

} // namespace entente::io
