#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "io/weight_tenths.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(weight_tenths)

BOOST_AUTO_TEST_CASE(weights_round_to_tenths_half_away_from_zero)
{
    BOOST_TEST(io::weight_tenths(3.4) == 34);
    BOOST_TEST(io::weight_tenths(-10.0) == -100);
    BOOST_TEST(io::weight_tenths(0.25) == 3); // 2.5 tenths, exact in binary
    BOOST_TEST(io::weight_tenths(-0.25) == -3);
    BOOST_TEST(io::weight_tenths(0.04) == 0);
}

BOOST_AUTO_TEST_CASE(means_are_written_to_six_decimals_without_trailing_zeros)
{
    BOOST_TEST(io::mean_weight_text(47, 2) == "2.35"); // (2.8 + 1.9) / 2, exact in tenths
    BOOST_TEST(io::mean_weight_text(-100, 3) == "-3.333333");
    BOOST_TEST(io::mean_weight_text(20, 3) == "0.666667"); // rounded up
    BOOST_TEST(io::mean_weight_text(-20, 3) == "-0.666667");
    BOOST_TEST(io::mean_weight_text(-50, 1) == "-5");
    BOOST_TEST(io::mean_weight_text(100, 1) == "10");
    BOOST_TEST(io::mean_weight_text(0, 4) == "0");
    BOOST_TEST(io::mean_weight_text(1, 16) == "0.00625");
    // Half a millionth rounds away from zero; less is 0, never -0.
    BOOST_TEST(io::mean_weight_text(1, 200000) == "0.000001");
    BOOST_TEST(io::mean_weight_text(-1, 200000) == "-0.000001");
    BOOST_TEST(io::mean_weight_text(-1, 200001) == "0");
}

BOOST_AUTO_TEST_CASE(a_mean_times_its_count_gives_back_the_total)
{
    // Every mean of up to 1000 events of one-decimal weights, times its count, is the total to within count × 5e-7.
    for (std::int64_t tenths = -1000; tenths <= 1000; tenths += 7) {
        for (std::uint64_t count = 1; count <= 1000; count += 13) {
            const double mean = std::stod(io::mean_weight_text(tenths, count));
            BOOST_TEST(std::abs(mean * static_cast<double>(count) - static_cast<double>(tenths) / 10.0) <=
                       static_cast<double>(count) * 5e-7 + 1e-9);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
