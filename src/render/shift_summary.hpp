#pragma once
// Plain-language sentences that open `entente compare`: written from the
// numbers of an EraShift, never by hand.
#include <optional>
#include <string>
#include <vector>

#include "analysis/era_shift.hpp"

namespace entente::render {

struct ShiftContext {
    std::string label_a, label_b;    ///< `Rafael Correa`, `Lenín Moreno`
    std::optional<ActorIndex> focal; ///< sentences say "relations with X" when set
    std::size_t max_sentences = 5;
};

/// One sentence per dyad that flipped or changed most (flips first, then by
/// |change|), each with its rates per year and the event that best explains
/// it. Example: "Under Lenín Moreno (after Rafael Correa), relations with the
/// United States turned from hostile to friendly (-0.39 to +2.00 a year;
/// 2020-02-12: First meeting of ...)."
std::vector<std::string> shift_sentences(const model::Dataset& dataset, const analysis::EraShift& shift,
                                         const ShiftContext& context);

} // namespace entente::render
