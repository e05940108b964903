#include "cli/event_kind_options.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace entente::cli {

void add_event_kind_options(CLI::App& command, EventKindOptions& options)
{
    const std::string group = "Events (default: every kind)";
    command
        .add_option("--codes", options.codes,
                    "read only events whose CAMEO code starts with one of these codes or roots, e.g. 18,19,20 "
                    "(assault, fight, mass violence) or 057: every number, and the events shown behind it, as if the "
                    "dataset held nothing else")
        ->type_name("LIST")
        ->group(group);
    command
        .add_option("--quad", options.quad,
                    "read only events of these quad classes of the code's root: verbal-coop (01-05), material-coop "
                    "(06-09), verbal-conflict (10-14), material-conflict (15-20); with --codes, an event must pass "
                    "both")
        ->type_name("LIST")
        ->group(group);
}

namespace {

bool is_code(const std::string& code)
{
    return !code.empty() && code.size() <= 4 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QuadClass require_quad(const std::string& name)
{
    if (const auto quad = find_quad(name)) return *quad;
    const std::vector<std::string> names(k_quad_names.begin(), k_quad_names.end());
    const std::optional<std::string> meant = closest_match(name, names);
    throw UsageError(fmt::format("--quad: unknown class '{}' ({}classes: {})", printable(name),
                                 meant ? fmt::format("did you mean '{}'? ", *meant) : "", fmt::join(names, ", ")));
}

} // namespace

model::EventKinds event_kinds(const EventKindOptions& options)
{
    model::EventKinds kinds;
    if (!options.codes.empty())
        for (const std::string& code : split(options.codes, ',')) {
            if (!is_code(code))
                throw UsageError(
                    fmt::format("--codes: '{}' is not a CAMEO code or root (1 to 4 digits)", printable(code)));
            kinds.code_prefixes.push_back(code);
        }
    if (!options.quad.empty())
        for (const std::string& name : split(options.quad, ','))
            kinds.quads.push_back(require_quad(name));
    return kinds;
}

} // namespace entente::cli
