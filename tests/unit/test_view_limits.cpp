#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <limits>

#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "views/view_spec.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(view_limits)

BOOST_AUTO_TEST_CASE(a_series_of_too_many_windows_is_refused)
{
    const Interval span{day_from_civil(1, 1, 1), day_from_civil(9999, 12, 31) + 1};
    BOOST_CHECK_EXCEPTION(views::rolling_windows(span, parse_duration("1d"), parse_duration("1d"), {}), UsageError,
                          [](const UsageError& e) {
                              return std::string(e.what()) ==
                                     "a step of 1d over 0001-01-01 to 9999-12-31 gives about 3652059 windows, more "
                                     "than 100000; choose a longer step";
                          });
    BOOST_TEST(views::rolling_windows(span, parse_duration("1y"), parse_duration("1y"), {}).size() == 9999U);
}

BOOST_AUTO_TEST_CASE(an_epsilon_that_is_not_a_number_is_refused)
{
    const model::Dataset dataset;
    cli::ViewOptions options;
    options.epsilon = std::numeric_limits<double>::quiet_NaN();
    BOOST_CHECK_EXCEPTION(cli::resolve_views(dataset, options), UsageError,
                          [](const UsageError& e) { return std::string(e.what()) == "--epsilon must be a number"; });
}

BOOST_AUTO_TEST_SUITE_END()
