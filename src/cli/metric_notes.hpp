#pragma once
// What stderr says about a view's actor metrics: iterations that did not
// converge, and a signed eigenvector that is not unique or leads narrowly.
// Returned, not printed, so that views analysed at once print in order.
#include <string>
#include <string_view>
#include <vector>

#include "analysis/actor_metrics.hpp"

namespace entente::cli {

/// A warning line for PageRank or eigenvector centrality that did not converge, naming the view by `label`.
std::string convergence_warnings(const analysis::ActorMetrics& metrics, std::string_view label);

/// A note when the signed eigenvector's leading eigenvalue is not dominant
/// (the vector is not unique) or leads narrowly, naming the view by `label`.
std::string signed_eigenvector_note(const analysis::ActorMetrics& metrics, std::string_view label);

/// One note for many views (the report's eras): those of `labels` whose
/// signed eigenvector is not unique, of `views` views. Empty when none is.
std::string signed_eigenvector_summary(const std::vector<std::string>& labels, std::size_t views);

} // namespace entente::cli
