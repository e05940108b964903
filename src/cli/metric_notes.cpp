#include "cli/metric_notes.hpp"

#include <cmath>
#include <fmt/format.h>
#include <utility>

namespace entente::cli {

std::string convergence_warnings(const analysis::ActorMetrics& metrics, std::string_view label)
{
    std::string warnings;
    for (const auto& [name, run] : {std::pair{"PageRank", metrics.pagerank_convergence()},
                                    std::pair{"eigenvector centrality", metrics.eigenvector_convergence()}}) {
        if (!run.converged)
            warnings += fmt::format("entente: warning: {}: {} did not converge in {} iterations\n", label, name,
                                    run.iterations);
    }
    return warnings;
}

std::string signed_eigenvector_note(const analysis::ActorMetrics& metrics, std::string_view label)
{
    const analysis::SignedEigenvector& run = metrics.signed_eigenvalues();
    const double l1 = run.leading, l2 = run.runner_up;
    if (!run.dominant) {
        const bool two_sides = std::abs(l1 + l2) <= analysis::k_dominance_tolerance * std::abs(l1);
        return fmt::format("entente: note: {}: signed_eigenvector is not unique: the two largest eigenvalues of the "
                           "signed ties, {:.6g} and {:.6g}, are the same size ({}); do not rank by it\n",
                           label, l1, l2,
                           two_sides ? "the ties run only between two sides, as in a star or a tree"
                                     : "parts of the graph alike");
    }
    if (run.narrow)
        return fmt::format("entente: note: {}: signed_eigenvector leads narrowly: the two largest eigenvalues of the "
                           "signed ties, {:.6g} and {:.6g}, are within {:g}% of each other in size, so a little more "
                           "or less of one kind of tie would change it; read it with care\n",
                           label, l1, l2, 100 * (1 - analysis::k_narrow_lead));
    return {};
}

std::string signed_eigenvector_summary(const std::vector<std::string>& labels, std::size_t views)
{
    if (labels.empty()) return {};
    return fmt::format("entente: note: signed_eigenvector is not unique in {} of {} views ({}): two eigenvalues of "
                       "the signed ties are the largest in size, as when the ties run only between two sides (a "
                       "star, a tree); do not rank by it there\n",
                       labels.size(), views, fmt::join(labels, ", "));
}

} // namespace entente::cli
