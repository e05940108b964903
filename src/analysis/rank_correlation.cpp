#include "analysis/rank_correlation.hpp"

#include <cmath>

namespace entente::analysis {

std::optional<double> kendall_tau_b(std::span<const double> x, std::span<const double> y)
{
    const std::size_t n = x.size();
    if (n < 2 || y.size() != n) return std::nullopt;
    long long concordant = 0, discordant = 0, tied_x = 0, tied_y = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double dx = x[i] - x[j];
            const double dy = y[i] - y[j];
            if (dx == 0) ++tied_x;
            if (dy == 0) ++tied_y;
            if (dx == 0 || dy == 0) continue;
            if ((dx > 0) == (dy > 0))
                ++concordant;
            else
                ++discordant;
        }
    }
    const auto pairs = static_cast<long long>(n * (n - 1) / 2);
    const double denominator =
        std::sqrt(static_cast<double>(pairs - tied_x)) * std::sqrt(static_cast<double>(pairs - tied_y));
    if (denominator == 0) return std::nullopt;
    return static_cast<double>(concordant - discordant) / denominator;
}

} // namespace entente::analysis
