#pragma once
// Structural balance by triangles: how many signed triangles of each kind a
// view holds, how many are balanced, and how balanced each actor's are.
#include <optional>
#include <utility>
#include <vector>

#include "analysis/signed_graph.hpp"

namespace entente::analysis {

/// Triangles by their number of negative ties; +++ and +-- are balanced.
struct TriangleCounts {
    long long ppp = 0, ppn = 0, pnn = 0, nnn = 0;
    double weight_balanced = 0.0; ///< sum of |w1 w2 w3| over balanced triangles
    double weight_total = 0.0;    ///< sum of |w1 w2 w3| over all triangles

    [[nodiscard]] long long triangles() const { return ppp + ppn + pnn + nnn; }
    [[nodiscard]] long long balanced() const { return ppp + pnn; }
    /// balanced / triangles; none without triangles.
    [[nodiscard]] std::optional<double> balance_ratio() const;
    /// Each triangle weighted by the product of its ties' |score|; none without triangles.
    [[nodiscard]] std::optional<double> weighted_balance_ratio() const;
};

/// An actor's share of balanced triangles among the triangles it is part of.
struct ActorBalance {
    ActorIndex actor = 0;
    long long triangles = 0;
    long long balanced = 0;
    [[nodiscard]] std::optional<double> local_balance() const;
};

/// Signed triangle census (Cartwright and Harary 1956). Enumerates each
/// triangle once by orienting ties from lower to higher (degree, vertex) rank
/// and marking the forward neighbours of each vertex (Chiba and Nishizeki
/// 1985; Latapy 2008): O(m^1.5) time, O(n + m) memory.
class TriangleCensus {
public:
    explicit TriangleCensus(const views::RelationGraph& graph) : m_graph(graph) {}
    explicit TriangleCensus(SignedGraph graph) : m_graph(std::move(graph)) {}
    void run();

    [[nodiscard]] const TriangleCounts& counts() const { return m_counts; }
    /// Every active actor of the view, in actor order.
    [[nodiscard]] const std::vector<ActorBalance>& actors() const { return m_actors; }

private:
    SignedGraph m_graph;
    TriangleCounts m_counts;
    std::vector<ActorBalance> m_actors;
};

} // namespace entente::analysis
