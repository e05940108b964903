#include "cli/country_option.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/country_tables.hpp"

namespace entente::cli {

std::vector<std::string> country_list(const std::string& text)
{
    std::vector<std::string> known;
    for (const io::Country& c : io::countries())
        known.push_back(c.code);
    for (const io::CowCountry& c : io::cow_countries())
        known.push_back(c.id);
    std::vector<std::string> list;
    for (const std::string& code : split(text, ',')) {
        if (std::find(known.begin(), known.end(), code) == known.end()) {
            const auto hint = closest_match(code, known);
            throw UsageError(fmt::format("--countries: unknown country code '{}' ({})", code,
                                         hint ? fmt::format("did you mean '{}'?", *hint)
                                              : std::string("expected ISO 3166 alpha-3 codes such as ECU,COL,PER")));
        }
        list.push_back(code);
    }
    return list;
}

} // namespace entente::cli
