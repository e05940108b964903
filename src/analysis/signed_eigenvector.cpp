#include "analysis/signed_eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

#include "analysis/symmetric_eigen.hpp"

namespace entente::analysis {

SignedEigenvector signed_eigenvector(const SignedTies& ties)
{
    const std::size_t n = ties.n;
    SignedEigenvector result;
    result.values.assign(n, 0.0);
    if (n == 0) return result;
    const SymmetricEigen eigen = symmetric_eigen(ties.score, n);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const double a = eigen.values[x], b = eigen.values[y];
        return std::abs(a) != std::abs(b) ? std::abs(a) > std::abs(b) : a > b;
    });
    // Of ±λ the same size up to rounding (ties only between two sides), the
    // positive one leads: its vector gives friends the sign of the actor they befriend.
    if (n > 1 && eigen.values[order[1]] > eigen.values[order[0]] &&
        std::abs(eigen.values[order[1]]) >= (1.0 - k_dominance_tolerance) * std::abs(eigen.values[order[0]]))
        std::swap(order[0], order[1]);
    result.leading = eigen.values[order[0]];
    result.runner_up = n > 1 ? eigen.values[order[1]] : 0.0;
    if (result.leading == 0.0) return result; // no ties
    result.dominant = std::abs(result.runner_up) < (1.0 - k_dominance_tolerance) * std::abs(result.leading);
    result.narrow = result.dominant && std::abs(result.runner_up) >= k_narrow_lead * std::abs(result.leading);

    const std::size_t k = order[0];
    double largest = 0.0;
    for (std::size_t v = 0; v < n; ++v)
        largest = std::max(largest, std::abs(eigen.vectors[v * n + k]));
    std::size_t pivot = 0;
    while (std::abs(eigen.vectors[pivot * n + k]) < (1.0 - 1e-9) * largest)
        ++pivot;
    const double scale = eigen.vectors[pivot * n + k];
    for (std::size_t v = 0; v < n; ++v)
        result.values[v] = eigen.vectors[v * n + k] / scale;
    return result;
}

} // namespace entente::analysis
