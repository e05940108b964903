#pragma once
// Per-actor metrics of a relation graph (DESIGN.md section 5).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/power_iteration.hpp"
#include "analysis/signed_eigenvector.hpp"
#include "views/relation_graph.hpp"

namespace entente::analysis {

/// PageRank's damping factor: the probability of following a tie rather than jumping.
inline constexpr double k_pagerank_damping = 0.85;

/// The metrics of one actor. Degrees and strengths count every edge (in a
/// directed view, in-edges and out-edges); the centralities up to
/// `eigenvector` are computed on the positive subgraph (edges with score > 0,
/// all actors of the view kept), where an edge's length is 1 / score; the
/// signed ones on every tie, undirected (analysis/signed_ties.hpp: a directed
/// view's two directions summed).
struct ActorMetric {
    ActorIndex actor = 0;
    long long degree = 0;      ///< edges
    long long degree_pos = 0;  ///< positive edges
    long long degree_neg = 0;  ///< negative edges
    double strength = 0.0;     ///< sum of |score| over the edges
    double net_strength = 0.0; ///< sum of score over the edges
    double betweenness = 0.0;  ///< weighted betweenness, raw pair counts (analysis/path_centralities.hpp)
    double closeness = 0.0;    ///< harmonic closeness, not normalised (analysis/path_centralities.hpp)
    double pagerank = 0.0;     ///< weighted PageRank, damping 0.85, sums to 1 (analysis/pagerank.hpp)
    double eigenvector = 0.0;  ///< eigenvector centrality, largest 1 (analysis/eigenvector_centrality.hpp)
    double pn_index = 0.0;     ///< PN centrality (analysis/pn_centrality.hpp)
    double signed_eigenvector =
        0.0; ///< leading eigenvector of the signed ties, largest 1 (analysis/signed_eigenvector.hpp)
};

/// Computes every ActorMetric of a view's actors: O(V E + V^2 log V) for
/// betweenness and closeness, O(V^3) for the signed centralities.
class ActorMetrics {
public:
    explicit ActorMetrics(const views::RelationGraph& graph) : m_graph(&graph) {}
    void run();

    /// One entry per actor of the view, in actor order.
    [[nodiscard]] const std::vector<ActorMetric>& values() const { return m_values; }
    [[nodiscard]] const ActorMetric* find(ActorIndex actor) const;
    [[nodiscard]] Convergence pagerank_convergence() const { return m_pagerank; }
    [[nodiscard]] Convergence eigenvector_convergence() const { return m_eigenvector; }
    /// The signed eigenvector's eigenvalues and whether the leading one dominates (`values` left empty).
    [[nodiscard]] const SignedEigenvector& signed_eigenvalues() const { return m_signed; }

private:
    const views::RelationGraph* m_graph;
    std::vector<ActorMetric> m_values;
    Convergence m_pagerank, m_eigenvector;
    SignedEigenvector m_signed;
};

/// The names of the metrics, in column order (`degree` ... `signed_eigenvector`).
const std::vector<std::string>& actor_metric_names();

/// The metrics before the signed centralities (`degree` ... `eigenvector`):
/// those `compare` ranks across eras. The signed ones are not ranked there
/// yet: signed_eigenvector may be one vector of many in an era (a star of
/// ties), and compare's sentences have no words for either.
const std::vector<std::string>& unsigned_metric_names();

/// The value of the metric called `name`; std::nullopt for an unknown name.
std::optional<double> actor_metric_value(const ActorMetric& metric, std::string_view name);

/// Throws UsageError unless `key` is `actor` or a metric name; the message names them all.
void check_actor_sort_key(std::string_view key);

/// The actors ordered by `metric` (largest first, ties by id) or by `actor`
/// (id, A to Z), cut to the first `top` (0 keeps all). Throws UsageError for
/// an unknown metric (check_actor_sort_key).
std::vector<ActorMetric> rank_actors(const std::vector<ActorMetric>& values, std::string_view metric, std::size_t top,
                                     const ActorRegistry& actors);

} // namespace entente::analysis
