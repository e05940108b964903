#pragma once
// The four quad classes of CAMEO (verbal and material cooperation and
// conflict), read off an event code's two-digit root.
#include <array>
#include <optional>
#include <string_view>

namespace entente {

enum class QuadClass { verbal_cooperation, material_cooperation, verbal_conflict, material_conflict };

/// The names the command line uses, in the order of QuadClass.
inline constexpr std::array<std::string_view, 4> k_quad_names{"verbal-coop", "material-coop", "verbal-conflict",
                                                              "material-conflict"};

/// The class of a CAMEO root code: 01-05 verbal cooperation, 06-09 material
/// cooperation, 10-14 verbal conflict, 15-20 material conflict (the
/// standard quad classes of GDELT and ICEWS); none outside 01-20.
std::optional<QuadClass> quad_of_root(int root);

/// The class named `name` (one of k_quad_names), or none.
std::optional<QuadClass> find_quad(std::string_view name);

} // namespace entente
