#pragma once
// The built-in country tables of data/, read once on first use: ISO 3166
// alpha-3 codes with their names, and the country codes of CAMEO, ICEWS and
// the Correlates of War mapped to them; and the organisations and groups
// articles and events name.
#include <optional>

#include "core/actor_registry.hpp"
#include <string>
#include <string_view>
#include <vector>

namespace entente::io {

struct Country {
    std::string code;                  ///< `ECU`
    std::string name;                  ///< `Ecuador`
    std::vector<std::string> aliases;  ///< other names prose uses: `Britain`, `U.S.`
    std::vector<std::string> demonyms; ///< `Ecuadorian`, `Ecuadoran`
    std::vector<std::string> capitals; ///< `Quito`: a capital named for its government
};

/// A CAMEO actor country code: a country (with its ISO code) or a region (`AFR`, `WSB`).
struct CameoCountry {
    std::string code;   ///< `ROM`
    std::string iso3;   ///< `ROU`; empty for a region
    std::string region; ///< the region's name; empty for a country
};

/// A Correlates of War state code and the actor id it maps to.
struct CowCountry {
    int ccode = 0;    ///< `130`
    std::string id;   ///< `ECU`, or `COW_BAV` for a state ISO never coded
    std::string name; ///< COW's name of the state
};

/// data/countries.csv: the ISO 3166-1 alpha-3 codes, a few withdrawn ones and XKX, with names
/// (and, for the states articles name most, other names, demonyms and capitals).
const std::vector<Country>& countries();
/// The country with this code, or nullptr.
const Country* find_country(std::string_view code);

/// data/cameo_countries.csv.
const std::vector<CameoCountry>& cameo_countries();
/// The CAMEO code's entry, or nullptr when it is not a CAMEO country or region code.
const CameoCountry* find_cameo_country(std::string_view code);

/// An ICEWS country name and the ISO code it maps to.
struct IcewsCountry {
    std::string name; ///< `Russian Federation`
    std::string iso3; ///< `RUS`
};

/// Every name icews_country_code knows, once each: data/icews_countries.csv,
/// then the names of data/countries.csv it does not hold.
const std::vector<IcewsCountry>& icews_countries();
/// The ISO code of an ICEWS country name, from icews_countries(); nothing when it is not there.
std::optional<std::string_view> icews_country_code(std::string_view name);

/// data/organisations.csv: organisations, groups and former states, with the
/// ids the bundled dataset uses (`UN`, `AMERICAN_STATES`, `FARC`).
const ActorRegistry& builtin_organisations();

/// data/cow_countries.csv.
const std::vector<CowCountry>& cow_countries();
/// The state with this COW code, or nullptr.
const CowCountry* find_cow_country(int ccode);

} // namespace entente::io
