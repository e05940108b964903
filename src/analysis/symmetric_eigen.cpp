#include "analysis/symmetric_eigen.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace entente::analysis {

SymmetricEigen::SymmetricEigen(std::vector<double> a, std::size_t n)
    : m_n(n), m_diagonal(n), m_off_diagonal(n > 0 ? n - 1 : 0), m_reflectors(n * n, 0.0)
{
    std::vector<double> p(n);
    // Step k zeroes column k below its sub-diagonal: H = I − 2vvᵀ maps
    // x = A[k+1.., k] to (alpha, 0, ...), and the trailing block B becomes
    // HBH = B − vwᵀ − wvᵀ with p = 2Bv and w = p − (vᵀp)v.
    for (std::size_t k = 0; k + 2 < n; ++k) {
        double tail = 0.0; // below the sub-diagonal
        for (std::size_t i = k + 2; i < n; ++i)
            tail += a[i * n + k] * a[i * n + k];
        if (tail == 0.0) continue; // this column is tridiagonal already
        double* v = &m_reflectors[k * n];
        const double x0 = a[(k + 1) * n + k];
        const double norm = std::sqrt(x0 * x0 + tail);
        const double alpha = x0 > 0 ? -norm : norm; // the sign that adds to |v[k+1]|, not cancels
        for (std::size_t i = k + 1; i < n; ++i)
            v[i] = a[i * n + k];
        v[k + 1] -= alpha;
        double length = 0.0;
        for (std::size_t i = k + 1; i < n; ++i)
            length += v[i] * v[i];
        length = std::sqrt(length);
        for (std::size_t i = k + 1; i < n; ++i)
            v[i] /= length;
        // p = 2Bv, four rows at a time: each row's sum still runs over j in
        // order (the same bits), but four independent sums keep the adder busy
        // where one waits on its own last addition.
        std::size_t i = k + 1;
        for (; i + 4 <= n; i += 4) {
            const double* r0 = &a[i * n];
            const double* r1 = r0 + n;
            const double* r2 = r1 + n;
            const double* r3 = r2 + n;
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (std::size_t j = k + 1; j < n; ++j) {
                s0 += r0[j] * v[j];
                s1 += r1[j] * v[j];
                s2 += r2[j] * v[j];
                s3 += r3[j] * v[j];
            }
            p[i] = 2.0 * s0;
            p[i + 1] = 2.0 * s1;
            p[i + 2] = 2.0 * s2;
            p[i + 3] = 2.0 * s3;
        }
        for (; i < n; ++i) {
            double sum = 0.0;
            for (std::size_t j = k + 1; j < n; ++j)
                sum += a[i * n + j] * v[j];
            p[i] = 2.0 * sum;
        }
        double vp = 0.0;
        for (std::size_t r = k + 1; r < n; ++r)
            vp += v[r] * p[r];
        for (std::size_t i = k + 1; i < n; ++i)
            p[i] -= vp * v[i]; // now w
        for (std::size_t i = k + 1; i < n; ++i)
            for (std::size_t j = k + 1; j < n; ++j)
                a[i * n + j] -= v[i] * p[j] + p[i] * v[j];
        a[(k + 1) * n + k] = a[k * n + k + 1] = alpha;
        for (std::size_t i = k + 2; i < n; ++i)
            a[i * n + k] = a[k * n + i] = 0.0;
    }
    for (std::size_t i = 0; i < n; ++i)
        m_diagonal[i] = a[i * n + i];
    for (std::size_t i = 0; i + 1 < n; ++i)
        m_off_diagonal[i] = a[(i + 1) * n + i];
    for (std::size_t i = 0; i < n; ++i) {
        const double left = i > 0 ? std::abs(m_off_diagonal[i - 1]) : 0.0;
        const double right = i + 1 < n ? std::abs(m_off_diagonal[i]) : 0.0;
        m_scale = std::max(m_scale, std::abs(m_diagonal[i]) + left + right);
    }
}

std::size_t SymmetricEigen::count_below(double x) const
{
    // The pivots of the LDLᵀ factorisation of T − xI; a zero pivot is
    // nudged to a tiny one, which moves x by less than the result can tell.
    const double tiny = std::numeric_limits<double>::min() + std::numeric_limits<double>::epsilon() * m_scale;
    std::size_t below = 0;
    double q = 1.0;
    for (std::size_t i = 0; i < m_n; ++i) {
        const double coupling = i > 0 ? m_off_diagonal[i - 1] * m_off_diagonal[i - 1] / q : 0.0;
        q = m_diagonal[i] - x - coupling;
        if (q == 0.0) q = -tiny;
        if (q < 0) ++below;
    }
    return below;
}

double SymmetricEigen::eigenvalue(std::size_t k) const
{
    if (m_scale == 0.0) return 0.0; // the zero matrix
    double low = -m_scale - 1e-300, high = m_scale + 1e-300;
    while (true) {
        const double middle = low + (high - low) / 2;
        // Done when no double is left between them, or they are as close as
        // the reduction's rounding (a few ulps of the spectrum's scale) lets them matter.
        if (middle <= low || middle >= high || high - low <= 2 * std::numeric_limits<double>::epsilon() * m_scale)
            return middle;
        if (count_below(middle) > k)
            high = middle;
        else
            low = middle;
    }
}

std::vector<double> SymmetricEigen::eigenvector(double value) const
{
    const std::size_t n = m_n;
    std::vector<double> y(n);
    // A start with a part along every eigenvector (no sign pattern that an eigenvector could be orthogonal to).
    for (std::size_t i = 0; i < n; ++i)
        y[i] = 1.0 + 0.5 * std::sin(1.0 + 2.0 * static_cast<double>(i));
    if (n == 1) return {1.0};
    // (T − value·I) factorised once by Gaussian elimination with partial
    // pivoting, which gives a second super-diagonal where rows swap.
    std::vector<double> sub(m_off_diagonal), diag(n), super(m_off_diagonal), super2(n, 0.0);
    std::vector<bool> swapped(n, false);
    const double tiny = std::numeric_limits<double>::epsilon() * std::max(m_scale, 1e-300);
    for (std::size_t i = 0; i < n; ++i)
        diag[i] = m_diagonal[i] - value;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (std::abs(diag[i]) >= std::abs(sub[i])) {
            if (diag[i] == 0.0) diag[i] = tiny;
            const double f = sub[i] / diag[i];
            sub[i] = f;
            diag[i + 1] -= f * super[i];
        } else {
            const double f = diag[i] / sub[i];
            diag[i] = sub[i];
            sub[i] = f;
            const double above = super[i];
            super[i] = diag[i + 1];
            diag[i + 1] = above - f * super[i];
            if (i + 2 < n) {
                super2[i] = super[i + 1];
                super[i + 1] = -f * super[i + 1];
            }
            swapped[i] = true;
        }
    }
    if (diag[n - 1] == 0.0) diag[n - 1] = tiny;
    // Inverse iteration: each solve multiplies the wanted part by 1/|value − λ|, near 1/rounding.
    for (int round = 0; round < 3; ++round) {
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (swapped[i]) std::swap(y[i], y[i + 1]);
            y[i + 1] -= sub[i] * y[i];
        }
        y[n - 1] /= diag[n - 1];
        y[n - 2] = (y[n - 2] - super[n - 2] * y[n - 1]) / diag[n - 2];
        for (std::size_t i = n - 2; i-- > 0;)
            y[i] = (y[i] - super[i] * y[i + 1] - super2[i] * y[i + 2]) / diag[i];
        double length = 0.0;
        for (const double x : y)
            length += x * x;
        length = std::sqrt(length);
        for (double& x : y)
            x /= length;
    }
    // Back from T's coordinates to A's: x = H_0 H_1 ... H_(n-3) y.
    for (std::size_t k = n >= 2 ? n - 2 : 0; k-- > 0;) {
        const double* v = &m_reflectors[k * n];
        double dot = 0.0;
        for (std::size_t i = k + 1; i < n; ++i)
            dot += v[i] * y[i];
        for (std::size_t i = k + 1; i < n; ++i)
            y[i] -= 2.0 * dot * v[i];
    }
    return y;
}

} // namespace entente::analysis
