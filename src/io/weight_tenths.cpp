#include "io/weight_tenths.hpp"

#include <cmath>
#include <fmt/format.h>

namespace entente::io {

std::int64_t weight_tenths(double weight)
{
    return std::llround(weight * 10.0);
}

std::string mean_weight_text(std::int64_t tenths, std::uint64_t count)
{
    // In units of 10^-k_mean_decimals: |tenths| / count × 10^(k_mean_decimals - 1),
    // rounded half up in whole numbers (the SQL does the same division).
    std::uint64_t scale = 1;
    for (int i = 1; i < k_mean_decimals; ++i)
        scale *= 10;
    const std::uint64_t magnitude =
        tenths < 0 ? 0 - static_cast<std::uint64_t>(tenths) : static_cast<std::uint64_t>(tenths);
    const std::uint64_t units = (2 * magnitude * scale + count) / (2 * count);
    const std::uint64_t one = scale * 10;
    std::string text = fmt::format("{}{}", tenths < 0 && units > 0 ? "-" : "", units / one);
    if (const std::uint64_t fraction = units % one; fraction != 0) {
        std::string digits = fmt::format("{:0{}}", fraction, k_mean_decimals);
        digits.erase(digits.find_last_not_of('0') + 1);
        text += '.' + digits;
    }
    return text;
}

} // namespace entente::io
