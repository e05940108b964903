#pragma once
// CAMEO codes that state a rupture or a rapprochement outright.
#include <optional>
#include <string_view>

#include "analysis/rupture.hpp"

namespace entente::analysis {

/// The kind of change a CAMEO code states, if any. Ruptures: roots 16 (reduce
/// or break relations, cut aid, sanctions, expulsions), 17 (coerce), 18
/// (assault), 19 (fight) and 20 (mass violence). Rapprochements, their
/// opposites: 054 grant diplomatic recognition (which restores relations),
/// 055 apologise, 056 forgive, 057 sign a formal agreement, 085 ease economic
/// sanctions, 087 de-escalate militarily with 0871-0874 (truce, ease a
/// blockade, demobilise, retreat). Codes from the CAMEO codebook 1.1b3 (Schrodt
/// 2012); 064 (share intelligence) and 086 (allow international involvement)
/// are cooperation, not mending, and are left out. O(1).
std::optional<RuptureKind> explicit_act(std::string_view code);

/// Whether an act of this CAMEO code, as the first recorded between two actors,
/// opens their relations: 054, grant diplomatic recognition (an exchange of
/// recognition, an establishment of relations); with an organisation also
/// 057, sign a formal agreement (its charter, an accession). O(1).
bool opens_relations(std::string_view code, bool with_organization);

} // namespace entente::analysis
