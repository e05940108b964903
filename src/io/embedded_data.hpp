#pragma once
// Data files of the source tree compiled into the executable, so that it
// works from any folder.
#include <string_view>

namespace entente::io {

/// The text of data/cameo.csv.
std::string_view embedded_cameo_csv();
/// The text of data/countries.csv (ISO 3166 alpha-3 codes and names).
std::string_view embedded_countries_csv();
/// The text of data/cameo_countries.csv (CAMEO country codes to ISO).
std::string_view embedded_cameo_countries_csv();
/// The text of data/icews_countries.csv (ICEWS country names to ISO).
std::string_view embedded_icews_countries_csv();
/// The text of data/cow_countries.csv (Correlates of War state codes to ISO).
std::string_view embedded_cow_countries_csv();
/// The text of data/organisations.csv (organisations, groups and former states articles name).
std::string_view embedded_organisations_csv();
/// The text of data/act_phrases.csv (verb phrases of prose to CAMEO codes).
std::string_view embedded_act_phrases_csv();

} // namespace entente::io
