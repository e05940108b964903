#pragma once
// An events file streamed straight into yearly undirected dyad sums, without
// building the EventStore: the input of `entente pipeline`, and of any
// yearly-window workload too big to hold event by event.
#include <cstdint>
#include <string>
#include <vector>

namespace entente::io {

/// One undirected dyad of a year: actors a < b (ids in order of first
/// appearance), the sum of its events' weights in integer tenths (exact, so
/// the sign of a sum never depends on the order of the events) and their count.
struct DyadSum {
    std::uint32_t a = 0, b = 0;
    std::int64_t sum10 = 0;
    std::uint64_t count = 0; ///< events, each row's count (1 without a count column)
};

struct YearDyads {
    int year = 0;
    std::vector<DyadSum> dyads; ///< sorted by (a, b)
};

struct YearlyDyads {
    std::vector<std::string> actors; ///< actor codes by id, in order of first appearance (source before target)
    std::vector<YearDyads> years;    ///< years with at least one dyad, in increasing order
    std::uint64_t rows = 0;          ///< event rows read
};

/// Reads an events CSV with a header naming at least `date`, `source`,
/// `target` and `weight` (quoted fields, `#` comment lines and blank lines as
/// in a dataset's events.csv). The year is the date's first four digits; a
/// weight counts as round(weight * 10) tenths, ties to even, times the row's
/// `count` when the file has that column; rows whose source is their target
/// are dropped. O(rows) time; memory
/// O(threads * years * actors^2): dense per-year accumulators, 16 bytes a
/// pair of actors (0.3 MB a year at 200 actors, 8 MB at 1,000).
/// A plain file is cut into `threads` slices read in parallel; gzip input,
/// standard input (`-`) and CR-only line ends are read in one pass.
/// Throws InputError (path:line:column: message) on the first bad row.
YearlyDyads read_yearly_dyads(const std::string& path, std::size_t threads = 1);

} // namespace entente::io
