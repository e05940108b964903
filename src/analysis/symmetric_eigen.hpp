#pragma once
// Every eigenvalue and eigenvector of a small dense symmetric matrix.
#include <cstddef>
#include <vector>

namespace entente::analysis {

struct SymmetricEigen {
    std::vector<double> values;  ///< the eigenvalues, in no particular order
    std::vector<double> vectors; ///< n × n, row-major: column k is the unit eigenvector of values[k]
};

/// The eigen-decomposition of the symmetric n × n matrix `matrix` (row-major;
/// only symmetric input is meaningful) by the cyclic Jacobi method: plane
/// rotations zero each off-diagonal entry in turn, sweep after sweep, until
/// the off-diagonal sum of squares is below 1e-28 of the whole (quadratic
/// convergence, usually under ten sweeps; at most 64). Accurate to rounding
/// for every eigenvalue, which lets a caller compare the two largest.
/// O(n³) time a sweep, O(n²) space. Written by hand: neither Boost nor the
/// standard library has a symmetric eigen-solver. Jacobi, C. G. J. (1846);
/// Golub & Van Loan, Matrix Computations, section 8.5.
SymmetricEigen symmetric_eigen(std::vector<double> matrix, std::size_t n);

} // namespace entente::analysis
