#include "analysis/rupture.hpp"

#include <string>

namespace entente::analysis {

std::string_view to_string(RuptureKind kind)
{
    return kind == RuptureKind::rupture ? "rupture" : "rapprochement";
}

std::string signal_names(unsigned signals)
{
    std::string names;
    for (const auto& [flag, name] :
         {std::pair{signal_pelt, "pelt"}, {signal_flip, "flip"}, {signal_act, "act"}, {signal_conflict, "conflict"}}) {
        if ((signals & flag) == 0) continue;
        if (!names.empty()) names += '+';
        names += name;
    }
    return names;
}

} // namespace entente::analysis
