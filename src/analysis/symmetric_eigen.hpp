#pragma once
// Chosen eigenvalues and eigenvectors of a dense symmetric matrix.
#include <cstddef>
#include <vector>

namespace entente::analysis {

/// A symmetric n × n matrix reduced to tridiagonal form T = Qᵀ A Q by
/// Householder reflections (O(n³) once, about 4n³/3 operations), after
/// which any eigenvalue costs O(n) per bisection step (Sturm counts) and an
/// eigenvector O(n²) (inverse iteration on T, then Q). Golub & Van Loan,
/// Matrix Computations, sections 8.3 and 8.4. Written by hand: neither
/// Boost nor the standard library has a symmetric eigen-solver.
class SymmetricEigen {
public:
    /// `matrix` is row-major and symmetric.
    SymmetricEigen(std::vector<double> matrix, std::size_t n);

    [[nodiscard]] std::size_t size() const { return m_n; }
    /// The k-th smallest eigenvalue (k < n; repeated ones counted as often as
    /// they repeat), by bisection to the last bit the spectrum's scale allows.
    [[nodiscard]] double eigenvalue(std::size_t k) const;
    /// A unit eigenvector of `value`, an eigenvalue from eigenvalue(); one of
    /// many when `value` repeats. Deterministic.
    [[nodiscard]] std::vector<double> eigenvector(double value) const;

private:
    /// How many eigenvalues are below x (the negative pivots of T − xI).
    [[nodiscard]] std::size_t count_below(double x) const;

    std::size_t m_n;
    std::vector<double> m_diagonal;     ///< T's diagonal
    std::vector<double> m_off_diagonal; ///< T's sub-diagonal, n − 1 entries
    std::vector<double> m_reflectors;   ///< row k holds the unit vector v_k of the k-th reflection (0 if none)
    double m_scale = 0.0;               ///< a bound on every |eigenvalue| (Gershgorin on T)
};

} // namespace entente::analysis
