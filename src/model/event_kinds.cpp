#include "model/event_kinds.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace entente::model {

bool EventKinds::keeps(std::string_view code) const
{
    const bool by_code =
        code_prefixes.empty() || std::any_of(code_prefixes.begin(), code_prefixes.end(),
                                             [&](const std::string& p) { return code.starts_with(p); });
    if (!by_code || quads.empty()) return by_code;
    const std::optional<QuadClass> quad = quad_of_root(CameoTable::root(code));
    return quad && std::find(quads.begin(), quads.end(), *quad) != quads.end();
}

std::string describe(const EventKinds& kinds)
{
    std::string quads;
    for (const QuadClass q : kinds.quads)
        quads += (quads.empty() ? "" : " and ") + std::string(k_quad_names[static_cast<std::size_t>(q)]);
    std::string codes;
    for (const std::string& prefix : kinds.code_prefixes)
        codes += (codes.empty() ? "" : ", ") + prefix + "*";
    if (quads.empty()) return codes.empty() ? "" : "events of CAMEO " + codes;
    return codes.empty() ? quads + " events" : fmt::format("{} events of CAMEO {}", quads, codes);
}

std::vector<bool> kept_codes(const CameoTable& table, const EventKinds& kinds)
{
    if (kinds.keep_all()) return {};
    std::vector<bool> kept(table.size());
    for (std::size_t c = 0; c < table.size(); ++c)
        kept[c] = kinds.keeps(table.at(static_cast<CodeIndex>(c)).code);
    return kept;
}

} // namespace entente::model
