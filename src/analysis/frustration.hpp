#pragma once
// The frustration index of a view: the least total |score| of the ties that
// break the best split of the actors into two camps (a positive tie across
// the camps, a negative one inside a camp). Zero exactly when the view is
// structurally balanced.
#include <cstdint>
#include <vector>

#include "analysis/camp_split.hpp"
#include "analysis/signed_graph.hpp"
#include "analysis/tie.hpp"

namespace entente::analysis {

struct FrustrationParams {
    /// Components of up to this many actors are solved exactly; larger ones by local search.
    std::size_t exact_limit = 48;
    std::size_t starts = 64; ///< local-search starts for a large component
    std::uint64_t seed = 1;  ///< of the local search's random starts
};

/// An actor's camp in the best split found: 1 or 2.
struct ActorCamp {
    ActorIndex actor = 0;
    int camp = 1;
};

/// Frustration index (Harary 1959; Aref, Mason and Wilson 2018), per connected
/// component: exact by branch and bound (exact_split) for components of up to
/// params.exact_limit actors, else the best of params.starts local searches
/// (searched_split), which is an upper bound and makes exact() false.
/// Deterministic for a given seed.
class Frustration {
public:
    Frustration(const views::RelationGraph& graph, FrustrationParams params) : m_graph(graph), m_params(params) {}
    void run();

    /// Total |score| of the violated ties: the index when exact(), else an upper bound of it.
    [[nodiscard]] double value() const { return m_value; }
    [[nodiscard]] bool exact() const { return m_exact; }
    /// The ties the best split violates, largest |score| first.
    [[nodiscard]] const std::vector<Tie>& violations() const { return m_violations; }
    /// Every active actor in actor order. In each connected component, camp 1
    /// holds the component's first actor (actors.csv order).
    [[nodiscard]] const std::vector<ActorCamp>& camps() const { return m_camps; }

private:
    SignedGraph m_graph;
    FrustrationParams m_params;
    double m_value = 0.0;
    bool m_exact = true;
    std::vector<Tie> m_violations;
    std::vector<ActorCamp> m_camps;
};

} // namespace entente::analysis
