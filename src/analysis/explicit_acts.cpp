#include "analysis/explicit_acts.hpp"

#include <array>

#include "core/cameo.hpp"

namespace entente::analysis {

std::optional<RuptureKind> explicit_act(std::string_view code)
{
    const int root = CameoTable::root(code);
    if (root >= 16 && root <= 20) return RuptureKind::rupture;
    constexpr std::array<std::string_view, 6> mending{"054", "055", "056", "057", "085", "087"};
    for (const std::string_view prefix : mending)
        if (code.substr(0, 3) == prefix) return RuptureKind::rapprochement;
    return std::nullopt;
}

bool opens_relations(std::string_view code, bool with_organization)
{
    const std::string_view base = code.substr(0, 3);
    return base == "054" || (with_organization && base == "057");
}

} // namespace entente::analysis
