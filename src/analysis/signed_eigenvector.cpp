#include "analysis/signed_eigenvector.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "analysis/symmetric_eigen.hpp"

namespace entente::analysis {

SignedEigenvector signed_eigenvector(const SignedTies& ties)
{
    const std::size_t n = ties.n;
    SignedEigenvector result;
    result.values.assign(n, 0.0);
    if (n == 0) return result;
    const SymmetricEigen eigen(ties.score, n);
    // The two largest in size are among the two smallest and the two largest.
    std::vector<std::size_t> picked;
    for (const std::size_t k : {std::size_t{0}, std::size_t{1}, n - 2, n - 1})
        if (k < n && std::find(picked.begin(), picked.end(), k) == picked.end()) picked.push_back(k);
    std::vector<double> ends;
    for (const std::size_t k : picked)
        ends.push_back(eigen.eigenvalue(k));
    std::sort(ends.begin(), ends.end(),
              [](double a, double b) { return std::abs(a) != std::abs(b) ? std::abs(a) > std::abs(b) : a > b; });
    // Of ±λ the same size up to rounding (ties only between two sides), the
    // positive one leads: its vector gives friends the sign of the actor they befriend.
    if (ends.size() > 1 && ends[1] > ends[0] && std::abs(ends[1]) >= (1.0 - k_dominance_tolerance) * std::abs(ends[0]))
        std::swap(ends[0], ends[1]);
    result.leading = ends[0];
    result.runner_up = ends.size() > 1 ? ends[1] : 0.0;
    if (result.leading == 0.0) return result; // no ties
    result.dominant = std::abs(result.runner_up) < (1.0 - k_dominance_tolerance) * std::abs(result.leading);
    result.narrow = result.dominant && std::abs(result.runner_up) >= k_narrow_lead * std::abs(result.leading);

    const std::vector<double> vector = eigen.eigenvector(result.leading);
    double largest = 0.0;
    for (const double x : vector)
        largest = std::max(largest, std::abs(x));
    std::size_t pivot = 0;
    while (std::abs(vector[pivot]) < (1.0 - 1e-9) * largest)
        ++pivot;
    for (std::size_t v = 0; v < n; ++v)
        result.values[v] = vector[v] / vector[pivot];
    return result;
}

} // namespace entente::analysis
