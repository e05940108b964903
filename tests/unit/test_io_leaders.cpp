#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "diagnostic_messages.hpp"

#include <sstream>

#include "io/leader_eras.hpp"

using namespace entente;
using test::messages;

namespace {

struct Read {
    std::vector<io::EraRow> eras;
    io::Diagnostics diagnostics;
};

Read eras_of(const std::string& text, io::LeaderSource source, std::vector<std::string> countries = {})
{
    Read r;
    std::istringstream in(text);
    const auto spells = io::read_leader_list(in, "leaders.csv", source, countries, r.diagnostics);
    if (!r.diagnostics.has_errors()) r.eras = io::leader_eras(spells, "leaders.csv", r.diagnostics);
    return r;
}

/// The eras as rows of eras.csv (unquoted).
std::vector<std::string> rows_of(const Read& r)
{
    std::vector<std::string> rows;
    for (const auto& e : r.eras)
        rows.push_back(e.id + "," + e.actor + "," + e.label + "," + e.start + "," + e.end);
    return rows;
}

} // namespace

BOOST_AUTO_TEST_SUITE(leader_eras)

BOOST_AUTO_TEST_CASE(reign_ends_are_months_and_a_successor_in_that_month_cuts_them)
{
    const Read r = eras_of("ccode,leader,sdate,smonth,syear,emonth,eyear\n"
                           "130,Rafael Correa,15,1,2007,5,2017\n"
                           "130,Lenín Moreno,24,5,2017,5,2021\n"
                           "135,Alejandro Toledo,NA,7,2001,7,2006\n"
                           "130,Guillermo Lasso,24,5,2021,NA,NA\n",
                           io::LeaderSource::reign);
    BOOST_TEST(messages(r.diagnostics).empty());
    // Correa's May 2017 end gives way to Moreno's day; Toledo's month start stays a month, his
    // July 2006 end is the month after it (in office through July); Lasso is still in office.
    BOOST_TEST(rows_of(r) == (std::vector<std::string>{"ecu_rafael_correa,ECU,Rafael Correa,2007-01-15,2017-05-24",
                                                       "ecu_lenin_moreno,ECU,Lenín Moreno,2017-05-24,2021-05-24",
                                                       "ecu_guillermo_lasso,ECU,Guillermo Lasso,2021-05-24,",
                                                       "per_alejandro_toledo,PER,Alejandro Toledo,2001-07,2006-08"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(archigos_days_stay_days_and_a_month_stays_a_month)
{
    const Read r = eras_of("leadid,ccode,idacr,leader,startdate,enddate,exit\n"
                           "x1,130,ECU,Robles,1856-10-16,1859-05,Irregular\n"
                           "x2,130,ECU,Correa,2007-01-15,2015-12-31,Still in Office\n",
                           io::LeaderSource::archigos);
    BOOST_TEST(messages(r.diagnostics).empty());
    // Still in office: Archigos's enddate is the end of its data, not of the spell.
    BOOST_TEST(rows_of(r) == (std::vector<std::string>{"ecu_robles,ECU,Robles,1856-10-16,1859-06",
                                                       "ecu_correa,ECU,Correa,2007-01-15,"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_overlapping_spell_is_warned_about_and_shown_as_an_interim)
{
    const Read r = eras_of("leadid,ccode,idacr,leader,startdate,enddate\n"
                           "x1,101,VEN,Chávez,1999-02-02,2013-03-05\n"
                           "x2,101,VEN,Carmona,2002-04-12,2002-04-13\n"
                           "x3,101,VEN,Maduro,2013-03-05,NA\n",
                           io::LeaderSource::archigos);
    BOOST_TEST(messages(r.diagnostics) ==
                   (std::vector<std::string>{"leaders.csv:3:5: warning: Carmona takes office on 2002-04-12 while "
                                             "Chávez (line 2) is in office up to 2013-03-05: an interim or a shared "
                                             "rule? Chávez's era is cut around it"}),
               boost::test_tools::per_element());
    BOOST_TEST(rows_of(r) == (std::vector<std::string>{"ven_chavez,VEN,Chávez,1999-02-02,2002-04-12",
                                                       "ven_carmona,VEN,Carmona (interim, within Chávez's spell),"
                                                       "2002-04-12,2002-04-14",
                                                       "ven_chavez_2,VEN,Chávez (resumed),2002-04-14,2013-03-05",
                                                       "ven_maduro,VEN,Maduro,2013-03-05,"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(bad_rows_say_where)
{
    const Read r = eras_of("ccode,leader,sdate,smonth,syear,emonth,eyear\n"
                           "130,A,15,13,2007,5,2017\n"
                           "999,B,1,1,2007,5,2017\n"
                           "130,C,31,2,2007,5,2017\n"
                           "130,D,1,6,2007,5,2007\n",
                           io::LeaderSource::reign);
    BOOST_TEST(messages(r.diagnostics) ==
                   (std::vector<std::string>{
                       "leaders.csv:2:4: start month '13' is not a month from 1 to 12",
                       "leaders.csv:3:1: ccode 999 is no Correlates of War state",
                       "leaders.csv:4:3: start: impossible date '2007-02-31' (February 2007 has 28 days)",
                       "leaders.csv:5:3: D ends on 2007-05, before starting on 2007-06-01"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
