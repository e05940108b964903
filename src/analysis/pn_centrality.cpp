#include "analysis/pn_centrality.hpp"

#include <cmath>
#include <stdexcept>
#include <utility>

namespace entente::analysis {
namespace {

/// Solves `matrix` · x = `rhs` (n × n, row-major, overwritten) by Gaussian
/// elimination with partial pivoting; x is left in `rhs`.
void solve(std::vector<double>& matrix, std::vector<double>& rhs, std::size_t n)
{
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row)
            if (std::abs(matrix[row * n + col]) > std::abs(matrix[pivot * n + col])) pivot = row;
        // Never singular for n > 2: |λ| ≤ 2n − 2 for every eigenvalue λ of A, and
        // 2n − 2 itself is reached only by the all-negative complete graph,
        // whose eigenvalue of that size is negative.
        if (matrix[pivot * n + col] == 0.0) throw std::logic_error("PN centrality: a singular system");
        if (pivot != col) {
            for (std::size_t k = 0; k < n; ++k)
                std::swap(matrix[pivot * n + k], matrix[col * n + k]);
            std::swap(rhs[pivot], rhs[col]);
        }
        for (std::size_t row = col + 1; row < n; ++row) {
            const double factor = matrix[row * n + col] / matrix[col * n + col];
            if (factor == 0.0) continue;
            for (std::size_t k = col; k < n; ++k)
                matrix[row * n + k] -= factor * matrix[col * n + k];
            rhs[row] -= factor * rhs[col];
        }
    }
    for (std::size_t row = n; row-- > 0;) {
        double sum = rhs[row];
        for (std::size_t k = row + 1; k < n; ++k)
            sum -= matrix[row * n + k] * rhs[k];
        rhs[row] = sum / matrix[row * n + row];
    }
}

} // namespace

std::vector<double> pn_centrality(const SignedTies& ties)
{
    const std::size_t n = ties.n;
    if (n < 2) return std::vector<double>(n, 1.0);
    if (n == 2 && ties.at(0, 1) < 0) return {0.5, 0.5};
    const double scale = 1.0 / (2.0 * static_cast<double>(n) - 2.0);
    std::vector<double> system(n * n);
    for (std::size_t u = 0; u < n; ++u)
        for (std::size_t v = 0; v < n; ++v) {
            const double s = ties.at(u, v);
            const double a = s > 0 ? 1.0 : s < 0 ? -2.0 : 0.0;
            system[u * n + v] = (u == v ? 1.0 : 0.0) - a * scale;
        }
    std::vector<double> pn(n, 1.0);
    solve(system, pn, n);
    return pn;
}

} // namespace entente::analysis
