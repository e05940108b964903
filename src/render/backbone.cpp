#include "render/backbone.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <limits>

#include "core/errors.hpp"
#include "render/markup.hpp"

namespace entente::render {
namespace {

/// Each node's edges: their number and the sum of their |score|.
struct NodeTies {
    std::size_t count = 0;
    double strength = 0.0;
};

std::vector<NodeTies> node_ties(const Diagram& diagram)
{
    std::vector<NodeTies> ties(diagram.nodes.size());
    for (const DiagramEdge& e : diagram.edges)
        for (const std::size_t end : {e.source, e.target}) {
            ++ties[end].count;
            ties[end].strength += std::abs(e.score);
        }
    return ties;
}

/// Whether each edge is one of the `k` strongest (by |score|, then edge order) of one of its ends.
std::vector<bool> among_strongest_of_an_actor(const Diagram& diagram, std::size_t k)
{
    std::vector<std::vector<std::size_t>> ties(diagram.nodes.size());
    for (std::size_t e = 0; e < diagram.edges.size(); ++e) {
        ties[diagram.edges[e].source].push_back(e);
        ties[diagram.edges[e].target].push_back(e);
    }
    const auto stronger = [&](std::size_t x, std::size_t y) {
        const double a = std::abs(diagram.edges[x].score), b = std::abs(diagram.edges[y].score);
        return a != b ? a > b : x < y;
    };
    std::vector<bool> kept(diagram.edges.size(), false);
    for (std::vector<std::size_t>& list : ties) {
        const auto end = list.begin() + static_cast<std::ptrdiff_t>(std::min(k, list.size()));
        std::partial_sort(list.begin(), end, list.end(), stronger);
        for (auto e = list.begin(); e != end; ++e)
            kept[*e] = true;
    }
    return kept;
}

/// The node of `actor`, which must have one.
std::size_t node_of(const Diagram& diagram, ActorIndex actor)
{
    for (std::size_t i = 0; i < diagram.nodes.size(); ++i)
        if (diagram.nodes[i].actor == actor) return i;
    throw Fatal(fmt::format("the focus of a backbone (actor {}) is not in the drawing", actor));
}

/// `1 partner`, `2,373 relations`.
std::string counted(std::size_t n, std::string_view noun)
{
    return fmt::format("{} {}{}", count_text(n), noun, n == 1 ? "" : "s");
}

/// What was kept, counted for Thinning::kept.
struct KeptCounts {
    std::size_t edges = 0;      ///< drawn
    std::size_t passed = 0;     ///< edges between the actors kept that passed the method
    std::size_t own = 0;        ///< drawn edges of the focus
    std::size_t own_passed = 0; ///< edges of the focus that passed
    std::size_t candidates = 0; ///< edges between the actors the drawing may hold (with ego_network: the ego network)
    std::size_t focus_ties = 0; ///< of them, the focus's
    std::size_t partners = 0;   ///< with ego_network: the focus's partners in the view
    bool actors_cut = false;    ///< the actor budget left some out
};

/// `the 200 most significant of 2,373 relations (disparity filter: ...)`: the `drawn` edges of the `passed` of `of`.
std::string method_text(const BackboneRule& rule, std::size_t drawn, std::size_t passed, const std::string& of)
{
    const std::string n = count_text(drawn);
    switch (rule.method) {
    case BackboneMethod::disparity:
        if (drawn == passed)
            return fmt::format("the {} of {} relations significant at α = {} (disparity filter)", n, of,
                               rounded_text(rule.alpha, 6));
        return fmt::format("the {} most significant of {} relations (disparity filter: {} significant at α = {})", n,
                           of, count_text(passed), rounded_text(rule.alpha, 6));
    case BackboneMethod::strongest:
        return fmt::format("the {} strongest of {} relations", n, of);
    case BackboneMethod::per_actor:
        if (drawn == passed)
            return fmt::format("the {} of {} relations among each actor's {} strongest", n, of, rule.per_actor);
        return fmt::format("the {} strongest of {} relations ({} among each actor's {} strongest)", n, of,
                           count_text(passed), rule.per_actor);
    case BackboneMethod::none:
        break;
    }
    return fmt::format("all {} relations", of);
}

std::string kept_text(const Diagram& whole, const BackboneRule& rule, const KeptCounts& c)
{
    const std::string name = rule.focus ? whole.nodes[node_of(whole, *rule.focus)].name : std::string();
    if (!rule.ego_network) {
        std::string text = method_text(rule, c.edges, c.passed, count_text(whole.edges.size()));
        if (c.own != 0) text += fmt::format(", those of {} first", name);
        if (c.actors_cut)
            text += rule.focus ? fmt::format(", between {} and the {} other actors of most strength", name,
                                             count_text(rule.max_actors - 1))
                               : fmt::format(", between the {} actors of most strength", count_text(rule.max_actors));
        return text;
    }
    std::string text = fmt::format("the ego network of {} (its {} and the {} between them)", name,
                                   counted(c.partners, "partner"), counted(c.candidates, "relation"));
    if (c.edges == c.candidates) return text;
    text += fmt::format(": its {} strongest ties", count_text(c.own));
    if (c.edges > c.own)
        text += ", then " +
                method_text(rule, c.edges - c.own, c.passed - c.own_passed,
                            "the " + count_text(c.candidates - c.focus_ties)) +
                " between partners";
    return text;
}

/// The nodes a drawing may hold, in the order the actor budget keeps them:
/// the focus first; then in an ego network its partners, by their tie to it;
/// else every node, by strength. Ties break by node order.
std::vector<std::size_t> actors_in_budget_order(const Diagram& whole, std::optional<std::size_t> focus, bool ego)
{
    constexpr double no_tie = -1.0;
    std::vector<double> rank(whole.nodes.size(), no_tie);
    if (ego) {
        for (const DiagramEdge& e : whole.edges) {
            if (e.source == *focus) rank[e.target] = std::max(rank[e.target], std::abs(e.score));
            if (e.target == *focus) rank[e.source] = std::max(rank[e.source], std::abs(e.score));
        }
    } else {
        for (std::size_t i = 0; i < whole.nodes.size(); ++i)
            rank[i] = whole.nodes[i].strength;
    }
    if (focus) rank[*focus] = std::numeric_limits<double>::infinity();
    std::vector<std::size_t> actors;
    for (std::size_t i = 0; i < whole.nodes.size(); ++i)
        if (rank[i] != no_tie) actors.push_back(i);
    std::sort(actors.begin(), actors.end(),
              [&](std::size_t x, std::size_t y) { return rank[x] != rank[y] ? rank[x] > rank[y] : x < y; });
    return actors;
}

/// `whole` cut to the edges `kept` (in edge order) and the nodes they tie, with the focus; each node
/// keeps its strength and learns its number of relations in the whole.
Diagram keep_only(Diagram whole, const std::vector<std::size_t>& kept, std::optional<std::size_t> focus,
                  std::string kept_words)
{
    std::vector<bool> drawn(whole.nodes.size(), false);
    if (focus) drawn[*focus] = true;
    for (const std::size_t e : kept)
        drawn[whole.edges[e].source] = drawn[whole.edges[e].target] = true;
    const std::vector<NodeTies> ties = node_ties(whole);
    std::vector<DiagramNode> nodes = std::move(whole.nodes);
    std::vector<DiagramEdge> edges = std::move(whole.edges);
    Diagram thin = std::move(whole);
    thin.nodes.clear();
    thin.edges.clear();
    std::vector<std::size_t> index(nodes.size(), 0);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!drawn[i]) continue;
        index[i] = thin.nodes.size();
        thin.nodes.push_back(std::move(nodes[i]));
        thin.nodes.back().relations = ties[i].count;
    }
    for (const std::size_t e : kept) {
        DiagramEdge& edge = thin.edges.emplace_back(std::move(edges[e]));
        edge.source = index[edge.source];
        edge.target = index[edge.target];
    }
    thin.thinned = Thinning{nodes.size(), edges.size(), std::move(kept_words)};
    return thin;
}

} // namespace

std::vector<double> disparity_p_values(const Diagram& diagram)
{
    const std::vector<NodeTies> ties = node_ties(diagram);
    const auto p_value = [&](std::size_t node, double weight) {
        const NodeTies& t = ties[node];
        if (t.count < 2) return 1.0;
        return std::pow(1.0 - weight / t.strength, static_cast<double>(t.count - 1));
    };
    std::vector<double> p(diagram.edges.size());
    for (std::size_t e = 0; e < diagram.edges.size(); ++e) {
        const DiagramEdge& edge = diagram.edges[e];
        const double w = std::abs(edge.score);
        p[e] = std::min(p_value(edge.source, w), p_value(edge.target, w));
    }
    return p;
}

Diagram backbone(Diagram whole, const BackboneRule& rule)
{
    const bool budget = rule.method != BackboneMethod::none;
    const bool ego = rule.focus && rule.ego_network;
    if (!ego && (!budget || (whole.edges.size() <= rule.max_edges && whole.nodes.size() <= rule.max_actors)))
        return whole;

    const std::optional<std::size_t> focus =
        rule.focus ? std::optional<std::size_t>(node_of(whole, *rule.focus)) : std::nullopt;
    std::vector<std::size_t> actors = actors_in_budget_order(whole, focus, ego);
    KeptCounts counts;
    counts.partners = ego ? actors.size() - 1 : 0;
    std::vector<bool> may_draw(whole.nodes.size(), false);
    for (const std::size_t i : actors)
        may_draw[i] = true;
    const auto own = [&](std::size_t e) {
        return focus && (whole.edges[e].source == *focus || whole.edges[e].target == *focus);
    };
    for (std::size_t e = 0; e < whole.edges.size(); ++e)
        if (may_draw[whole.edges[e].source] && may_draw[whole.edges[e].target]) {
            ++counts.candidates;
            counts.focus_ties += own(e) ? 1 : 0;
        }
    // An ego network within the budget is drawn whole, as a view is.
    const bool thin_out = budget && (counts.candidates > rule.max_edges || actors.size() > rule.max_actors);
    if (thin_out && actors.size() > rule.max_actors) {
        counts.actors_cut = true;
        actors.resize(rule.max_actors);
    }
    std::vector<bool> actor_kept(whole.nodes.size(), false);
    for (const std::size_t i : actors)
        actor_kept[i] = true;

    // The edges that pass, ranked: the focus's first (an ego network's by
    // strength), then the most significant (disparity) or the strongest.
    const std::vector<double> p =
        rule.method == BackboneMethod::disparity ? disparity_p_values(whole) : std::vector<double>{};
    const std::vector<bool> per_actor = rule.method == BackboneMethod::per_actor
                                            ? among_strongest_of_an_actor(whole, rule.per_actor)
                                            : std::vector<bool>{};
    std::vector<std::size_t> kept;
    for (std::size_t e = 0; e < whole.edges.size(); ++e) {
        const DiagramEdge& edge = whole.edges[e];
        if (!actor_kept[edge.source] || !actor_kept[edge.target]) continue;
        const bool passes = !thin_out || (ego && own(e)) || rule.method == BackboneMethod::strongest ||
                            (rule.method == BackboneMethod::disparity && p[e] < rule.alpha) ||
                            (rule.method == BackboneMethod::per_actor && per_actor[e]);
        if (!passes) continue;
        kept.push_back(e);
        counts.own_passed += own(e) ? 1 : 0;
    }
    const auto before = [&](std::size_t x, std::size_t y) {
        if (own(x) != own(y)) return own(x);
        const bool by_strength = p.empty() || (ego && own(x)); // an ego network's own ties: its strongest
        if (!by_strength && p[x] != p[y]) return p[x] < p[y];
        const double a = std::abs(whole.edges[x].score), b = std::abs(whole.edges[y].score);
        return a != b ? a > b : x < y;
    };
    std::sort(kept.begin(), kept.end(), before);
    counts.passed = kept.size();
    if (thin_out && kept.size() > rule.max_edges) kept.resize(rule.max_edges);
    std::sort(kept.begin(), kept.end());
    counts.edges = kept.size();
    counts.own = static_cast<std::size_t>(std::count_if(kept.begin(), kept.end(), own));

    const std::string kept_words = kept_text(whole, rule, counts);
    return keep_only(std::move(whole), kept, focus, kept_words);
}

std::string drawn_text(const Diagram& diagram)
{
    if (!diagram.thinned) return {};
    std::string text = diagram.thinned->kept;
    const std::size_t left_out = diagram.thinned->actors - diagram.nodes.size();
    if (left_out != 0) text += fmt::format("; {} without a kept tie not drawn", counted(left_out, "actor"));
    return text;
}

bool draws_actor(const Diagram& diagram, ActorIndex actor)
{
    return std::any_of(diagram.nodes.begin(), diagram.nodes.end(),
                       [&](const DiagramNode& n) { return n.actor == actor; });
}

bool draws_relation(const Diagram& diagram, ActorIndex a, ActorIndex b)
{
    return std::any_of(diagram.edges.begin(), diagram.edges.end(), [&](const DiagramEdge& e) {
        const ActorIndex s = diagram.nodes[e.source].actor, t = diagram.nodes[e.target].actor;
        return (s == a && t == b) || (s == b && t == a);
    });
}

} // namespace entente::render
