#pragma once
// The ruptures of every dyad of a dataset, however large its events file:
// change detection looks at each dyad's events day by day, so the dyads'
// rows are read into memory a batch of dyads at a time, each batch small
// enough to hold, and the file read once per batch.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "analysis/rupture.hpp"
#include "analysis/rupture_detection.hpp"
#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "views/dyad_cells.hpp"
#include "views/dyad_series.hpp"

namespace entente::analysis {

/// Rows held in memory at once at most (about 40 bytes each with their
/// series); a single dyad with more is still read whole.
inline constexpr std::uint64_t k_rupture_batch_rows = std::uint64_t{1} << 21;
/// Copies the rows are parted into for the batches at most (RowCopy::split).
inline constexpr std::size_t k_rupture_row_parts = 16;

struct RuptureFindings {
    std::vector<Rupture> ruptures; ///< largest magnitude first, then by date and dyad
    /// The rows the causes name (Rupture::causes index it), in time order.
    std::shared_ptr<const model::EventStore> rows = std::make_shared<model::EventStore>();
};

/// The ruptures of the dyads (undirected, a < b) that `keep` lets through,
/// on the series of `spec` (directed or not): `counts`, an accumulation of
/// the dataset's events, tells how many rows each dyad has, and the dyads
/// are read in batches of at most k_rupture_batch_rows rows. Each batch is
/// a DyadSeries and a RuptureDetection. The rows are read once to part them
/// among the batches (when the first reading kept a copy), then each batch
/// reads its part; without a copy, O(batches) readings of the file.
/// `batch_done`, when set, hears of each batch finished (done, of total).
RuptureFindings find_ruptures(const model::Dataset& dataset, const views::SeriesSpec& spec, const RuptureParams& params,
                              const views::DyadCells& counts, const std::function<bool(views::DyadKey)>& keep,
                              std::size_t threads,
                              const std::function<void(std::size_t done, std::size_t total)>& batch_done = {});

} // namespace entente::analysis
