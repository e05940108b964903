#include "render/alliances_tables.hpp"

#include <span>

#include <fmt/format.h>

#include "render/evidence_text.hpp"

namespace entente::render {
namespace {

std::string actor_list(const ActorRegistry& registry, const std::vector<ActorIndex>& actors)
{
    std::string list;
    for (const ActorIndex a : actors)
        list += (list.empty() ? "" : " ") + registry.id(a);
    return list;
}

/// Blocs are numbered from 1.
Cell number(std::size_t bloc)
{
    return static_cast<long long>(bloc + 1);
}

} // namespace

void AlliancesTables::add_blocs(const views::RelationGraph& graph, const analysis::BlocPartition& p)
{
    const std::string& window = graph.spec().label;
    const ActorRegistry& registry = graph.dataset().actors;
    for (std::size_t b = 0; b < p.blocs.size(); ++b) {
        const analysis::Bloc& bloc = p.blocs[b];
        blocs.add_row({window, number(b), static_cast<long long>(bloc.members.size()),
                       actor_list(registry, bloc.members), optional_cell(bloc.cohesion), bloc.positive_inside,
                       bloc.negative_inside});
    }
    for (const analysis::BlocRelation& r : p.relations)
        hostility.add_row({window, number(r.first), number(r.second), r.hostility, r.positive, r.negative});
    for (const analysis::BreakingTie& t : breaking_printed ? p.breaking : std::span<const analysis::BreakingTie>{}) {
        const bool within = t.bloc_a == t.bloc_b;
        breaking.add_row(
            {window, registry.id(t.tie.a), number(t.bloc_a), registry.id(t.tie.b), number(t.bloc_b), t.tie.score,
             t.hostile, std::string(within ? "negative_within" : "positive_between"),
             main_event_text(graph, t.tie.dyad, within ? MainEvent::largest_hostile : MainEvent::largest)});
    }
    for (const analysis::BlocCandidate& c : p.candidates) {
        search.add_row({window, static_cast<long long>(c.k), c.criterion, c.penalised,
                        std::string(c.k == p.blocs.size() ? "yes" : "")});
    }
}

void AlliancesTables::add_members(const views::RelationGraph& graph, const analysis::BlocPartition& p,
                                  const std::vector<analysis::ActorCore>& cores)
{
    const std::string& window = graph.spec().label;
    const ActorRegistry& registry = graph.dataset().actors;
    for (std::size_t i = 0; i < p.membership.size(); ++i) {
        alliances.add_row({window, registry.id(p.membership[i].actor), number(p.membership[i].bloc),
                           static_cast<long long>(cores[i].core)});
    }
}

void AlliancesTables::add_cliques(const views::RelationGraph& graph, const analysis::Cliques& found,
                                  std::size_t largest)
{
    const std::string& window = graph.spec().label;
    const ActorRegistry& registry = graph.dataset().actors;
    const auto& found_cliques = found.cliques;
    for (std::size_t c = 0; c < found_cliques.size(); ++c) {
        cliques.add_row({window, static_cast<long long>(c + 1), static_cast<long long>(found_cliques[c].size()),
                         actor_list(registry, found_cliques[c])});
    }
    const auto listed = static_cast<long long>(found_cliques.size());
    std::string note = "every maximal clique of 3 or more actors is listed";
    if (!found.complete)
        note = fmt::format("the search stopped after {} branches: the {} listed are the largest it met, larger "
                           "ones may be missing",
                           analysis::CliqueLimits{}.steps, listed);
    else if (largest != 0 && found_cliques.size() == largest)
        note = fmt::format("the {} largest; the search skipped the branches that could not beat them, and met {} "
                           "maximal cliques in all",
                           listed, found.met);
    clique_search.add_row(
        {window, listed, static_cast<long long>(found.met), std::string(found.complete ? "yes" : "no"), note});
}

} // namespace entente::render
