#pragma once
// The columns of the source formats that an import reads, by their names in
// the formats' own header files: the importers find them there (ICEWS) or
// at their index (GDELT), and the SQL of `import --emit-sql` reads the same
// names from an engine's table.
#include <array>
#include <cstddef>
#include <string_view>

namespace entente::io {

/// One column of a source row.
struct SourceColumn {
    std::string_view name; ///< as in the format's header file
    std::size_t index = 0; ///< 0-based position in a GDELT row (ICEWS finds it in its header)
};

/// What an event is made from, in every format that `--emit-sql` reduces.
struct EventColumns {
    SourceColumn id;             ///< GLOBALEVENTID, Event ID
    SourceColumn date;           ///< SQLDATE (YYYYMMDD), Event Date (YYYY-MM-DD)
    SourceColumn source_country; ///< a CAMEO country code, a country name
    SourceColumn target_country;
    SourceColumn code;   ///< the CAMEO event code
    SourceColumn weight; ///< GoldsteinScale, Intensity: blank for the code's Goldstein weight
};

/// GDELT 1.0 and 2.0 share every column read but SOURCEURL.
inline constexpr EventColumns k_gdelt_columns{{"GLOBALEVENTID", 0},      {"SQLDATE", 1},    {"Actor1CountryCode", 7},
                                              {"Actor2CountryCode", 17}, {"EventCode", 26}, {"GoldsteinScale", 30}};
/// GDELT's SOURCEURL: the last column of 58-column 1.0 rows and of 2.0 rows.
inline constexpr SourceColumn k_gdelt1_url{"SOURCEURL", 57};
inline constexpr SourceColumn k_gdelt2_url{"SOURCEURL", 60};

/// ICEWS: found by name in the header row.
inline constexpr EventColumns k_icews_columns{{"Event ID", 0},       {"Event Date", 0}, {"Source Country", 0},
                                              {"Target Country", 0}, {"CAMEO Code", 0}, {"Intensity", 0}};
/// ICEWS writes NA for a missing value.
inline constexpr std::string_view k_icews_missing = "NA";

/// The columns in the order the importers check them.
inline constexpr std::array<SourceColumn, 6> in_order(const EventColumns& c)
{
    return {c.id, c.date, c.source_country, c.target_country, c.code, c.weight};
}

} // namespace entente::io
