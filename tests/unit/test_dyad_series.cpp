#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"

#include <cmath>
#include <numeric>

#include "core/duration.hpp"
#include "io/diagnostics.hpp"
#include "model/dataset.hpp"
#include "views/dyad_series.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace {

model::Dataset load(const std::string& name)
{
    io::Diagnostics diagnostics;
    model::Dataset dataset = test::load_and_read(std::string(ENTENTE_TEST_DATA) + "/" + name, {}, diagnostics);
    BOOST_REQUIRE(!diagnostics.has_errors());
    return dataset;
}

/// The dyad's score in a RelationGraph view (0 when it has no events there).
double view_score(const model::Dataset& dataset, views::ViewSpec spec, const views::DyadKey& dyad, bool directed)
{
    spec.directed = directed;
    const views::RelationGraph graph = test::view_of(dataset, spec, 0);
    for (const views::Dyad& d : graph.dyads())
        if (d.a == dyad.a && d.b == dyad.b) return d.score;
    return 0.0;
}

views::SeriesSpec spec_of(const std::string& step, const std::string& window, double half_life)
{
    views::SeriesSpec spec;
    spec.step = parse_duration(step);
    spec.window = parse_duration(window);
    spec.half_life = half_life;
    return spec;
}

/// Every point of every dyad against RelationGraph's window and instant views.
void check_against_views(const model::Dataset& dataset, const views::DyadSeries& series)
{
    BOOST_REQUIRE(series.size() > 0);
    for (std::size_t i = 0; i < series.size(); ++i) {
        const auto [first, last] = series.active(i);
        const std::vector<double> sums = series.window_sums(i);
        const std::vector<double> decayed = series.decayed(i);
        BOOST_REQUIRE(sums.size() == last - first);
        BOOST_REQUIRE(decayed.size() == last - first);
        for (std::size_t j = first; j < last; ++j) {
            views::ViewSpec window;
            window.kind = views::ViewKind::window;
            window.window = series.point_window(j);
            views::ViewSpec instant;
            instant.kind = views::ViewKind::instant;
            instant.at = series.start(j + 1) - 1;
            instant.half_life = series.spec().half_life;
            BOOST_TEST_CONTEXT("dyad " << i << " point " << j << " " << format_day(series.start(j)))
            {
                const bool directed = series.spec().directed;
                BOOST_TEST(sums[j - first] == view_score(dataset, window, series.dyad(i), directed),
                           tt::tolerance(1e-9));
                BOOST_TEST(decayed[j - first] == view_score(dataset, instant, series.dyad(i), directed),
                           tt::tolerance(1e-9));
            }
        }
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(dyad_series)

BOOST_AUTO_TEST_CASE(monthly_sums_and_decayed_scores_match_the_views)
{
    const model::Dataset dataset = load("tiny");
    const views::DyadSeries series(dataset, spec_of("1mo", "1mo", 365.0), {}, 2);
    // AAA-BBB, AAA-CCC, AAA-ORG, BBB-CCC; month steps start on the 1st.
    BOOST_TEST(series.size() == 4U);
    BOOST_TEST(format_day(series.start(0)) == "2008-03-01");
    check_against_views(dataset, series);
}

BOOST_AUTO_TEST_CASE(rolling_windows_and_day_steps_match_the_views)
{
    const model::Dataset dataset = load("tiny");
    check_against_views(dataset, views::DyadSeries(dataset, spec_of("3mo", "1y", 200.0), {}, 2));
    check_against_views(dataset, views::DyadSeries(dataset, spec_of("10d", "45d", 30.0), {}, 2));
}

BOOST_AUTO_TEST_CASE(a_lasting_event_spreads_over_every_cell_it_spans)
{
    // f4: AAA-CCC, weight -3 from 2012-08-16 to the end of 2019-04, spread evenly.
    const model::Dataset dataset = load("tiny");
    const views::DyadSeries series(dataset, spec_of("1mo", "1mo", 365.0), {}, 2);
    const auto aaa = *dataset.actors.find("AAA"), ccc = *dataset.actors.find("CCC");
    std::size_t dyad = series.size();
    for (std::size_t i = 0; i < series.size(); ++i)
        if (series.dyad(i).a == aaa && series.dyad(i).b == ccc) dyad = i;
    BOOST_REQUIRE(dyad < series.size());
    const auto [first, last] = series.active(dyad);
    BOOST_TEST(format_day(series.start(first)) == "2012-08-01");
    BOOST_TEST(format_day(series.start(last - 1)) == "2019-04-01");
    const std::vector<double> sums = series.window_sums(dyad);
    const double days = day_from_civil(2019, 5, 1) - day_from_civil(2012, 8, 16);
    BOOST_TEST(sums.front() == -3.0 * 16 / days, tt::tolerance(1e-12)); // 16 to 31 August
    BOOST_TEST(sums[1] == -3.0 * 30 / days, tt::tolerance(1e-12));      // September
    BOOST_TEST(std::accumulate(sums.begin(), sums.end(), 0.0) == -3.0, tt::tolerance(1e-12));
    const std::vector<double> daily = series.daily(dyad, {day_from_civil(2012, 8, 1), day_from_civil(2012, 9, 1)});
    BOOST_TEST(daily[14] == 0.0);
    BOOST_TEST(daily[15] == -3.0 / days, tt::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(an_actor_keeps_only_its_dyads_and_directed_keeps_who_acted)
{
    const model::Dataset dataset = load("tiny");
    views::SeriesSpec spec = spec_of("1mo", "1mo", 365.0);
    const ActorIndex ccc = *dataset.actors.find("CCC");
    const views::DyadFilter of_ccc = [&](ActorIndex a, ActorIndex b) { return a == ccc || b == ccc; };
    BOOST_TEST(views::DyadSeries(dataset, spec, of_ccc, 2).size() == 2U); // AAA-CCC, BBB-CCC
    spec.directed = true;
    const views::DyadSeries directed(dataset, spec, {}, 2);
    BOOST_TEST(directed.size() == 5U); // BBB->AAA and AAA->BBB are two
    for (std::size_t i = 0; i < directed.size(); ++i)
        for (const model::EventIndex e : directed.events(i)) {
            BOOST_TEST(directed.rows().source(e) == directed.dyad(i).a);
            BOOST_TEST(directed.rows().target(e) == directed.dyad(i).b);
        }
}

BOOST_AUTO_TEST_CASE(mutual_and_per_year_rows_agree_with_the_views_directed_or_not)
{
    // tests/data/mutual: mutual acts (half each way when directed) and stances per year.
    const model::Dataset dataset = load("mutual");
    views::SeriesSpec spec = spec_of("1mo", "1y", 365.0);
    check_against_views(dataset, views::DyadSeries(dataset, spec, {}, 2));
    spec.directed = true;
    const views::DyadSeries directed(dataset, spec, {}, 2);
    check_against_views(dataset, directed);
    // AAA-BBB's mutual rows are in both directions; BBB->CCC's condemnations in one.
    BOOST_TEST(directed.size() == 5U);
    double total = 0.0;
    for (std::size_t i = 0; i < directed.size(); ++i)
        for (const double v : directed.daily(i, {day_from_civil(2010, 1, 1), day_from_civil(2020, 1, 1)}))
            total += v;
    // Every row's mass once: 8 + 1.9 + 2 a year over 3652 days - 6 - 10 + 1 a year over 731 days (2016..2017).
    BOOST_TEST(total == 8 + 1.9 + 2.0 * 3652 / 365.2425 - 6 - 10 + 731 / 365.2425, tt::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
