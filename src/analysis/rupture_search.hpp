#pragma once
// The ruptures of every dyad of a dataset, however large its events file:
// change detection looks at each dyad's events day by day, so the dyads'
// rows are read into memory a batch of dyads at a time, each batch small
// enough to hold.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "analysis/rupture.hpp"
#include "analysis/rupture_detection.hpp"
#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "views/dyad_series.hpp"

namespace entente::analysis {

/// Rows of a batch read from the first reading's copy at most (about 40
/// bytes each with their series); a single dyad with more is still read whole.
/// Two batches are held at once (one searched, the next read), and each has
/// a group of the copy to itself up to RowCopy::k_max_groups batches.
inline constexpr std::uint64_t k_rupture_batch_rows = std::uint64_t{1} << 19;
/// The same for a batch that reads the events file again (no copy): each is
/// a pass over the file, so they are fewer and larger.
inline constexpr std::uint64_t k_rupture_pass_rows = std::uint64_t{1} << 21;
/// The fewest bytes a row of an events file takes ("2001-02-03,A,B,01" and
/// its line end is 18): a file of N bytes has at most about N / 20 rows.
inline constexpr std::uint64_t k_least_row_bytes = 20;

struct RuptureFindings {
    std::vector<Rupture> ruptures; ///< largest magnitude first, then by date and dyad
    /// The rows the causes name (Rupture::causes index it), in time order.
    std::shared_ptr<const model::EventStore> rows = std::make_shared<model::EventStore>();
};

/// Sets up the first reading of `dataset` for find_ruptures: it keeps a
/// copy of the rows, each batch's apart, in as many batches as the events
/// file's size may need (k_least_row_bytes a row).
void copy_rows_in_batches(model::Dataset& dataset);

/// The ruptures of the dyads (undirected, a < b) that `keep` lets through,
/// on the series of `spec` (directed or not). The dyads are read in batches
/// (model::dyad_batch), each a DyadSeries and a RuptureDetection: from the
/// first reading's copy, each batch its own rows, when it kept one
/// (copy_rows_in_batches); otherwise in batches of k_rupture_pass_rows of
/// the rows of the dyads kept (counted by a reading of their own when
/// `keep` is set), each a reading of the file. The largest batch is read
/// first, and each batch is read while the one before it is searched.
/// `batch_done`, when set, hears of each batch finished (done, of total).
RuptureFindings find_ruptures(const model::Dataset& dataset, const views::SeriesSpec& spec, const RuptureParams& params,
                              const std::function<bool(views::DyadKey)>& keep, std::size_t threads,
                              const std::function<void(std::size_t done, std::size_t total)>& batch_done = {});

} // namespace entente::analysis
