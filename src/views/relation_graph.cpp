#include "views/relation_graph.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/time_model.hpp"
#include "views/evidence.hpp"

namespace entente::views {

double view_share(Interval interval, const ViewSpec& spec)
{
    if (spec.kind == ViewKind::instant) return decayed_share(interval, spec.at, spec.half_life);
    return overlap_share(interval, spec.window);
}

RelationGraph::RelationGraph(const model::Dataset& dataset, const DyadCells& cells, ViewSpec spec)
    : m_dataset(&dataset), m_spec(std::move(spec)), m_events(std::make_shared<model::EventStore>())
{
    const Grid& grid = cells.spec().grid;
    const bool instant = m_spec.kind == ViewKind::instant;
    if (instant != cells.spec().half_life.has_value() || (instant && *cells.spec().half_life != m_spec.half_life) ||
        cells.spec().directed != m_spec.directed)
        throw std::logic_error("a view read off an accumulation of another weighting");
    // An instant sees every part of an event up to its day; a window its cells.
    const auto [first, last] = instant ? std::pair<CellIndex, CellIndex>{0, grid.cell_of(m_spec.at) + 1}
                                       : grid.cells_of(m_spec.window, dataset.span);
    if (instant && grid.end(last - 1) != m_spec.at + 1)
        throw std::logic_error("an instant read off an accumulation without its day as a boundary");
    if (first < last) {
        m_dyads.reserve(cells.size()); // at most: memory never touched costs nothing
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const DyadTotals t = instant ? cells.decayed(i, last - 1) : cells.totals(i, first, last);
            if (t.events == 0) continue;
            const DyadKey key = cells.dyad(i);
            m_dyads.push_back(Dyad{key.a,
                                   key.b,
                                   t.sums.score,
                                   t.sums.pos,
                                   t.sums.neg,
                                   t.sums.cooperation,
                                   t.sums.conflict,
                                   static_cast<long long>(t.events),
                                   {},
                                   {}});
        }
    }

    m_vertex_of.assign(dataset.actors.size(), -1);
    for (const Dyad& d : m_dyads)
        m_vertex_of[d.a] = m_vertex_of[d.b] = 0;
    for (ActorIndex a = 0; a < m_vertex_of.size(); ++a) {
        if (m_vertex_of[a] < 0) continue;
        m_vertex_of[a] = static_cast<std::int32_t>(m_actors.size());
        m_actors.push_back(a);
    }

    m_graph = Graph(m_actors.size());
    if (m_spec.directed) m_digraph = Digraph(m_actors.size());
    for (std::size_t i = 0; i < m_dyads.size(); ++i) {
        const Dyad& d = m_dyads[i];
        if (!is_edge(d)) continue;
        const auto u = static_cast<std::size_t>(m_vertex_of[d.a]);
        const auto v = static_cast<std::size_t>(m_vertex_of[d.b]);
        boost::add_edge(u, v, EdgeData{i, d.score}, m_graph);
        if (m_spec.directed) boost::add_edge(u, v, EdgeData{i, d.score}, m_digraph);
    }
}

std::optional<std::size_t> RelationGraph::vertex_of(ActorIndex actor) const
{
    if (actor >= m_vertex_of.size() || m_vertex_of[actor] < 0) return std::nullopt;
    return static_cast<std::size_t>(m_vertex_of[actor]);
}

const Dyad* RelationGraph::find(ActorIndex a, ActorIndex b) const
{
    if (!m_spec.directed && b < a) std::swap(a, b);
    const auto it = std::lower_bound(
        m_dyads.begin(), m_dyads.end(), std::pair(a, b),
        [](const Dyad& d, std::pair<ActorIndex, ActorIndex> key) { return std::pair(d.a, d.b) < key; });
    return it != m_dyads.end() && it->a == a && it->b == b ? &*it : nullptr;
}

void RelationGraph::attach(const EvidenceFinder& finder, std::size_t view)
{
    m_events = finder.rows_shared();
    for (Dyad& d : m_dyads) {
        if (const std::vector<Evidence>* found = finder.found(view, {d.a, d.b})) d.evidence = *found;
        d.first = finder.found_first(view, {d.a, d.b});
    }
}

const model::EventStore& RelationGraph::events() const
{
    return *m_events;
}

} // namespace entente::views
