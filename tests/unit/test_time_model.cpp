#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstring>
#include <limits>

#include "core/date.hpp"
#include "core/time_model.hpp"

using namespace entente;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(time_model)

BOOST_AUTO_TEST_CASE(a_year_splits_at_an_era_boundary_by_days)
{
    const Interval y2017 = parse_date("2017").date->interval;
    const Day boundary = day_from_civil(2017, 5, 24);
    const Interval correa{day_from_civil(2007, 1, 15), boundary};
    const Interval moreno{boundary, day_from_civil(2021, 5, 24)};
    BOOST_TEST(overlap_share(y2017, correa) == 143.0 / 365.0, tt::tolerance(1e-15));
    BOOST_TEST(overlap_share(y2017, moreno) == 222.0 / 365.0, tt::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(weight_is_conserved_across_any_split)
{
    const Interval event = parse_date("2012-08-16").date->interval;
    const Interval lasting{event.start, parse_date("2019-04").date->interval.end};
    double total = 0;
    for (Day cut = lasting.start - 100; cut < lasting.end + 100; cut += 97)
        total += overlap_share(lasting, {cut, cut + 97});
    BOOST_TEST(total == 1.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(no_overlap_counts_zero)
{
    BOOST_TEST(overlap_share({10, 20}, {20, 30}) == 0.0);
    BOOST_TEST(overlap_share({10, 20}, {0, 10}) == 0.0);
}

BOOST_AUTO_TEST_CASE(decay_halves_per_half_life)
{
    // A one-day event two half-lives before the instant counts a quarter.
    const Day at = 1000;
    BOOST_TEST(8.0 * decayed_share({at - 730, at - 729}, at, 365.0) == 2.0, tt::tolerance(1e-12));
    BOOST_TEST(decayed_share({at, at + 1}, at, 365.0) == 1.0, tt::tolerance(1e-12));
    BOOST_TEST(decayed_share({at + 1, at + 2}, at, 365.0) == 0.0);
    // Seen from the open end of a grid (near the largest day), an event of 1852 has decayed to nothing,
    // without the day difference overflowing (found by fuzz/view_options).
    const Day open_end = std::numeric_limits<Day>::max() - 1;
    BOOST_TEST(decayed_share({-43000, -42700}, open_end, 182.6) == 0.0);
    // A ten-day event: the mean of 2^(-k/h) over its days up to the instant.
    const double h = 5.0;
    double expected = 0;
    for (Day s = at - 9; s <= at; ++s)
        expected += std::exp2(-(at - s) / h);
    BOOST_TEST(decayed_share({at - 9, at + 1}, at, h) == expected / 10.0, tt::tolerance(1e-12));
    // Only the days up to the instant count.
    expected = 0;
    for (Day s = at - 4; s <= at; ++s)
        expected += std::exp2(-(at - s) / h);
    BOOST_TEST(decayed_share({at - 4, at + 6}, at, h) == expected / 10.0, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(a_decay_gives_decayed_share_bit_for_bit)
{
    // Decay looks up what decayed_share computes: for events of every length up to past its tables,
    // ending before, at and after the instant, from near and far (beyond the tables, from the open
    // end of a grid), and for half-lives from a day to one so long that nothing decays.
    const Day open_end = std::numeric_limits<Day>::max() - 1;
    std::size_t compared = 0;
    for (const double h : {1.0, 30.4, 182.6, 730.5, 1e300}) {
        const Decay decay(h);
        for (const Day at : {Day{0}, Day{18000}, Day{-40000}, open_end})
            for (Day length = 1; length < Decay::k_days + 40; length += 7)
                for (Day age = at == open_end ? 0 : -3; age < Decay::k_days + 40; age += 11) { // ends by INT_MAX
                    const Interval event{at - age - length + 1, at - age + 1};
                    const double looked_up = decay.share(event, at), computed = decayed_share(event, at, h);
                    BOOST_TEST(std::memcmp(&looked_up, &computed, sizeof(double)) == 0,
                               "h " << h << " at " << at << " event " << event.start << ".." << event.end << ": "
                                    << looked_up << " != " << computed);
                    ++compared;
                }
        BOOST_TEST(decay.half_life() == h);
        for (Day days = 0; days < Decay::k_days + 40; ++days) {
            const double looked_up = decay.left_after(days), computed = std::exp2(-days / h);
            BOOST_TEST(std::memcmp(&looked_up, &computed, sizeof(double)) == 0, "h " << h << " days " << days);
        }
    }
    BOOST_TEST(compared > 45000U); // every case ran
}

BOOST_AUTO_TEST_SUITE_END()
