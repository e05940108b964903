#include "analysis/partition_agreement.hpp"

#include <map>
#include <utility>

namespace entente::analysis {
namespace {

double pairs(long long k)
{
    return static_cast<double>(k) * static_cast<double>(k - 1) / 2.0;
}

} // namespace

std::optional<double> adjusted_rand_index(std::span<const int> a, std::span<const int> b)
{
    const std::size_t n = a.size();
    if (n < 2 || b.size() != n) return std::nullopt;
    std::map<std::pair<int, int>, long long> joint;
    std::map<int, long long> in_a, in_b;
    for (std::size_t i = 0; i < n; ++i) {
        ++joint[{a[i], b[i]}];
        ++in_a[a[i]];
        ++in_b[b[i]];
    }
    double index = 0, sum_a = 0, sum_b = 0;
    for (const auto& [key, count] : joint)
        index += pairs(count);
    for (const auto& [key, count] : in_a)
        sum_a += pairs(count);
    for (const auto& [key, count] : in_b)
        sum_b += pairs(count);
    const double expected = sum_a * sum_b / pairs(static_cast<long long>(n));
    const double maximum = (sum_a + sum_b) / 2.0;
    // Equal only when both partitions are all singletons or both one group: identical.
    if (maximum == expected) return 1.0;
    return (index - expected) / (maximum - expected);
}

} // namespace entente::analysis
