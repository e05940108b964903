#pragma once
// The leading eigenvector of a signed graph (Bonacich & Lloyd 2004).
#include <vector>

#include "analysis/signed_ties.hpp"

namespace entente::analysis {

/// The leading eigenvalue is dominant when the next largest in size is
/// smaller by more than this share of it.
inline constexpr double k_dominance_tolerance = 1e-6;
/// It leads only narrowly when the next is at least this share of it in
/// size: the vector is unique, but a little more or less of one kind of tie
/// would let the other lead (a star of friends and foes around one actor).
inline constexpr double k_narrow_lead = 0.95;

struct SignedEigenvector {
    /// By actor (vertex order): the eigenvector of the leading eigenvalue,
    /// scaled so that its largest component in size is 1 (the first actor
    /// of those within 1e-9 of the largest, so the sign is fixed the same way
    /// every run); all 0 without ties.
    std::vector<double> values;
    double leading = 0.0;   ///< λ1, the eigenvalue largest in size (the positive one of ±λ the same size)
    double runner_up = 0.0; ///< λ2, the next in size (0 for fewer than two actors)
    /// |λ2| < (1 − k_dominance_tolerance) |λ1|, or no ties at all. When not,
    /// the vector is not unique (a two-camp graph has −λ1 too, two equal
    /// components share λ1) and `values` is one of many.
    bool dominant = true;
    /// Dominant, but |λ2| ≥ k_narrow_lead |λ1|.
    bool narrow = false;
};

/// The leading eigenvector of the signed, weighted adjacency matrix (weights
/// the ties' net scores, so a war weighs more than a protest note): a
/// status that friends of high-status actors gain and their enemies lose,
/// "eigenvector centrality with negative ties" (Bonacich, P. and Lloyd, P.
/// (2004), "Calculating status with negative relations", Social Networks
/// 26, 331–338). Leading means largest in size, whatever its sign (an
/// all-hostile graph leads with a negative eigenvalue). The matrix is
/// reduced to tridiagonal form once (analysis/symmetric_eigen.hpp), the two
/// smallest and two largest eigenvalues found by bisection, so dominance is
/// checked to rounding, even for a repeated eigenvalue, and the vector by
/// inverse iteration: O(n³) time, O(n²) space.
SignedEigenvector signed_eigenvector(const SignedTies& ties);

} // namespace entente::analysis
