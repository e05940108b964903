#include "core/quad_class.hpp"

#include <algorithm>

namespace entente {

std::optional<QuadClass> quad_of_root(int root)
{
    if (root < 1 || root > 20) return std::nullopt;
    if (root <= 5) return QuadClass::verbal_cooperation;
    if (root <= 9) return QuadClass::material_cooperation;
    if (root <= 14) return QuadClass::verbal_conflict;
    return QuadClass::material_conflict;
}

std::optional<QuadClass> find_quad(std::string_view name)
{
    const auto it = std::find(k_quad_names.begin(), k_quad_names.end(), name);
    if (it == k_quad_names.end()) return std::nullopt;
    return static_cast<QuadClass>(it - k_quad_names.begin());
}

} // namespace entente
