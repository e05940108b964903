#pragma once
// Which kinds of event a reading keeps (the command line's --codes and
// --quad): rows of other codes are left out of every reading of a dataset,
// so each number a command prints and the evidence behind it agree.
#include <string>
#include <string_view>
#include <vector>

#include "core/cameo.hpp"
#include "core/quad_class.hpp"

namespace entente::model {

struct EventKinds {
    std::vector<std::string> code_prefixes; ///< keep codes that start with one of these; empty: any code
    std::vector<QuadClass> quads;           ///< keep codes whose root is of one of these classes; empty: any

    /// True when both lists are empty: every row is kept.
    [[nodiscard]] bool keep_all() const { return code_prefixes.empty() && quads.empty(); }
    /// A code is kept when it passes both lists (each empty list passes all).
    [[nodiscard]] bool keeps(std::string_view code) const;
};

/// The kinds in words for titles and notes: "material-conflict events",
/// "events of CAMEO 18*, 19*", "material-conflict events of CAMEO 19*";
/// empty when they keep all.
std::string describe(const EventKinds& kinds);

/// Whether `kinds` keep each code of `table`, by CodeIndex; empty when they keep all.
std::vector<bool> kept_codes(const CameoTable& table, const EventKinds& kinds);

} // namespace entente::model
