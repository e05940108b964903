#pragma once
// Stopping rule and outcome of the iterative kernels (PageRank, eigenvector).
#include <cstddef>

namespace entente::analysis {

/// Iterate until the L1 change of the vector falls below `tolerance`, at most `max_iterations` times.
struct PowerIteration {
    double tolerance = 1e-13;
    std::size_t max_iterations = 10000;
};

struct Convergence {
    std::size_t iterations = 0;
    bool converged = false;
};

} // namespace entente::analysis
