#include "cli/dataset_lookup.hpp"

#include <fmt/format.h>
#include <optional>
#include <vector>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace entente::cli {
namespace {

std::string era_list(const model::Dataset& dataset)
{
    std::string list;
    for (const Era& e : dataset.eras)
        list += (list.empty() ? "" : ", ") + e.id;
    return list.empty() ? "the dataset has no eras" : "known eras: " + list;
}

} // namespace

const Era& require_era(const model::Dataset& dataset, const std::string& id)
{
    if (const Era* era = dataset.find_era(id)) return *era;
    std::vector<std::string> ids;
    for (const Era& e : dataset.eras)
        ids.push_back(e.id);
    const std::optional<std::string> meant = closest_match(id, ids);
    throw UsageError(fmt::format("unknown era '{}' ({}{})", printable(id),
                                 meant ? fmt::format("did you mean '{}'? ", *meant) : "", era_list(dataset)));
}

ActorIndex require_actor(const model::Dataset& dataset, std::string_view option, std::string_view id)
{
    if (const auto actor = dataset.actors.find(id)) return *actor;
    const auto meant = dataset.actors.suggest(id);
    throw UsageError(fmt::format("{}: unknown actor '{}'{}", option, printable(id),
                                 meant ? fmt::format(" (did you mean '{}'?)", *meant) : std::string()));
}

} // namespace entente::cli
