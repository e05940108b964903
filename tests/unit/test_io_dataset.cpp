#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "diagnostic_messages.hpp"

#include "dataset_builder.hpp"
#include <cmath>
#include <sstream>

#include "io/dataset_reader.hpp"
#include "model/dataset.hpp"

using namespace entente;
using test::messages;

namespace {

ActorRegistry two_actors()
{
    ActorRegistry actors;
    actors.add({"ECU", "Ecuador", ActorKind::state, "", {"Republic of Ecuador"}});
    actors.add({"COL", "Colombia", ActorKind::state, "", {}});
    return actors;
}

std::vector<io::EventRow> events_of(const std::string& text, io::Diagnostics& d)
{
    std::istringstream in(text);
    std::vector<io::EventRow> rows;
    io::read_events(in, "events.csv", two_actors(), io::builtin_cameo_table(), d,
                    [&](const io::EventRow& r) { rows.push_back(r); });
    return rows;
}

} // namespace

BOOST_AUTO_TEST_SUITE(dataset_reader)

BOOST_AUTO_TEST_CASE(builtin_cameo_table_has_every_code)
{
    const CameoTable& cameo = io::builtin_cameo_table();
    BOOST_TEST(cameo.size() == 311U);
    BOOST_TEST(cameo.at(*cameo.find("057")).goldstein == 8.0);
    BOOST_TEST(cameo.at(*cameo.find("190")).goldstein == -10.0);
    BOOST_TEST(cameo.at(*cameo.find("1125")).name == "Accuse of espionage, treason");
    BOOST_TEST(cameo.at(*cameo.find("01")).name == "Make public statement");
}

BOOST_AUTO_TEST_CASE(weight_defaults_to_goldstein_and_count_multiplies)
{
    io::Diagnostics d;
    const auto rows = events_of("date,source,target,code,weight,count,end\n"
                                "2008-03-01,COL,ECU,190,,,\n"
                                "2017,ECU,COL,042,-0,3,2018-06\n",
                                d);
    BOOST_TEST(messages(d).empty());
    BOOST_REQUIRE(rows.size() == 2U);
    BOOST_TEST(rows[0].weight == -10.0);
    BOOST_TEST(rows[0].interval.length() == 1);
    BOOST_TEST(rows[1].weight == 0.0);
    BOOST_TEST(!std::signbit(rows[1].weight));
    BOOST_TEST(rows[1].count == 3U);
    BOOST_TEST(rows[1].interval.start == day_from_civil(2017, 1, 1));
    BOOST_TEST(rows[1].interval.end == day_from_civil(2018, 7, 1));
}

BOOST_AUTO_TEST_CASE(every_problem_in_one_pass)
{
    io::Diagnostics d;
    const auto rows = events_of("date,source,target,code,weight,count\n"
                                "2008-03-01,COL,Ecuador,190,,\n"
                                "2008-03-01,ecu,COL,190,1e400,\n"
                                "2008-03-01,ECU,COL,190,,-1\n"
                                "2008-03-01,ECU,COL,190,,18446744073709551616\n"
                                "2008-03-01,,COL,,inf,\n",
                                d);
    BOOST_TEST(rows.empty());
    BOOST_TEST(messages(d) ==
               (std::vector<std::string>{
                   "events.csv:2:3: unknown actor 'Ecuador' (did you mean 'ECU'?)",
                   "events.csv:3:2: unknown actor 'ecu' (did you mean 'ECU'?)",
                   "events.csv:3:5: weight '1e400' is out of range (expected a number from -10 to 10)",
                   "events.csv:4:6: count '-1' is not a whole number from 1 to 4294967295",
                   "events.csv:5:6: count '18446744073709551616' is not a whole number from 1 to 4294967295",
                   "events.csv:6:2: missing source actor",
                   "events.csv:6:4: missing CAMEO code",
                   "events.csv:6:5: weight 'inf' is not a finite number",
               }));
}

BOOST_AUTO_TEST_CASE(tiny_fixture_loads_in_time_order)
{
    io::Diagnostics d;
    const model::Dataset dataset = test::load_and_read(ENTENTE_TEST_DATA "/tiny", {}, d);
    BOOST_TEST(!d.has_errors());
    BOOST_TEST(dataset.actors.size() == 4U);
    BOOST_TEST(dataset.actors.at(0).name == "Alpha, Republic of");
    BOOST_TEST(dataset.actors.at(2).name == "The \"Gamma\" Union");
    BOOST_TEST(dataset.actors.at(0).aliases == (std::vector<std::string>{"Alfa", "Alpha"}));
    const model::EventStore events = test::stored_events(dataset);
    BOOST_REQUIRE(events.size() == 6U);
    for (model::EventIndex e = 1; e < events.size(); ++e)
        BOOST_TEST(events.interval(e - 1).start <= events.interval(e).start);
    BOOST_TEST(events.summary(0) == "BBB raids a camp inside AAA, \"a violation\"");
    BOOST_TEST(events.ref(0) == "f1");
    BOOST_TEST(events.summary(2) == "An agreement\nspanning two lines");
    BOOST_TEST(events.date_text(4) == "2012-08-16..2019-04");
    BOOST_TEST(events.line(4) == 7U);
    BOOST_TEST(events.date_text(5) == "2017");
    BOOST_TEST(events.mass(5) == 3.8, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(dataset.eras.size() == 2U);
    BOOST_TEST(!dataset.eras[1].end);
}

BOOST_AUTO_TEST_CASE(end_and_count_of_the_first_row_are_kept)
{
    // The end-date and count columns start only when a row needs them; the first row may.
    io::Diagnostics d;
    std::istringstream in("date,source,target,code,end,count\n"
                          "2010-01,ECU,COL,050,2014-12,3\n"
                          "2011,ECU,COL,050,,\n");
    model::EventStoreBuilder builder(true);
    io::read_events(in, "events.csv", two_actors(), io::builtin_cameo_table(), d,
                    [&](const io::EventRow& r) { builder.add(r); });
    const model::EventStore store = std::move(builder).build();
    BOOST_REQUIRE(store.size() == 2U);
    BOOST_TEST(store.date_text(0) == "2010-01..2014-12");
    BOOST_TEST(store.count(0) == 3U);
    BOOST_TEST(store.date_text(1) == "2011");
    BOOST_TEST(store.count(1) == 1U);
}

BOOST_AUTO_TEST_CASE(mutual_and_per_year_are_read_and_a_file_without_them_reads_as_before)
{
    io::Diagnostics d;
    const auto rows = events_of("date,source,target,code,weight,end,mutual,per\n"
                                "2008-03-07,ECU,COL,057,,,yes,\n"
                                "2008-03-01,COL,ECU,190,,,no,\n"
                                "2007-01-15,ECU,COL,160,-2,2017-05-23,,year\n"
                                "2016,ECU,COL,050,1,2017,yes,year\n",
                                d);
    BOOST_TEST(messages(d).empty());
    BOOST_REQUIRE(rows.size() == 4U);
    BOOST_TEST((rows[0].mutual && !rows[0].per_year));
    BOOST_TEST((!rows[1].mutual && !rows[1].per_year));
    BOOST_TEST((!rows[2].mutual && rows[2].per_year));
    BOOST_TEST((rows[3].mutual && rows[3].per_year));
    BOOST_TEST(rows[2].weight == -2.0); // the weight as written: per year, not the row's whole

    // Without the columns every row is one-sided with a whole weight, as before them.
    const auto old = events_of("date,source,target,code\n2008-03-07,ECU,COL,057\n", d);
    BOOST_REQUIRE(old.size() == 1U);
    BOOST_TEST((!old[0].mutual && !old[0].per_year));
}

BOOST_AUTO_TEST_CASE(a_year_of_a_per_year_row_weighs_its_weight_whatever_its_length)
{
    io::Diagnostics d;
    std::istringstream in("date,source,target,code,weight,end,count,mutual,per\n"
                          "2007-01-15,ECU,COL,160,-2,2017-05-23,,,year\n"
                          "2008-03-07,ECU,COL,057,,,,yes,\n"
                          "2012,ECU,COL,050,1.5,,2,,year\n"
                          "2013,ECU,COL,050,3,2016,,,\n");
    model::EventStoreBuilder builder(true);
    io::read_events(in, "events.csv", two_actors(), io::builtin_cameo_table(), d,
                    [&](const io::EventRow& r) { builder.add(r); });
    const model::EventStore store = std::move(builder).build();
    BOOST_REQUIRE(store.size() == 4U);
    // 2007-01-15..2017-05-23: 3782 days, -2 a year of 365.2425 days.
    const double days = day_from_civil(2017, 5, 24) - day_from_civil(2007, 1, 15);
    BOOST_TEST(store.per_year(0));
    BOOST_TEST(store.mass(0) == -2.0 * days / 365.2425, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(store.dyad_mass(0, true) == store.mass(0)); // one-sided: whole in its direction
    BOOST_TEST(store.mutual(1));
    BOOST_TEST(store.mass(1) == 8.0);
    BOOST_TEST(store.dyad_mass(1, false) == 8.0);
    BOOST_TEST(store.dyad_mass(1, true) == 4.0);                                                // half each way
    BOOST_TEST(store.mass(2) == 1.5 * 2 * 366 / 365.2425, boost::test_tools::tolerance(1e-12)); // count times
    BOOST_TEST((!store.mutual(3) && !store.per_year(3)));
    BOOST_TEST(store.mass(3) == 3.0); // a whole weight spread over four years, as before
}

BOOST_AUTO_TEST_SUITE_END()
