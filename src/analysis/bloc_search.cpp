// The relocation search is written here: Boost.Graph has no signed
// blockmodelling.
#include "analysis/bloc_search.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

#include "analysis/seeded_random.hpp"

namespace entente::analysis {
namespace {

/// Relocation search for one k: per-actor sums of what each bloc would cost
/// it, so a move or a swap is judged in O(1) and applied in O(degree).
class Relocation {
public:
    Relocation(const SignedGraph& graph, const std::vector<BlocTieCost>& costs, double alpha, std::size_t k,
               double tolerance)
        : m_graph(graph), m_k(k), m_tolerance(tolerance), m_bloc(graph.size()), m_cost(graph.size() * k), m_size(k),
          m_part_to(graph.size(), 0.0), m_slack(graph.size())
    {
        // What a tie adds to the criterion when both ends share a bloc,
        // relative to their being apart: its hostile acts cost alpha each
        // inside, its friendliness saves the (1 - alpha) it costs between.
        m_part.reserve(costs.size());
        for (const BlocTieCost& c : costs)
            m_part.push_back(alpha * c.hostile - (1 - alpha) * c.friendly);
        // The ties a swap pass looks at first: to later actors, costing to share a bloc.
        m_first_hostile.push_back(0);
        for (SignedVertex u = 0; u < graph.size(); ++u) {
            for (const SignedNeighbour& nb : graph.neighbours(u))
                if (nb.vertex > u && m_part[nb.edge] > 0) m_hostile.push_back({nb.vertex, m_part[nb.edge]});
            m_first_hostile.push_back(m_hostile.size());
        }
    }

    /// A random partition into exactly k non-empty blocs (k <= n).
    void start(SeededRandom& random)
    {
        std::vector<SignedVertex> order(m_graph.size());
        for (SignedVertex v = 0; v < order.size(); ++v)
            order[v] = v;
        random.shuffle(order);
        for (std::size_t i = 0; i < order.size(); ++i)
            m_bloc[order[i]] = i < m_k ? i : random.below(m_k);
        recount();
    }

    /// Takes `blocs` as the current partition (exactly k non-empty blocs).
    void start(const std::vector<std::size_t>& blocs)
    {
        m_bloc = blocs;
        recount();
    }

    /// Moves and swaps actors while the criterion falls.
    /// Whether anything moved.
    bool descend()
    {
        bool moved = false;
        while (move_pass() || swap_pass())
            moved = true;
        return moved;
    }

    /// Places the actors the criterion leaves undecided (as cheap in another
    /// bloc as in their own, like a mediator tied alike to two foes) in the
    /// bloc of the earliest actor among those, so the data and not the random
    /// start decides where they are shown. The criterion does not change.
    void settle()
    {
        std::vector<SignedVertex> first(m_k);
        for (std::size_t pass = 0; pass < m_graph.size(); ++pass) {
            std::fill(first.begin(), first.end(), static_cast<SignedVertex>(m_graph.size()));
            for (SignedVertex v = static_cast<SignedVertex>(m_graph.size()); v-- > 0;)
                first[m_bloc[v]] = v;
            bool moved = false;
            for (SignedVertex v = 0; v < m_graph.size(); ++v) {
                const std::size_t from = m_bloc[v];
                if (m_size[from] == 1) continue;
                std::size_t best = from;
                for (std::size_t b = 0; b < m_k; ++b)
                    if (first[b] < first[best] && cost(v, b) <= cost(v, from) + m_tolerance) best = b;
                if (best != from) {
                    move(v, best);
                    moved = true;
                }
            }
            if (!moved) return;
        }
    }

    [[nodiscard]] const std::vector<std::size_t>& blocs() const { return m_bloc; }

private:
    /// Bloc sizes and per-actor bloc costs from m_bloc.
    void recount()
    {
        std::fill(m_cost.begin(), m_cost.end(), 0.0);
        std::fill(m_size.begin(), m_size.end(), 0);
        const auto n = static_cast<SignedVertex>(m_graph.size());
        for (SignedVertex v = 0; v < n; ++v)
            ++m_size[m_bloc[v]];
        // Two actors at a time, each one's sums in the order of its ties: a
        // sum in memory waits on its own last store, and the other actor's
        // additions fill that wait.
        const auto add = [&](SignedVertex v, const SignedNeighbour& nb) {
            cost(v, m_bloc[nb.vertex]) += m_part[nb.edge];
        };
        SignedVertex v = 0;
        for (; v + 1 < n; v += 2) {
            const std::span<const SignedNeighbour> a = m_graph.neighbours(v), b = m_graph.neighbours(v + 1);
            const std::size_t common = std::min(a.size(), b.size());
            for (std::size_t i = 0; i < common; ++i) {
                add(v, a[i]);
                add(v + 1, b[i]);
            }
            for (std::size_t i = common; i < a.size(); ++i)
                add(v, a[i]);
            for (std::size_t i = common; i < b.size(); ++i)
                add(v + 1, b[i]);
        }
        if (v < n)
            for (const SignedNeighbour& nb : m_graph.neighbours(v))
                add(v, nb);
    }

    double& cost(SignedVertex v, std::size_t bloc) { return m_cost[v * m_k + bloc]; }

    void move(SignedVertex v, std::size_t to)
    {
        const std::size_t from = m_bloc[v];
        for (const SignedNeighbour& nb : m_graph.neighbours(v)) {
            const double p = m_part[nb.edge];
            cost(nb.vertex, from) -= p;
            cost(nb.vertex, to) += p;
        }
        --m_size[from];
        ++m_size[to];
        m_bloc[v] = to;
    }

    bool move_pass()
    {
        bool moved = false;
        for (SignedVertex v = 0; v < m_graph.size(); ++v) {
            const std::size_t from = m_bloc[v];
            if (m_size[from] == 1) continue;
            std::size_t best = from;
            for (std::size_t b = 0; b < m_k; ++b)
                if (cost(v, b) < cost(v, best)) best = b;
            if (best != from && cost(v, best) < cost(v, from) - m_tolerance) {
                move(v, best);
                moved = true;
            }
        }
        return moved;
    }

    /// The least that moving v to another bloc changes the criterion by (its
    /// cheapest other bloc's cost less its own's): about 0 or more once no
    /// single move helps; +inf with one bloc.
    [[nodiscard]] double slack(SignedVertex v) const
    {
        double least = std::numeric_limits<double>::infinity();
        for (std::size_t b = 0; b < m_k; ++b)
            if (b != m_bloc[v]) least = std::min(least, m_cost[v * m_k + b] - m_cost[v * m_k + m_bloc[v]]);
        return least;
    }

    /// After a move of v: its slack and its neighbours' (their costs changed).
    void refresh_slack(SignedVertex v)
    {
        const auto refresh = [&](SignedVertex x) {
            m_slack[x] = slack(x);
            m_least_slack = std::min(m_least_slack, m_slack[x]);
        };
        refresh(v);
        for (const SignedNeighbour& nb : m_graph.neighbours(v))
            refresh(nb.vertex);
    }

    /// Swaps pairs of actors in different blocs while that lowers the
    /// criterion by more than the tolerance. A swap changes it by the two
    /// moves' changes less twice the pair's tie part, so by at least the sum
    /// of their slacks less twice the part: nothing to gain when that is at
    /// least minus half the tolerance (the other half dwarfs the rounding of
    /// the sums: the tolerance is 1e-10 of the total), which a pair is
    /// checked for before its costs are looked up. Once no single move helps,
    /// that holds for every pair whose tie does not join them at a cost (part
    /// <= 0), so each actor u looks only at its hostile ties to later actors
    /// (kept apart, m_hostile), unless some actor's slack with u's is below
    /// minus half the tolerance.
    /// O(n k + h) a pass when no single move helps (h hostile ties), O(n k +
    /// n^2) at most.
    bool swap_pass()
    {
        bool swapped = false;
        m_least_slack = std::numeric_limits<double>::infinity();
        for (SignedVertex v = 0; v < m_graph.size(); ++v) {
            m_slack[v] = slack(v);
            m_least_slack = std::min(m_least_slack, m_slack[v]);
        }
        const auto n = static_cast<SignedVertex>(m_graph.size());
        for (SignedVertex u = 0; u < n; ++u) {
            const std::span<const SignedNeighbour> neighbours = m_graph.neighbours(u);
            const std::span<const HostileTie> hostile{m_hostile.data() + m_first_hostile[u],
                                                      m_hostile.data() + m_first_hostile[u + 1]};
            // The bound above: a swap of u and v, whose tie has `part`, cannot lower the criterion.
            const auto cannot_gain = [&](SignedVertex v, double part) {
                return m_slack[u] + m_slack[v] - 2 * part >= -m_tolerance / 2;
            };
            bool marked = false;  // m_part_to holds u's ties
            std::size_t next = 0; // into hostile, in vertex order
            for (SignedVertex v = u + 1;; ++v) {
                double part = 0.0;                                    // of the tie u-v
                if (m_slack[u] + m_least_slack >= -m_tolerance / 2) { // only a hostile neighbour can gain: skip to it
                    // Past those before v, and those the bound rules out (in one tight loop: most are).
                    while (next < hostile.size() &&
                           (hostile[next].vertex < v || cannot_gain(hostile[next].vertex, hostile[next].part)))
                        ++next;
                    if (next == hostile.size()) break;
                    v = hostile[next].vertex;
                    part = hostile[next].part;
                } else {
                    if (v >= n) break;
                    if (!marked) {
                        for (const SignedNeighbour& nb : neighbours)
                            m_part_to[nb.vertex] = m_part[nb.edge];
                        marked = true;
                    }
                    part = m_part_to[v];
                }
                if (cannot_gain(v, part)) continue;
                const std::size_t bu = m_bloc[u], bv = m_bloc[v];
                if (bu == bv) continue;
                // The tie u-v stays between blocs; each single move counted it as joining.
                const double change = cost(u, bv) - cost(u, bu) + cost(v, bu) - cost(v, bv) - 2 * part;
                if (change < -m_tolerance) {
                    move(u, bv);
                    move(v, bu);
                    refresh_slack(u);
                    refresh_slack(v);
                    swapped = true;
                }
            }
            if (marked)
                for (const SignedNeighbour& nb : neighbours)
                    m_part_to[nb.vertex] = 0.0;
        }
        return swapped;
    }

    /// A tie to a later actor that costs when both share a bloc (its part is positive).
    struct HostileTie {
        SignedVertex vertex;
        double part;
    };

    const SignedGraph& m_graph;
    std::vector<double> m_part; ///< per edge: what it adds when its ends share a bloc
    /// Each actor's hostile ties to later actors, actor by actor, in vertex order:
    /// actor u's are m_hostile[m_first_hostile[u] .. m_first_hostile[u + 1]).
    std::vector<HostileTie> m_hostile;
    std::vector<std::size_t> m_first_hostile;
    std::size_t m_k;
    double m_tolerance;
    std::vector<std::size_t> m_bloc;
    std::vector<double> m_cost;      ///< m_cost[v * k + b]: sum of part(w) over v's ties into bloc b
    std::vector<std::size_t> m_size; ///< actors per bloc
    std::vector<double> m_part_to;   ///< scratch: the part of u's tie to each vertex during a swap pass
    std::vector<double> m_slack;     ///< scratch: each actor's slack (slack()) during a swap pass
    double m_least_slack = 0.0;      ///< at most the least of m_slack during a swap pass
};

// Not inlined: in the search loop the sum would live in memory, each edge's
// addition waiting on the last one's store.
[[gnu::noinline]] double criterion(const SignedGraph& graph, const std::vector<BlocTieCost>& costs,
                                   const std::vector<std::size_t>& bloc, double alpha)
{
    double p = 0.0;
    for (std::size_t i = 0; i < costs.size(); ++i) {
        const SignedEdge& e = graph.edges()[i];
        // Picked by index, not by a branch the partition makes unpredictable.
        const double apart_or_inside[2] = {(1 - alpha) * costs[i].friendly, alpha * costs[i].hostile};
        p += apart_or_inside[bloc[e.u] == bloc[e.v] ? 1 : 0];
    }
    return p;
}

struct Searched {
    std::vector<std::size_t> bloc;
    double criterion = 0.0;
};

/// The best of `starts` relocation searches into exactly k blocs.
Searched search(const SignedGraph& graph, const std::vector<BlocTieCost>& costs, const BlocParams& params,
                std::size_t k, double tolerance)
{
    // One stream per k, so `--k 3` and the k = 3 step of `--k auto` agree.
    SeededRandom random(params.seed + 0x9E3779B97F4A7C15ULL * k);
    Relocation relocation(graph, costs, params.alpha, k, tolerance);
    // With one bloc, or one actor per bloc, there is a single partition.
    const std::size_t starts = k == 1 || k == graph.size() ? 1 : std::max<std::size_t>(params.starts, 1);
    Searched best;
    for (std::size_t s = 0, since_better = 0; s < starts && since_better < std::max<std::size_t>(params.patience, 1);
         ++s, ++since_better) {
        relocation.start(random);
        relocation.descend();
        const double p = criterion(graph, costs, relocation.blocs(), params.alpha);
        if (s == 0 || p < best.criterion - tolerance) {
            best = {relocation.blocs(), p};
            since_better = 0;
        }
    }
    relocation.start(best.bloc);
    // Settling keeps the criterion but moves actors, which can open a move or
    // a swap that lowers it: descend again until settling opens none (each
    // descent lowers the criterion by more than the tolerance, so this ends).
    do
        relocation.settle();
    while (relocation.descend());
    return {relocation.blocs(), criterion(graph, costs, relocation.blocs(), params.alpha)};
}

/// Renumbers blocs by their first vertex (vertices are in actor order).
std::vector<std::size_t> canonical(const std::vector<std::size_t>& bloc, std::size_t& count)
{
    std::vector<std::size_t> label(bloc.size(), SIZE_MAX), renumbered(bloc.size());
    count = 0;
    for (std::size_t v = 0; v < bloc.size(); ++v) {
        if (label[bloc[v]] == SIZE_MAX) label[bloc[v]] = count++;
        renumbered[v] = label[bloc[v]];
    }
    return renumbered;
}

void describe(const SignedGraph& graph, const std::vector<BlocTieCost>& costs, const std::vector<std::size_t>& found,
              BlocPartition& result)
{
    std::size_t k = 0;
    const std::vector<std::size_t> bloc = canonical(found, k);
    result.blocs.assign(k, {});
    for (SignedVertex v = 0; v < graph.size(); ++v) {
        result.blocs[bloc[v]].members.push_back(graph.actor(v));
        result.membership.push_back({graph.actor(v), bloc[v]});
    }
    // Per pair of blocs: the positive scores, the hostile acts and the net scores.
    std::vector<double> positive(k * k, 0.0), hostile(k * k, 0.0), net(k * k, 0.0);
    for (std::size_t i = 0; i < costs.size(); ++i) {
        const SignedEdge& e = graph.edges()[i];
        const std::size_t a = std::min(bloc[e.u], bloc[e.v]), b = std::max(bloc[e.u], bloc[e.v]);
        positive[a * k + b] += costs[i].friendly;
        hostile[a * k + b] += costs[i].hostile;
        net[a * k + b] += e.weight;
        if (a == b ? costs[i].hostile > 0 : costs[i].friendly > 0)
            result.breaking.push_back(
                {{graph.actor(e.u), graph.actor(e.v), e.weight, e.dyad}, costs[i].hostile, bloc[e.u], bloc[e.v]});
    }
    // Largest cost to the partition first.
    const auto cost = [](const BreakingTie& t) { return t.bloc_a == t.bloc_b ? t.hostile : t.tie.score; };
    std::stable_sort(result.breaking.begin(), result.breaking.end(),
                     [&](const BreakingTie& x, const BreakingTie& y) { return cost(x) > cost(y); });
    for (std::size_t a = 0; a < k; ++a) {
        Bloc& b = result.blocs[a];
        b.positive_inside = positive[a * k + a];
        b.negative_inside = hostile[a * k + a];
        const double size = static_cast<double>(b.members.size());
        if (b.members.size() > 1) b.cohesion = net[a * k + a] / (size * (size - 1) / 2);
        for (std::size_t c = a + 1; c < k; ++c) {
            const double pairs = size * static_cast<double>(result.blocs[c].members.size());
            result.relations.push_back({a, c, positive[a * k + c], hostile[a * k + c], -net[a * k + c] / pairs});
        }
    }
}

} // namespace

std::optional<std::size_t> BlocPartition::bloc_of(ActorIndex actor) const
{
    const auto it = std::lower_bound(membership.begin(), membership.end(), actor,
                                     [](const ActorBloc& m, ActorIndex a) { return m.actor < a; });
    if (it == membership.end() || it->actor != actor) return std::nullopt;
    return it->bloc;
}

BlocTieCost bloc_tie_cost(const views::RelationGraph& graph, const views::Dyad& d)
{
    BlocTieCost cost;
    if (d.neg > graph.spec().epsilon) cost.hostile = d.neg;
    if (d.score > 0 && graph.is_edge(d)) cost.friendly = d.score;
    return cost;
}

namespace {

SignedGraph tie_graph(const views::RelationGraph& graph, std::vector<BlocTieCost>& costs)
{
    require_undirected(graph);
    std::vector<SignedEdge> edges;
    const std::vector<views::Dyad>& dyads = graph.dyads();
    for (std::size_t i = 0; i < dyads.size(); ++i) {
        const views::Dyad& d = dyads[i];
        const BlocTieCost cost = bloc_tie_cost(graph, d);
        if (cost.hostile == 0 && cost.friendly == 0) continue;
        const auto u = static_cast<SignedVertex>(*graph.vertex_of(d.a));
        const auto v = static_cast<SignedVertex>(*graph.vertex_of(d.b));
        edges.push_back({std::min(u, v), std::max(u, v), d.score, i});
        costs.push_back(cost);
    }
    return {graph.actors(), std::move(edges)};
}

} // namespace

BlocSearch::BlocSearch(const views::RelationGraph& graph, BlocParams params)
    : m_graph(tie_graph(graph, m_costs)), m_params(params)
{
}

void BlocSearch::run()
{
    m_result = BlocPartition{};
    m_result.alpha = m_params.alpha;
    const std::size_t n = m_graph.size();
    double total = 0.0;
    for (const BlocTieCost& c : m_costs)
        total += c.hostile + c.friendly;
    const double tolerance = 1e-10 * (total + 1.0);
    m_result.penalty_per_bloc = m_params.penalty_share * total;
    if (n == 0) return;

    const std::size_t low = m_params.auto_k ? 1 : std::min(std::max<std::size_t>(m_params.k, 1), n);
    const std::size_t high = m_params.auto_k ? std::min(std::max<std::size_t>(m_params.max_k, 1), n) : low;
    Searched best;
    double best_penalised = 0.0;
    for (std::size_t k = low; k <= high; ++k) {
        Searched found = search(m_graph, m_costs, m_params, k, tolerance);
        const double penalised = found.criterion + m_result.penalty_per_bloc * static_cast<double>(k - 1);
        m_result.candidates.push_back({k, found.criterion, penalised});
        if (k == low || penalised < best_penalised - tolerance) {
            best_penalised = penalised;
            best = std::move(found);
        }
    }
    m_result.criterion = best.criterion;
    describe(m_graph, m_costs, best.bloc, m_result);
}

} // namespace entente::analysis
