// The bundled dataset validates, and the key facts of the article are in it
// on the right date with the right sign (tests/data/ecuador_facts.txt).
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"
#include <fstream>

#include "core/text.hpp"
#include "model/dataset.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(ecuador)

BOOST_AUTO_TEST_CASE(validates_and_holds_the_key_facts)
{
    io::Diagnostics d;
    const model::Dataset dataset = test::load_and_read(ENTENTE_SOURCE_DIR "/graphs/ecuador", {}, d);
    for (const auto& item : d.all())
        BOOST_TEST_MESSAGE(io::format_diagnostic(item));
    BOOST_TEST(d.all().empty());
    BOOST_TEST(dataset.rows >= 100U);
    const model::EventStore events = test::stored_events(dataset);

    std::ifstream facts(ENTENTE_TEST_DATA "/ecuador_facts.txt");
    std::string line;
    int checked = 0;
    while (std::getline(facts, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto f = split(line, ',');
        BOOST_REQUIRE(f.size() == 5U);
        int matches = 0;
        for (model::EventIndex e = 0; e < events.size(); ++e) {
            const model::EventStore& ev = events;
            if (format_date(ev.date(e)) == f[0] && dataset.actors.id(ev.source(e)) == f[1] &&
                dataset.actors.id(ev.target(e)) == f[2] && dataset.cameo.at(ev.code(e)).code == f[3]) {
                ++matches;
                BOOST_TEST((f[4] == "+" ? ev.weight(e) > 0 : ev.weight(e) < 0), line);
            }
        }
        BOOST_TEST(matches == 1, line);
        ++checked;
    }
    BOOST_TEST(checked >= 8);
}

BOOST_AUTO_TEST_CASE(pinned_details)
{
    io::Diagnostics d;
    const model::Dataset dataset = test::load_and_read(ENTENTE_SOURCE_DIR "/graphs/ecuador", {}, d);
    const model::EventStore ev = test::stored_events(dataset);
    const auto ecu = *dataset.actors.find("ECU");
    const auto gbr = *dataset.actors.find("GBR");
    bool asylum = false;
    for (model::EventIndex e = 0; e < ev.size(); ++e) {
        if (ev.source(e) == ecu && ev.target(e) == gbr && format_date(ev.date(e)) == "2012-08-16") {
            asylum = true;
            BOOST_TEST(ev.date_text(e) == "2012-08-16..2019-04");
            BOOST_TEST(ev.interval(e).end == day_from_civil(2019, 5, 1));
        }
    }
    BOOST_TEST(asylum);
    const Era* correa = dataset.find_era("correa");
    BOOST_REQUIRE(correa);
    BOOST_TEST(correa->start == day_from_civil(2007, 1, 15));
    BOOST_TEST(*correa->end == day_from_civil(2017, 5, 24));
    const Era* moreno = dataset.find_era("moreno");
    BOOST_REQUIRE(moreno);
    BOOST_TEST(moreno->start == *correa->end);
    BOOST_TEST(dataset.actors.at(*dataset.actors.find("ECU")).name == "Ecuador");
}

BOOST_AUTO_TEST_SUITE_END()
