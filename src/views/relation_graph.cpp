#include "views/relation_graph.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/time_model.hpp"

namespace entente::views {
namespace {

bool larger_contribution(const Evidence& x, const Evidence& y)
{
    const double ax = std::abs(x.contribution), ay = std::abs(y.contribution);
    return ax != ay ? ax > ay : x.event < y.event;
}

/// Keeps the `limit` largest; amortised O(1) per add.
void add_evidence(std::vector<Evidence>& evidence, Evidence item, std::size_t limit)
{
    if (limit == 0) return;
    evidence.push_back(item);
    if (evidence.size() >= 2 * limit + 8) {
        std::nth_element(evidence.begin(), evidence.begin() + static_cast<std::ptrdiff_t>(limit), evidence.end(),
                         larger_contribution);
        evidence.resize(limit);
    }
}

} // namespace

double view_share(const model::EventStore& events, model::EventIndex e, const ViewSpec& spec)
{
    if (spec.kind == ViewKind::instant) return decayed_share(events.interval(e), spec.at, spec.half_life);
    return overlap_share(events.interval(e), spec.window);
}

RelationGraph::RelationGraph(const model::Dataset& dataset, ViewSpec spec)
    : m_dataset(&dataset), m_spec(std::move(spec))
{
    const model::EventStore& events = dataset.events;
    const Interval reach =
        m_spec.kind == ViewKind::instant ? Interval{std::numeric_limits<Day>::min(), m_spec.at + 1} : m_spec.window;
    const auto [first, last] = events.candidates(reach);

    std::unordered_map<std::uint64_t, std::size_t> index; // (a << 32 | b) -> dyad
    for (model::EventIndex e = first; e < last; ++e) {
        const double share = view_share(events, e, m_spec);
        if (share <= 0.0) continue;
        const auto add = [&](ActorIndex a, ActorIndex b) {
            if (!m_spec.directed && b < a) std::swap(a, b);
            const std::uint64_t key = (static_cast<std::uint64_t>(a) << 32U) | b;
            auto [it, added] = index.try_emplace(key, m_dyads.size());
            if (added) m_dyads.push_back(Dyad{a, b, 0, 0, 0, 0, {}});
            Dyad& d = m_dyads[it->second];
            const double c = events.dyad_mass(e, m_spec.directed) * share;
            d.score += c;
            if (c > 0)
                d.pos += c;
            else
                d.neg -= c;
            d.events += events.count(e);
            add_evidence(d.evidence, {e, c}, m_spec.max_evidence);
        };
        add(events.source(e), events.target(e));
        // A mutual act counts once in its undirected dyad; a directed view splits it between the two directions.
        if (m_spec.directed && events.mutual(e)) add(events.target(e), events.source(e));
    }
    std::sort(m_dyads.begin(), m_dyads.end(),
              [](const Dyad& x, const Dyad& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });

    m_vertex_of.assign(dataset.actors.size(), -1);
    for (Dyad& d : m_dyads) {
        std::sort(d.evidence.begin(), d.evidence.end(), larger_contribution);
        if (d.evidence.size() > m_spec.max_evidence) d.evidence.resize(m_spec.max_evidence);
        m_vertex_of[d.a] = m_vertex_of[d.b] = 0;
    }
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

} // namespace entente::views
