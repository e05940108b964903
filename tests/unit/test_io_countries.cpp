#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <set>

#include "core/actor.hpp"
#include "io/country_tables.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(country_tables)

BOOST_AUTO_TEST_CASE(iso_table_holds_every_code_once)
{
    std::set<std::string> codes;
    for (const io::Country& c : io::countries()) {
        BOOST_TEST(is_valid_actor_id(c.code));
        BOOST_TEST(!c.name.empty());
        BOOST_TEST(codes.insert(c.code).second, "duplicate " << c.code);
    }
    // 249 ISO 3166-1 codes, 12 withdrawn ones and XKX.
    BOOST_TEST(codes.size() == 262U);
    BOOST_TEST(io::find_country("ECU")->name == "Ecuador");
    BOOST_TEST(io::find_country("YUG")->name == "Yugoslavia");
    BOOST_TEST(!io::find_country("EUR"));
}

BOOST_AUTO_TEST_CASE(mappings_lead_to_known_countries)
{
    for (const io::CameoCountry& c : io::cameo_countries())
        BOOST_TEST((c.iso3.empty() ? !c.region.empty() : io::find_country(c.iso3) != nullptr), c.code);
    for (const io::CowCountry& c : io::cow_countries()) {
        BOOST_TEST(is_valid_actor_id(c.id));
        BOOST_TEST((c.id.rfind("COW_", 0) == 0 || io::find_country(c.id) != nullptr), c.ccode);
    }
    BOOST_TEST(io::cameo_countries().size() == 262U); // 28 regions, 233 countries, SSD
    BOOST_TEST(io::cow_countries().size() == 221U);
}

BOOST_AUTO_TEST_CASE(codes_that_differ_from_iso)
{
    BOOST_TEST(io::find_cameo_country("ROM")->iso3 == "ROU");
    BOOST_TEST(io::find_cameo_country("TMP")->iso3 == "TLS");
    BOOST_TEST(io::find_cameo_country("MTN")->iso3 == "MNE");
    BOOST_TEST(io::find_cameo_country("IMY")->iso3 == "IMN");
    BOOST_TEST(io::find_cameo_country("ECU")->iso3 == "ECU");
    BOOST_TEST(io::find_cameo_country("AFR")->iso3.empty());
    BOOST_TEST(io::find_cameo_country("AFR")->region == "Africa");
    BOOST_TEST(!io::find_cameo_country("XYZ"));

    BOOST_TEST(io::icews_country_code("Russian Federation").value_or("") == "RUS");
    BOOST_TEST(io::icews_country_code("Moldova, Republic of").value_or("") == "MDA");
    BOOST_TEST(io::icews_country_code("Ecuador").value_or("") == "ECU"); // a name of countries.csv
    BOOST_TEST(!io::icews_country_code("NA"));

    BOOST_TEST(io::find_cow_country(130)->id == "ECU");
    BOOST_TEST(io::find_cow_country(200)->id == "GBR");
    BOOST_TEST(io::find_cow_country(315)->id == "CSK");
    BOOST_TEST(io::find_cow_country(316)->id == "CZE");
    BOOST_TEST(io::find_cow_country(245)->id == "COW_BAV");
    BOOST_TEST(!io::find_cow_country(1));
}

BOOST_AUTO_TEST_SUITE_END()
