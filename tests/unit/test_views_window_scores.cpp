#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "core/duration.hpp"
#include "render_fixtures.hpp"
#include "views/partners.hpp"
#include "views/window_scores.hpp"

using namespace entente;
using entente::test::fixture;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(window_scores)

BOOST_AUTO_TEST_CASE(slices_clip_the_first_and_last_year)
{
    views::ViewSpec era;
    era.kind = views::ViewKind::era;
    era.window = {day_from_civil(2007, 1, 15), day_from_civil(2017, 5, 24)};
    era.epsilon = 0.5;
    const auto years = views::slices(era, parse_duration("1y"));
    BOOST_TEST(years.size() == 11u);
    BOOST_TEST(years.front().window.start == day_from_civil(2007, 1, 15));
    BOOST_TEST(years.front().window.end == day_from_civil(2008, 1, 1));
    BOOST_TEST(years.back().label == "2017-01-01");
    BOOST_TEST(years.back().window.end == day_from_civil(2017, 5, 24));
    BOOST_TEST(years.back().epsilon == 0.5);
}

BOOST_AUTO_TEST_CASE(series_hold_each_window_score_and_zero_elsewhere)
{
    const model::Dataset& dataset = fixture("tiny");
    views::ViewSpec all;
    all.window = dataset.span;
    const std::vector<views::ViewSpec> slices = views::slices(all, parse_duration("1y"));
    const views::WindowScores scores(test::cells_for(dataset, slices), dataset.span, slices);
    BOOST_TEST(scores.windows().size() == 12u); // 2008 to 2019
    const ActorIndex aaa = *dataset.actors.find("AAA"), bbb = *dataset.actors.find("BBB"),
                     ccc = *dataset.actors.find("CCC"), org = *dataset.actors.find("ORG");
    const std::vector<double> ab = scores.series(bbb, aaa); // order-free
    BOOST_TEST(ab[0] == -6.0, tt::tolerance(1e-12));
    for (std::size_t w = 1; w < ab.size(); ++w)
        BOOST_TEST(ab[w] == 0.0);
    BOOST_TEST(scores.series(aaa, org)[9] == 3.8, tt::tolerance(1e-12)); // 2017
    double lasting = 0;
    for (const double s : scores.series(aaa, ccc))
        lasting += s;
    BOOST_TEST(lasting == -3.0, tt::tolerance(1e-12)); // conserved across the years
    BOOST_TEST(scores.tracks().size() == 4u);
    BOOST_TEST(scores.series(aaa, aaa) == std::vector<double>(12, 0.0));
}

BOOST_AUTO_TEST_CASE(main_partners_rank_by_activity_of_either_sign)
{
    const model::Dataset& dataset = fixture("tiny");
    views::ViewSpec all;
    all.window = dataset.span;
    const views::RelationGraph view = test::view_of(dataset, all);
    const ActorIndex aaa = *dataset.actors.find("AAA");
    // AAA-BBB: pos 8 + neg 14 = 22; AAA-ORG: 3.8; AAA-CCC: 3.
    const std::vector<ActorIndex> partners = views::main_partners(view, aaa, 2);
    BOOST_TEST(partners.size() == 2u);
    BOOST_TEST(dataset.actors.id(partners[0]) == "BBB");
    BOOST_TEST(dataset.actors.id(partners[1]) == "ORG");
    BOOST_TEST(views::main_partners(view, aaa, 10).size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
