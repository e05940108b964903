#include "views/accumulate.hpp"

#include <numeric>
#include <stdexcept>

#include "core/parallel_map.hpp"
#include "views/evidence.hpp"
#include "views/relation_graph.hpp"

namespace entente::views {

Grid grid_of(const std::vector<ViewSpec>& views)
{
    std::vector<Day> bounds;
    for (const ViewSpec& view : views) {
        if (view.kind == ViewKind::instant) {
            bounds.push_back(view.at + 1);
        } else if (view.window.length() > 0) { // `all` spans the data: no boundary needed once it does
            bounds.push_back(view.window.start);
            bounds.push_back(view.window.end);
        }
    }
    return Grid(std::move(bounds));
}

namespace {

/// One accumulation of each spec per part of a reading, and what feeds them.
auto make_parts(const model::Dataset& dataset, const std::vector<std::shared_ptr<const CellsSpec>>& specs)
{
    return [&] {
        std::vector<DyadCells> part;
        for (const auto& spec : specs)
            part.emplace_back(spec, dataset.cameo);
        return part;
    };
}

auto feed_parts(const RowFilter& keep)
{
    return [&](std::vector<DyadCells>& part, const io::EventRow& row) {
        if (keep && !keep(row)) return;
        for (DyadCells& cells : part)
            cells.add(row);
    };
}

/// The parts merged in file order, each accumulation finished.
std::vector<DyadCells> merged(const model::Dataset& dataset, const std::vector<std::shared_ptr<const CellsSpec>>& specs,
                              model::Parts<std::vector<DyadCells>>& read)
{
    std::vector<DyadCells> all;
    for (std::size_t s = 0; s < specs.size(); ++s) {
        all.emplace_back(specs[s], dataset.cameo);
        for (std::size_t p = 0; p < read.parts.size(); ++p)
            all[s].append(std::move(read.parts[p][s]), read.outcome.actor_of[p]);
        all[s].finish();
    }
    return all;
}

} // namespace

std::vector<DyadCells> accumulate(model::Dataset& dataset, const std::vector<std::shared_ptr<const CellsSpec>>& specs,
                                  io::Diagnostics& diagnostics, std::size_t threads, const RowFilter& keep)
{
    if (keep && !dataset.events_read && dataset.actor_source == io::ActorSource::events)
        throw std::logic_error("a filter of rows on the first reading of a bare events file");
    auto read = model::read_parts<std::vector<DyadCells>>(dataset, diagnostics, threads, make_parts(dataset, specs),
                                                          feed_parts(keep));
    return merged(dataset, specs, read);
}

std::vector<DyadCells> accumulate(const model::Dataset& dataset,
                                  const std::vector<std::shared_ptr<const CellsSpec>>& specs, std::size_t threads,
                                  const RowFilter& keep)
{
    if (!dataset.events_read) throw std::logic_error("a later reading of events never read");
    auto read =
        model::reread_parts<std::vector<DyadCells>>(dataset, threads, make_parts(dataset, specs), feed_parts(keep));
    return merged(dataset, specs, read);
}

RelationGraph read_view(const model::Dataset& dataset, const ViewSpec& spec, std::size_t evidence, bool first)
{
    auto cells_spec = std::make_shared<CellsSpec>();
    cells_spec->grid = grid_of({spec});
    cells_spec->directed = spec.directed;
    if (spec.kind == ViewKind::instant) cells_spec->half_life = spec.half_life;
    const DyadCells cells = std::move(accumulate(dataset, {cells_spec}, default_threads()).front());
    ViewSpec view_spec = spec;
    if (view_spec.kind == ViewKind::all && view_spec.window.length() <= 0) view_spec.window = dataset.span;
    RelationGraph graph(dataset, cells, view_spec);
    std::vector<std::size_t> all(graph.dyads().size());
    for (std::size_t d = 0; d < all.size(); ++d)
        all[d] = d;
    attach_evidence(
        dataset, {&graph}, [&](std::size_t) { return all; }, evidence, default_threads(), first);
    return graph;
}

} // namespace entente::views
