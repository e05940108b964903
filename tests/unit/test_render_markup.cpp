#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstdlib>
#include <random>

#include "render/markup.hpp"

using namespace entente::render;

BOOST_AUTO_TEST_SUITE(markup)

BOOST_AUTO_TEST_CASE(xml_escapes_markup_and_keeps_line_breaks_in_attributes)
{
    BOOST_TEST(xml_escape(R"(A "quoted" <b>&amp; 'name')") ==
               "A &quot;quoted&quot; &lt;b&gt;&amp;amp; &apos;name&apos;");
    BOOST_TEST(xml_escape("one\ntwo\tthree\r") == "one&#10;two&#9;three&#13;");
    BOOST_TEST(xml_escape("bell\x07") == "bell\xEF\xBF\xBD");
    BOOST_TEST(xml_escape("Lenín – 中") == "Lenín – 中");
}

BOOST_AUTO_TEST_CASE(what_xml_cannot_hold_becomes_the_replacement_character)
{
    // U+FFFE and U+FFFF are valid UTF-8 but no XML 1.0 character (found by fuzz/markup.cpp).
    const std::string replacement = "\xEF\xBF\xBD";
    BOOST_TEST(xml_escape("a\xEF\xBF\xBE b\xEF\xBF\xBF") == "a" + replacement + " b" + replacement);
    BOOST_TEST(dot_label("\xEF\xBF\xBF\x01") == replacement + replacement);
    BOOST_TEST(dot_string("A\xEF\xBF\xBE") == "A" + replacement);
    // Their neighbours stay.
    BOOST_TEST(xml_escape("\xEF\xBF\xBD\xEF\xBF\xBC\xEF\xBE\xBF") == "\xEF\xBF\xBD\xEF\xBF\xBC\xEF\xBE\xBF");
}

BOOST_AUTO_TEST_CASE(dot_labels_escape_quotes_backslashes_entities_and_newlines)
{
    BOOST_TEST(dot_label(R"(A "quoted" <b>&amp; name)") == R"(A \"quoted\" <b>&amp;amp; name)");
    BOOST_TEST(dot_label("first\nsecond") == R"(first\nsecond)");
    BOOST_TEST(dot_label("crlf\r\nline") == R"(crlf\nline)");
    BOOST_TEST(dot_label(R"(back\slash \N)") == R"(back\\slash \\N)");
}

BOOST_AUTO_TEST_CASE(dot_tooltips_write_a_backslash_four_times)
{
    // Graphviz unescapes tooltips twice: \\\\ becomes \\ and then \.
    BOOST_TEST(dot_tooltip(R"(a\b)") == R"(a\\\\b)");
    BOOST_TEST(dot_tooltip("\"x\"\n&") == R"(\"x\"\n&amp;)");
}

BOOST_AUTO_TEST_CASE(dot_ids_escape_quotes)
{
    BOOST_TEST(dot_string(R"(ECU)") == "ECU");
    BOOST_TEST(dot_string(R"(a"b\c)") == R"(a\"b\\c)");
}

// The property behind number_text: the text reads back within half a unit
// of the 15th significant digit, and a sum of weights of one sign written
// with one decimal prints as the decimal it is. (Where weights of both signs
// nearly cancel, the noise of the sum can reach the 15th digit of a small
// result and shows: rounding cannot tell it from data.)
BOOST_AUTO_TEST_CASE(number_text_keeps_fifteen_digits_and_drops_sum_noise)
{
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> mantissa(-1.0, 1.0);
    std::uniform_int_distribution<int> exponent(-30, 30);
    for (int i = 0; i < 10000; ++i) {
        const double x = std::ldexp(mantissa(random), exponent(random));
        const double back = std::strtod(number_text(x).c_str(), nullptr);
        BOOST_TEST(std::abs(back - x) <= 5e-15 * std::abs(x), "x " << x << " printed " << number_text(x));
    }
    std::uniform_int_distribution<int> tenths(0, 100);
    for (int i = 0; i < 10000; ++i) {
        double sum = 0.0;
        long long exact = 0;
        for (int k = 0; k < 20; ++k) {
            const int t = tenths(random);
            sum += t / 10.0;
            exact += t;
        }
        BOOST_TEST(std::strtod(number_text(sum).c_str(), nullptr) == static_cast<double>(exact) / 10.0,
                   "tenths " << exact << " printed " << number_text(sum));
    }
}

BOOST_AUTO_TEST_CASE(numbers_for_machines_and_people)
{
    BOOST_TEST(number_text(0.1 + 0.2) == "0.3");
    BOOST_TEST(number_text(50.0 + 6.6) == "56.6");
    BOOST_TEST(number_text(1.0 / 3.0) == "0.333333333333333");
    BOOST_TEST(number_text(-1.0e-20) == "-1e-20");
    BOOST_TEST(number_text(123456789012345678.0) == "1.23456789012346e+17");
    BOOST_TEST(number_text(-0.0) == "0");
    BOOST_TEST(number_text(-6) == "-6");
    BOOST_TEST(rounded_text(-21.304) == "-21.3");
    BOOST_TEST(rounded_text(4.0) == "4");
    BOOST_TEST(rounded_text(-0.001) == "0");
    BOOST_TEST(rounded_text(0.12346, 4) == "0.1235");
    BOOST_TEST(count_text(0) == "0");
    BOOST_TEST(count_text(999) == "999");
    BOOST_TEST(count_text(2373) == "2,373");
    BOOST_TEST(count_text(1234567) == "1,234,567");
}

BOOST_AUTO_TEST_SUITE_END()
