#pragma once
// PN centrality of a signed graph (Everett & Borgatti 2014).
#include <vector>

#include "analysis/signed_ties.hpp"

namespace entente::analysis {

/// PN centrality of each actor of `ties`: PN = (I − A / (2n − 2))⁻¹ · 1, where
/// A = P − 2N, P and N being the 0/1 matrices of the positive and of the
/// negative ties and n the number of actors. An actor gains from friends and
/// loses twice as much from enemies, and from its friends' and enemies'
/// standing in turn; without ties every actor scores 1. Everett, M. G. and
/// Borgatti, S. P. (2014), "Networks containing negative ties", Social
/// Networks 38, 111–120.
///
/// Defined for every n: a lone actor (n = 1) scores 1. The system is
/// singular only for two actors whose tie is negative (A / (2n − 2) then has
/// the eigenvalue 1); both score 1/2 there, the limit of (I − tA/2)⁻¹ · 1 as
/// t rises to 1. Solved by Gaussian elimination with partial pivoting,
/// written by hand (Boost.uBLAS's LU, of Boost 1.74, does not build as
/// C++20): O(n³) time, O(n²) space.
std::vector<double> pn_centrality(const SignedTies& ties);

} // namespace entente::analysis
