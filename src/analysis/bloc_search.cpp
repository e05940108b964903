// The relocation search is written here: Boost.Graph has no signed
// blockmodelling.
#include "analysis/bloc_search.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/seeded_random.hpp"

namespace entente::analysis {
namespace {

/// Relocation search for one k: per-actor sums of what each bloc would cost
/// it, so a move or a swap is judged in O(1) and applied in O(degree).
class Relocation {
public:
    Relocation(const SignedGraph& graph, double alpha, std::size_t k, double tolerance)
        : m_graph(graph), m_alpha(alpha), m_k(k), m_tolerance(tolerance), m_bloc(graph.size()),
          m_cost(graph.size() * k), m_size(k), m_weight_to(graph.size(), 0.0)
    {
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
        std::fill(m_cost.begin(), m_cost.end(), 0.0);
        std::fill(m_size.begin(), m_size.end(), 0);
        for (SignedVertex v = 0; v < m_graph.size(); ++v) {
            ++m_size[m_bloc[v]];
            for (const SignedNeighbour& nb : m_graph.neighbours(v))
                cost(v, m_bloc[nb.vertex]) += part(m_graph.edges()[nb.edge].weight);
        }
    }

    /// Moves and swaps actors while the criterion falls.
    void descend()
    {
        while (move_pass() || swap_pass()) {}
    }

    [[nodiscard]] const std::vector<std::size_t>& blocs() const { return m_bloc; }

private:
    /// What a tie adds to the criterion when both ends share a bloc, relative
    /// to their being apart: a negative tie costs alpha |w| inside, a positive
    /// one saves the (1 - alpha) w it costs between blocs.
    [[nodiscard]] double part(double weight) const { return weight < 0 ? -m_alpha * weight : -(1 - m_alpha) * weight; }
    double& cost(SignedVertex v, std::size_t bloc) { return m_cost[v * m_k + bloc]; }

    void move(SignedVertex v, std::size_t to)
    {
        const std::size_t from = m_bloc[v];
        for (const SignedNeighbour& nb : m_graph.neighbours(v)) {
            const double p = part(m_graph.edges()[nb.edge].weight);
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

    bool swap_pass()
    {
        bool swapped = false;
        for (SignedVertex u = 0; u < m_graph.size(); ++u) {
            for (const SignedNeighbour& nb : m_graph.neighbours(u))
                m_weight_to[nb.vertex] = m_graph.edges()[nb.edge].weight;
            for (SignedVertex v = u + 1; v < m_graph.size(); ++v) {
                const std::size_t bu = m_bloc[u], bv = m_bloc[v];
                if (bu == bv) continue;
                // The tie u-v stays between blocs; each single move counted it as joining.
                const double change = cost(u, bv) - cost(u, bu) + cost(v, bu) - cost(v, bv) - 2 * part(m_weight_to[v]);
                if (change < -m_tolerance) {
                    move(u, bv);
                    move(v, bu);
                    swapped = true;
                }
            }
            for (const SignedNeighbour& nb : m_graph.neighbours(u))
                m_weight_to[nb.vertex] = 0.0;
        }
        return swapped;
    }

    const SignedGraph& m_graph;
    double m_alpha;
    std::size_t m_k;
    double m_tolerance;
    std::vector<std::size_t> m_bloc;
    std::vector<double> m_cost;      ///< m_cost[v * k + b]: sum of part(w) over v's ties into bloc b
    std::vector<std::size_t> m_size; ///< actors per bloc
    std::vector<double> m_weight_to; ///< scratch: the weight of u's tie to each vertex during a swap pass
};

double criterion(const SignedGraph& graph, const std::vector<std::size_t>& bloc, double alpha)
{
    double p = 0.0;
    for (const SignedEdge& e : graph.edges()) {
        const bool inside = bloc[e.u] == bloc[e.v];
        if (e.weight < 0 && inside) p += alpha * -e.weight;
        if (e.weight > 0 && !inside) p += (1 - alpha) * e.weight;
    }
    return p;
}

struct Searched {
    std::vector<std::size_t> bloc;
    double criterion = 0.0;
};

/// The best of `starts` relocation searches into exactly k blocs.
Searched search(const SignedGraph& graph, const BlocParams& params, std::size_t k, double tolerance)
{
    // One stream per k, so `--k 3` and the k = 3 step of `--k auto` agree.
    SeededRandom random(params.seed + 0x9E3779B97F4A7C15ULL * k);
    Relocation relocation(graph, params.alpha, k, tolerance);
    // With one bloc, or one actor per bloc, there is a single partition.
    const std::size_t starts = k == 1 || k == graph.size() ? 1 : std::max<std::size_t>(params.starts, 1);
    Searched best;
    for (std::size_t s = 0, since_better = 0; s < starts && since_better < std::max<std::size_t>(params.patience, 1);
         ++s, ++since_better) {
        relocation.start(random);
        relocation.descend();
        const double p = criterion(graph, relocation.blocs(), params.alpha);
        if (s == 0 || p < best.criterion - tolerance) {
            best = {relocation.blocs(), p};
            since_better = 0;
        }
    }
    return best;
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

void describe(const SignedGraph& graph, const std::vector<std::size_t>& found, BlocPartition& result)
{
    std::size_t k = 0;
    const std::vector<std::size_t> bloc = canonical(found, k);
    result.blocs.assign(k, {});
    for (SignedVertex v = 0; v < graph.size(); ++v) {
        result.blocs[bloc[v]].members.push_back(graph.actor(v));
        result.membership.push_back({graph.actor(v), bloc[v]});
    }
    std::vector<double> positive(k * k, 0.0), negative(k * k, 0.0);
    for (const SignedEdge& e : graph.edges()) {
        const std::size_t a = std::min(bloc[e.u], bloc[e.v]), b = std::max(bloc[e.u], bloc[e.v]);
        (e.weight > 0 ? positive : negative)[a * k + b] += std::abs(e.weight);
        if ((e.weight > 0) != (a == b))
            result.breaking.push_back({{graph.actor(e.u), graph.actor(e.v), e.weight, e.dyad}, bloc[e.u], bloc[e.v]});
    }
    std::stable_sort(result.breaking.begin(), result.breaking.end(), [](const BreakingTie& x, const BreakingTie& y) {
        return std::abs(x.tie.score) > std::abs(y.tie.score);
    });
    for (std::size_t a = 0; a < k; ++a) {
        Bloc& b = result.blocs[a];
        b.positive_inside = positive[a * k + a];
        b.negative_inside = negative[a * k + a];
        const double size = static_cast<double>(b.members.size());
        if (b.members.size() > 1) b.cohesion = (b.positive_inside - b.negative_inside) / (size * (size - 1) / 2);
        for (std::size_t c = a + 1; c < k; ++c) {
            const double pairs = size * static_cast<double>(result.blocs[c].members.size());
            result.relations.push_back(
                {a, c, positive[a * k + c], negative[a * k + c], (negative[a * k + c] - positive[a * k + c]) / pairs});
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

void BlocSearch::run()
{
    m_result = BlocPartition{};
    m_result.alpha = m_params.alpha;
    const std::size_t n = m_graph.size();
    double total = 0.0;
    for (const SignedEdge& e : m_graph.edges())
        total += std::abs(e.weight);
    const double tolerance = 1e-10 * (total + 1.0);
    m_result.penalty_per_bloc = m_params.penalty_share * total;
    if (n == 0) return;

    const std::size_t low = m_params.auto_k ? 1 : std::min(std::max<std::size_t>(m_params.k, 1), n);
    const std::size_t high = m_params.auto_k ? std::min(std::max<std::size_t>(m_params.max_k, 1), n) : low;
    Searched best;
    double best_penalised = 0.0;
    for (std::size_t k = low; k <= high; ++k) {
        Searched found = search(m_graph, m_params, k, tolerance);
        const double penalised = found.criterion + m_result.penalty_per_bloc * static_cast<double>(k - 1);
        m_result.candidates.push_back({k, found.criterion, penalised});
        if (k == low || penalised < best_penalised - tolerance) {
            best_penalised = penalised;
            best = std::move(found);
        }
    }
    m_result.criterion = best.criterion;
    describe(m_graph, best.bloc, m_result);
}

} // namespace entente::analysis
