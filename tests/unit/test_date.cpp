#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "core/date.hpp"
#include "core/duration.hpp"
#include "core/errors.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(dates)

BOOST_AUTO_TEST_CASE(epoch_and_pre_1970_days)
{
    BOOST_TEST(day_from_civil(1970, 1, 1) == 0);
    BOOST_TEST(day_from_civil(1969, 12, 31) == -1);
    BOOST_TEST(day_from_civil(1800, 1, 1) == -62091);
    BOOST_TEST(format_day(day_from_civil(1852, 3, 4)) == "1852-03-04");
    BOOST_TEST(format_day(day_from_civil(2100, 12, 31)) == "2100-12-31");
}

BOOST_AUTO_TEST_CASE(reduced_precision_is_an_interval)
{
    const auto year = parse_date("1928").date;
    BOOST_REQUIRE(year);
    BOOST_TEST(year->interval.start == day_from_civil(1928, 1, 1));
    BOOST_TEST(year->interval.end == day_from_civil(1929, 1, 1));
    BOOST_TEST(format_date(*year) == "1928");

    const auto month = parse_date("2012-09").date;
    BOOST_REQUIRE(month);
    BOOST_TEST(month->interval.length() == 30);
    BOOST_TEST(format_date(*month) == "2012-09");

    const auto day = parse_date("2008-03-02").date;
    BOOST_REQUIRE(day);
    BOOST_TEST(day->interval.length() == 1);
    BOOST_TEST(format_date(*day) == "2008-03-02");
}

BOOST_AUTO_TEST_CASE(a_span_is_named_at_the_coarsest_exact_precision)
{
    const auto text = [](int y0, unsigned m0, unsigned d0, int y1, unsigned m1, unsigned d1) {
        const SpanText s = describe_span({day_from_civil(y0, m0, d0), day_from_civil(y1, m1, d1)});
        return s.first + ".." + s.last;
    };
    BOOST_TEST(text(2000, 1, 1, 2007, 1, 1) == "2000..2006");
    BOOST_TEST(text(2018, 1, 1, 2019, 1, 1) == "2018..2018");
    BOOST_TEST(text(2018, 6, 1, 2018, 7, 1) == "2018-06..2018-06");
    BOOST_TEST(text(2018, 6, 1, 2019, 1, 1) == "2018-06..2018-12"); // ends at a year, starts at a month
    BOOST_TEST(text(2018, 6, 1, 2018, 6, 2) == "2018-06-01..2018-06-01");
    BOOST_TEST(text(2018, 6, 2, 2018, 7, 1) == "2018-06-02..2018-06-30");
    BOOST_TEST(text(1822, 5, 29, 1830, 5, 13) == "1822-05-29..1830-05-12");
    BOOST_TEST(
        (describe_span({day_from_civil(2000, 1, 1), day_from_civil(2001, 1, 1)}).precision == DatePrecision::year));
}

BOOST_AUTO_TEST_CASE(errors_name_the_rule)
{
    BOOST_TEST(parse_date("2019-02-30").error == "impossible date '2019-02-30' (February 2019 has 28 days)");
    BOOST_TEST(parse_date("2019-02-29").error == "impossible date '2019-02-29' (February 2019 has 28 days)");
    BOOST_TEST(parse_date("1900-02-29").error == "impossible date '1900-02-29' (February 1900 has 28 days)");
    BOOST_TEST(!parse_date("2000-02-29").error.size());
    BOOST_TEST(parse_date("2019-13").error == "impossible date '2019-13' (month 13 does not exist)");
    BOOST_TEST(parse_date("0000").error == "impossible date '0000' (there is no year 0000)");
    BOOST_TEST(parse_date("99999-01-01").error ==
               "malformed date '99999-01-01' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    BOOST_TEST(parse_date("2019-1-5").error == "malformed date '2019-1-5' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    BOOST_TEST(parse_date("").error == "malformed date '' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
}

BOOST_AUTO_TEST_CASE(durations)
{
    BOOST_TEST(parse_duration("1y").months == 12);
    BOOST_TEST(parse_duration("3mo").months == 3);
    BOOST_TEST(parse_duration("2w").days == 14);
    BOOST_TEST(parse_duration("10d").days == 10);
    BOOST_TEST(parse_duration("2y").approx_days() == 730.485, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(parse_duration("1mo").after(day_from_civil(2008, 1, 31)) == day_from_civil(2008, 2, 1));
    BOOST_TEST(parse_duration("10000y").months == 120000);
    BOOST_CHECK_EXCEPTION(parse_duration("100000y"), UsageError, [](const UsageError& e) {
        return std::string(e.what()) == "duration '100000y' is longer than 10000 years";
    });
    BOOST_CHECK_THROW(parse_duration("521776w"), UsageError);
    BOOST_CHECK_THROW(parse_duration("2147483647d"), UsageError);
    BOOST_CHECK_EXCEPTION(parse_duration("3m"), UsageError, [](const UsageError& e) {
        return std::string(e.what()) == "invalid duration '3m' (expected a positive number followed by y, mo, w or "
                                        "d, e.g. 1y, 3mo, 2w, 10d)";
    });
    BOOST_CHECK_THROW(parse_duration("0y"), UsageError);
    BOOST_CHECK_THROW(parse_duration("-1y"), UsageError);
}

BOOST_AUTO_TEST_SUITE_END()
