#include "analysis/symmetric_eigen.hpp"

#include <cmath>

namespace entente::analysis {

namespace {

double off_diagonal_squares(const std::vector<double>& a, std::size_t n)
{
    double sum = 0.0;
    for (std::size_t p = 0; p < n; ++p)
        for (std::size_t q = p + 1; q < n; ++q)
            sum += 2.0 * a[p * n + q] * a[p * n + q];
    return sum;
}

} // namespace

SymmetricEigen symmetric_eigen(std::vector<double> a, std::size_t n)
{
    SymmetricEigen eigen;
    eigen.vectors.assign(n * n, 0.0);
    for (std::size_t k = 0; k < n; ++k)
        eigen.vectors[k * n + k] = 1.0;
    double total = 0.0;
    for (const double x : a)
        total += x * x;
    std::vector<double>& v = eigen.vectors;
    for (int sweep = 0; sweep < 64 && off_diagonal_squares(a, n) > 1e-28 * total; ++sweep) {
        for (std::size_t p = 0; p < n; ++p)
            for (std::size_t q = p + 1; q < n; ++q) {
                const double apq = a[p * n + q];
                if (apq == 0.0) continue;
                // The rotation by angle φ with tan φ = t zeroes a[p][q]: t is the
                // smaller root of t² + 2θt − 1 = 0, θ = (a[q][q] − a[p][p]) / 2a[p][q].
                const double theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                const double t = std::copysign(1.0, theta) / (std::abs(theta) + std::sqrt(theta * theta + 1.0));
                const double c = 1.0 / std::sqrt(t * t + 1.0), s = t * c;
                for (std::size_t k = 0; k < n; ++k) { // columns p and q
                    const double kp = a[k * n + p], kq = a[k * n + q];
                    a[k * n + p] = c * kp - s * kq;
                    a[k * n + q] = s * kp + c * kq;
                }
                for (std::size_t k = 0; k < n; ++k) { // rows p and q
                    const double pk = a[p * n + k], qk = a[q * n + k];
                    a[p * n + k] = c * pk - s * qk;
                    a[q * n + k] = s * pk + c * qk;
                }
                a[p * n + q] = a[q * n + p] = 0.0;
                for (std::size_t k = 0; k < n; ++k) {
                    const double kp = v[k * n + p], kq = v[k * n + q];
                    v[k * n + p] = c * kp - s * kq;
                    v[k * n + q] = s * kp + c * kq;
                }
            }
    }
    eigen.values.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        eigen.values[k] = a[k * n + k];
    return eigen;
}

} // namespace entente::analysis
