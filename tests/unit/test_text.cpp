#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "core/text.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(text)

BOOST_AUTO_TEST_CASE(suggestions)
{
    BOOST_TEST(edit_distance("ECX", "ECU") == 1U);
    BOOST_TEST(closest_match("ECX", {"COL", "ECU", "PER"}).value_or("") == "ECU");
    BOOST_TEST(!closest_match("XYZ", {"COL", "ECU", "PER"}));
}

BOOST_AUTO_TEST_CASE(utf8)
{
    BOOST_TEST(first_invalid_utf8("Lenín Moreno") == std::string::npos);
    BOOST_TEST(first_invalid_utf8("Pati\xF1o") == 4U);
    BOOST_TEST(first_invalid_utf8("\xC0\xAF") == 0U);         // overlong
    BOOST_TEST(first_invalid_utf8("\xED\xA0\x80") == 0U);     // surrogate
    BOOST_TEST(first_invalid_utf8("ok\xE2\x82") == 2U);       // truncated
}

BOOST_AUTO_TEST_SUITE_END()
