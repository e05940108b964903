#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>

#include "cli/view_options.hpp"
#include "core/errors.hpp"
#include "dataset_builder.hpp"
#include "views/grid.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
using entente::test::make_dataset;

namespace {

std::vector<std::string> labels(const std::vector<views::ViewSpec>& series)
{
    std::vector<std::string> out;
    for (const auto& s : series)
        out.push_back(s.label + (s.partial ? " partial" : ""));
    return out;
}

// Events in 2015 and 2017, none in 2016; the last one ends 2017-02-28.
const model::Dataset gapped =
    make_dataset({"AAA", "BBB", "CCC"}, {{"2015-06-10", "AAA", "BBB", 2.0}, {"2017-02", "AAA", "CCC", -4.0}},
                 {{"before", "AAA", "2014-01-01", "2015-01-01"},
                  {"quiet", "AAA", "2016-01-01", "2017-01-01"},
                  {"now", "AAA", "2017-01-01", ""}});

} // namespace

BOOST_AUTO_TEST_SUITE(series)

BOOST_AUTO_TEST_CASE(yearly_windows_start_on_1_january_and_the_last_is_partial)
{
    cli::ViewOptions options;
    options.window = "1y";
    const auto series = cli::resolve_views(gapped, options);
    BOOST_TEST(labels(series) == (std::vector<std::string>{"2015-01-01", "2016-01-01", "2017-01-01 partial"}));
    BOOST_TEST(series.back().window.end == *parse_day("2018-01-01"));
    BOOST_TEST((series.front().kind == views::ViewKind::window));
}

BOOST_AUTO_TEST_CASE(half_year_steps_start_on_half_years_and_windows_past_the_data_are_partial)
{
    cli::ViewOptions options;
    options.window = "1y";
    options.step = "6mo";
    const auto series = cli::resolve_views(gapped, options);
    BOOST_TEST(labels(series) == (std::vector<std::string>{"2015-01-01", "2015-07-01", "2016-01-01",
                                                           "2016-07-01 partial", "2017-01-01 partial"}));
}

BOOST_AUTO_TEST_CASE(a_window_ending_with_the_data_is_not_partial)
{
    const Interval span{*parse_day("2015-03-01"), *parse_day("2017-01-01")};
    const auto series = views::rolling_windows(span, parse_duration("1y"), parse_duration("1y"), {});
    BOOST_TEST(labels(series) == (std::vector<std::string>{"2015-01-01", "2016-01-01"}));
}

BOOST_AUTO_TEST_CASE(a_step_longer_than_the_window_is_refused)
{
    BOOST_CHECK_EXCEPTION(views::rolling_windows({0, 1000}, parse_duration("1y"), parse_duration("2y"), {}), UsageError,
                          [](const UsageError& e) {
                              return std::string(e.what()) ==
                                     "step 2y is longer than the window 1y: the windows would leave days out";
                          });
}

BOOST_AUTO_TEST_CASE(an_empty_window_in_a_series_is_kept_empty)
{
    cli::ViewOptions options;
    options.window = "1y";
    const auto series = cli::resolve_views(gapped, options);
    const views::RelationGraph y2016 = test::view_of(gapped, series[1]);
    BOOST_TEST(y2016.actors().empty());
    BOOST_TEST(y2016.edge_count() == 0U);
    BOOST_TEST(test::view_of(gapped, series[2]).dyads().front().score == -4.0);
}

BOOST_AUTO_TEST_CASE(an_era_without_events_is_an_empty_view)
{
    cli::ViewOptions options;
    options.era = "quiet";
    const auto views = cli::resolve_views(gapped, options);
    BOOST_TEST_REQUIRE(views.size() == 1U);
    BOOST_TEST((views.front().kind == views::ViewKind::era));
    BOOST_TEST(views.front().label == "quiet");
    BOOST_TEST((views.front().window == Interval{*parse_day("2016-01-01"), *parse_day("2017-01-01")}));
    const views::RelationGraph quiet = test::view_of(gapped, views.front());
    BOOST_TEST(quiet.actors().empty());
    BOOST_TEST(quiet.dyads().empty());

    options.era = "before"; // ends before the first event
    BOOST_TEST(test::view_of(gapped, cli::resolve_views(gapped, options).front()).actors().empty());
}

BOOST_AUTO_TEST_CASE(an_ongoing_era_runs_to_the_end_of_the_data)
{
    cli::ViewOptions options;
    options.era = "now";
    const auto views = cli::resolve_views(gapped, options);
    BOOST_TEST((views.front().window == Interval{*parse_day("2017-01-01"), *parse_day("2017-03-01")}));
    BOOST_TEST(test::view_of(gapped, views.front()).dyads().front().score == -4.0);
}

BOOST_AUTO_TEST_CASE(an_unknown_era_names_the_known_ones)
{
    cli::ViewOptions options;
    options.era = "later";
    BOOST_CHECK_EXCEPTION(cli::resolve_views(gapped, options), UsageError, [](const UsageError& e) {
        return std::string(e.what()) == "unknown era 'later' (known eras: before, quiet, now)";
    });
}

BOOST_AUTO_TEST_CASE(a_decayed_view_forgets_what_faded_unless_epsilon_says_otherwise)
{
    cli::ViewOptions options;
    options.at = "2017-06-01";
    BOOST_TEST(cli::resolve_views(gapped, options).front().epsilon == cli::k_decayed_epsilon);
    options.epsilon = 0.0;
    BOOST_TEST(cli::resolve_views(gapped, options).front().epsilon == 0.0);
    options = {};
    options.window = "1y";
    BOOST_TEST(cli::resolve_views(gapped, options).front().epsilon == 0.0);
    options = {};
    options.era = "quiet";
    BOOST_TEST(cli::resolve_views(gapped, options).front().epsilon == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(grid)

BOOST_AUTO_TEST_CASE(a_cell_found_from_a_hint_is_the_cell_found_without)
{
    // Monthly cells over the whole calendar (the grid of ruptures' series), and a grid of a few
    // uneven cells: from every hint, before, at and far after the day's cell, the same cell.
    const views::Grid monthly = views::Grid::rolling(parse_duration("1mo"), parse_duration("1mo"));
    const views::Grid uneven({100, 105, 106, 400});
    std::size_t asked = 0;
    for (const views::Grid* grid : {&monthly, &uneven})
        for (Day day = 9000; day < 12000; day += 37)
            for (const std::int64_t offset : {-500, -40, -1, 0, 1, 2, 3, 7, 100, 5000}) {
                const views::CellIndex exact = grid->cell_of(day);
                const auto hint = static_cast<views::CellIndex>(
                    std::clamp<std::int64_t>(std::int64_t{exact} + offset, 0, std::int64_t(grid->size()) - 1));
                BOOST_TEST(grid->cell_of(day, hint) == exact, "day " << day << " hint " << hint);
                ++asked;
            }
    BOOST_TEST(asked == 2U * 82U * 10U);
    // Before the first boundary and after the last.
    BOOST_TEST(uneven.cell_of(50, 3) == 0U);
    BOOST_TEST(uneven.cell_of(5000, 0) == 4U);
    BOOST_TEST(uneven.cell_of(5000, 4) == 4U);
}

BOOST_AUTO_TEST_SUITE_END()
