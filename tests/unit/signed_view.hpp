#pragma once
// Hand-drawn and random signed graphs for the balance and bloc tests: an
// in-memory dataset with one event per tie, and the relation graph of it.
#include <memory>
#include <tuple>
#include <vector>

#include "model/dataset.hpp"
#include "views/relation_graph.hpp"

namespace entente::testing {

/// A tie between actors a and b (indices) with a score.
using Ties = std::vector<std::tuple<ActorIndex, ActorIndex, double>>;

class SignedView {
public:
    /// `actors` actors named A, B, C, ... (A000, A001, ... beyond 26), each tie one event.
    SignedView(std::size_t actors, const Ties& ties, double epsilon = 0.0);
    [[nodiscard]] const views::RelationGraph& graph() const { return *m_graph; }
    [[nodiscard]] ActorIndex actor(const std::string& id) const { return *m_dataset->actors.find(id); }

private:
    std::unique_ptr<model::Dataset> m_dataset;
    std::unique_ptr<views::RelationGraph> m_graph;
};

/// Random ties: each pair is tied with probability `density`, its score
/// uniform in [-10, 10] (never 0). Deterministic in `seed`.
Ties random_ties(std::size_t actors, double density, std::uint64_t seed);

} // namespace entente::testing
