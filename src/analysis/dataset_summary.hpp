#pragma once
// What a dataset holds, at a glance: actors by kind, events and their date
// range, each era's activity, and the busiest dyads.
#include <cstddef>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "model/dataset.hpp"
#include "views/dyad_cells.hpp"

namespace entente::analysis {

struct EraActivity {
    const Era* era = nullptr;
    long long events = 0;    ///< events overlapping the era (a row counts `count` times)
    double net_weight = 0.0; ///< the era's share of the events' weight (DESIGN.md section 3)
};

struct DyadActivity {
    ActorIndex a = 0, b = 0; ///< undirected, a's id sorts before b's
    long long events = 0;
    double net_weight = 0.0;
};

struct DatasetSummary {
    std::size_t states = 0, organizations = 0, groups = 0;
    std::size_t rows = 0;   ///< rows of events.csv
    long long events = 0;   ///< rows weighted by their count
    Interval span;          ///< first day to the day after the last
    std::vector<EraActivity> eras;
    std::vector<DyadActivity> top_dyads; ///< most events first
};

/// The grid summarize() reads the events on: every era's start and end.
views::Grid summary_grid(const model::Dataset& dataset);

/// Summarises `dataset` from `cells`, its events accumulated undirected on
/// summary_grid(), keeping the `top` busiest dyads. O(D · (eras + log C)).
DatasetSummary summarize(const model::Dataset& dataset, const views::DyadCells& cells, std::size_t top);

} // namespace entente::analysis
