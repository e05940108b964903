#pragma once
// Eras and actors named on the command line, looked up in the dataset; an
// unknown name is a usage error that says what the user likely meant.
#include <string>
#include <string_view>

#include "model/dataset.hpp"

namespace entente::cli {

/// What --help shows as the value of an option that takes an era id or an
/// actor id (`--era ERA`); the bash completion offers the bundled dataset's
/// ids after the options of these types (packaging/completion.cpp).
inline constexpr const char* k_era_type = "ERA";
inline constexpr const char* k_actor_type = "ACTOR";

/// The dataset's era `id`. Throws UsageError for an unknown id, naming the
/// known eras and the one likely meant.
const Era& require_era(const model::Dataset& dataset, const std::string& id);

/// The actor `id` given to `option` (`--actor`, `--dyad`). Throws UsageError
/// for an unknown id, with the id likely meant (another case, a name or an
/// alias, a typo).
ActorIndex require_actor(const model::Dataset& dataset, std::string_view option, std::string_view id);

} // namespace entente::cli
