#include "analysis/arcs_into.hpp"

#include <algorithm>

namespace entente::analysis {

void add_along_arcs(const ArcsInto& into, const std::vector<double>& x, std::vector<double>& next)
{
    const std::size_t* const first = into.first.data();
    const std::uint32_t* const source = into.source.data();
    const double* const weight = into.weight.data();
    const double* const from = x.data();
    const std::size_t n = next.size();
    std::size_t t = 0;
    // Four sums side by side, each over its own arcs in order: their additions
    // overlap where one sum would wait on its own last addition.
    for (; t + 4 <= n; t += 4) {
        double s0 = next[t], s1 = next[t + 1], s2 = next[t + 2], s3 = next[t + 3];
        std::size_t k0 = first[t], k1 = first[t + 1], k2 = first[t + 2], k3 = first[t + 3];
        const std::size_t common = std::min({k1 - k0, k2 - k1, k3 - k2, first[t + 4] - k3});
        for (std::size_t j = 0; j < common; ++j) {
            s0 += from[source[k0 + j]] * weight[k0 + j];
            s1 += from[source[k1 + j]] * weight[k1 + j];
            s2 += from[source[k2 + j]] * weight[k2 + j];
            s3 += from[source[k3 + j]] * weight[k3 + j];
        }
        for (std::size_t k = k0 + common; k < first[t + 1]; ++k)
            s0 += from[source[k]] * weight[k];
        for (std::size_t k = k1 + common; k < first[t + 2]; ++k)
            s1 += from[source[k]] * weight[k];
        for (std::size_t k = k2 + common; k < first[t + 3]; ++k)
            s2 += from[source[k]] * weight[k];
        for (std::size_t k = k3 + common; k < first[t + 4]; ++k)
            s3 += from[source[k]] * weight[k];
        next[t] = s0;
        next[t + 1] = s1;
        next[t + 2] = s2;
        next[t + 3] = s3;
    }
    for (; t < n; ++t) {
        double sum = next[t];
        for (std::size_t k = first[t]; k < first[t + 1]; ++k)
            sum += from[source[k]] * weight[k];
        next[t] = sum;
    }
}

} // namespace entente::analysis
