#pragma once
// Reading a dataset's events into accumulations: the grid a set of views
// needs, and the reading itself, one part per slice of the file merged in
// file order.
#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "model/dataset.hpp"
#include "views/dyad_cells.hpp"
#include "views/relation_graph.hpp"
#include "views/view_spec.hpp"

namespace entente::views {

/// The grid whose cells make up each of `views`: the start and end of each
/// window, and the day after each instant.
Grid grid_of(const std::vector<ViewSpec>& views);

/// Which rows to take: none left out when empty. Rows name actors as the
/// dataset numbers them once its events were read, so a filter by actor
/// needs that first reading (read_events) behind it.
using RowFilter = std::function<bool(const io::EventRow&)>;
/// Which dyads to take, by who acted (source) on whom (target), numbered as for RowFilter.
using DyadFilter = std::function<bool(ActorIndex source, ActorIndex target)>;

/// Reads the dataset's events (the first reading reports every problem to
/// `diagnostics`) into one accumulation of each of `specs`, finished.
std::vector<DyadCells> accumulate(model::Dataset& dataset, const std::vector<std::shared_ptr<const CellsSpec>>& specs,
                                  io::Diagnostics& diagnostics, std::size_t threads, const RowFilter& keep = {});

/// A later reading of a dataset whose events were read (model::read_events): no problem reported again.
std::vector<DyadCells> accumulate(const model::Dataset& dataset,
                                  const std::vector<std::shared_ptr<const CellsSpec>>& specs, std::size_t threads,
                                  const RowFilter& keep = {});

/// One view of a dataset whose events were read, whole: its accumulation,
/// its graph (an `all` view spans the data), and up to `evidence` rows of
/// evidence for each of its dyads, and with `first` their first events. For
/// tests and one-off uses; commands read once for all their views.
RelationGraph read_view(const model::Dataset& dataset, const ViewSpec& spec, std::size_t evidence = 10,
                        bool first = false);

} // namespace entente::views
