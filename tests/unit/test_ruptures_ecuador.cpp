#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"

#include <algorithm>
#include <string>

#include "analysis/rupture_detection.hpp"
#include "io/diagnostics.hpp"
#include "model/dataset.hpp"
#include "views/dyad_series.hpp"

using namespace entente;

namespace {

/// Ecuador's dyads of the bundled dataset on a monthly series.
struct EcuadorSeries {
    static views::SeriesSpec monthly()
    {
        views::SeriesSpec spec;
        spec.step = spec.window = parse_duration("1mo");
        return spec;
    }

    io::Diagnostics diagnostics;
    const model::Dataset dataset =
        test::load_and_read(std::string(ENTENTE_SOURCE_DIR) + "/graphs/ecuador", {}, diagnostics);
    const ActorIndex ecu = *dataset.actors.find("ECU");
    const views::DyadSeries series{dataset, monthly(),
                                   [this](ActorIndex a, ActorIndex b) { return a == ecu || b == ecu; }, 2};
};

} // namespace

// The ruptures and rapprochements of Ecuador that the article describes, each
// on its day, with the act that caused it and the Ecuadorian presidency.
BOOST_AUTO_TEST_SUITE(ruptures_ecuador)

BOOST_FIXTURE_TEST_CASE(the_article_s_ruptures_and_rapprochements_are_found_on_their_days, EcuadorSeries)
{
    BOOST_REQUIRE(!diagnostics.has_errors());
    // Each row of the bundled dataset is a fact from the article, so one row may carry a change:
    // the Correa-era deterioration with the United States is a single stance (2007-01-15..2017-05-23).
    analysis::RuptureParams params;
    params.min_events = 1;
    analysis::RuptureDetection detection(series, params, 2);
    detection.run();

    struct Expected {
        const char* partner;
        const char* date;
        const char* kind;
        const char* cause_code; ///< of the largest cause
        const char* era;
    };
    const Expected expected[] = {
        {"COL", "2008-03-01", "rupture", "190", "correa"},        // the Colombian raid
        {"COL", "2008-03-07", "rapprochement", "057", "correa"},  // the Santo Domingo declaration
        {"GBR", "2012-08-15", "rupture", "1313", "correa"},       // the Assange asylum crisis
        {"GBR", "2019-04-11", "rapprochement", "0841", "moreno"}, // the asylum revoked
        {"VEN", "2018-10-18", "rupture", "161", "moreno"},        // the break with Maduro
        {"PER", "1941-07-05", "rupture", "190", "arroyo_del_rio_2"},
        {"PER", "1942-01-29", "rapprochement", "057", "arroyo_del_rio_2"}, // the Rio Protocol
        {"PER", "1981-01-01", "rupture", "190", "roldos"},                 // Paquisha
        {"PER", "1995-01-26", "rupture", "190", "duran_ballen"},           // Cenepa
        {"PER", "1995-02-17", "rapprochement", "057", "duran_ballen"},     // Itamaraty
        {"PER", "1998-10-26", "rapprochement", "057", "mahuad"},           // Brasilia
        {"USA", "2007-01-15", "rupture", "160", "correa"},
        {"USA", "2017-05-24", "rapprochement", "050", "moreno"},
        {"USA", "2011-04-05", "rupture", "161", "correa"},                // the ambassadors expelled
        {"COL", "2010-11-26", "rapprochement", "054", "correa"},          // relations restored
        {"COL", "1863-12-30", "rapprochement", "057", "garcia_moreno_1"}, // Pinsaquí
        {"MEX", "2024-04-04", "rupture", "171", "daniel_noboa"},          // the raid on Mexico's embassy
    };
    for (const Expected& e : expected) {
        BOOST_TEST_CONTEXT("ECU-" << e.partner << " " << e.date << " " << e.kind)
        {
            const ActorIndex partner = *dataset.actors.find(e.partner);
            const auto& all = detection.ruptures();
            const auto it = std::find_if(all.begin(), all.end(), [&](const analysis::Rupture& r) {
                return (r.a == partner || r.b == partner) && format_day(r.date) == e.date &&
                       analysis::to_string(r.kind) == e.kind;
            });
            BOOST_TEST_REQUIRE((it != all.end()));
            BOOST_TEST_REQUIRE(!it->causes.empty());
            BOOST_TEST(dataset.cameo.at(series.rows().code(it->causes.front().event)).code == e.cause_code);
            BOOST_TEST_REQUIRE(it->eras.size() == 1U);
            BOOST_TEST(it->eras.front()->id == e.era);
        }
    }
}

BOOST_FIXTURE_TEST_CASE(by_default_a_change_stands_on_two_events_pushing_its_way, EcuadorSeries)
{
    analysis::RuptureDetection detection(series, {}, 2);
    detection.run();
    const auto found = [&](const char* partner, const char* date) {
        const ActorIndex p = *dataset.actors.find(partner);
        return std::any_of(detection.ruptures().begin(), detection.ruptures().end(), [&](const analysis::Rupture& r) {
            return (r.a == p || r.b == p) && format_day(r.date) == date;
        });
    };
    // The raid, the troops and the recalled ambassador: three events; the war of 1941, fought both ways.
    BOOST_TEST(found("COL", "2008-03-01"));
    BOOST_TEST(found("PER", "1941-07-05"));
    // One row each, up to the next change: the incidents with Venezuela of 1928 and 1955, Venezuela's
    // break of 1963, Ecuador's border closing of 2002 and the Correa-era stance towards Washington.
    for (const auto& [partner, date] :
         {std::pair{"VEN", "1928-01-01"}, std::pair{"VEN", "1955-01-01"}, std::pair{"VEN", "1963-07-01"},
          std::pair{"COL", "2002-01-01"}, std::pair{"USA", "2007-01-15"}})
        BOOST_TEST(!found(partner, date), partner << " " << date);
}

BOOST_FIXTURE_TEST_CASE(the_cenepa_war_is_not_cancelled_by_its_peace, EcuadorSeries)
{
    // January-February 1995: the war (-10 over 34 days) and, in February, the Itamaraty and
    // Montevideo declarations (+8, +3). Net monthly scores barely move; the conflict channel
    // rises by the war's weight, so the war ranks with the wars of 1859 and 1941, above every
    // agreement of less weight.
    const ActorIndex per = *dataset.actors.find("PER");
    analysis::RuptureDetection detection(series, {}, 2);
    detection.run();
    const auto& all = detection.ruptures();
    const auto cenepa = std::find_if(all.begin(), all.end(), [&](const analysis::Rupture& r) {
        return (r.a == per || r.b == per) && format_day(r.date) == "1995-01-26";
    });
    BOOST_TEST_REQUIRE((cenepa != all.end()));
    BOOST_TEST(analysis::to_string(cenepa->kind) == "rupture");
    BOOST_TEST((cenepa->signals & analysis::signal_conflict) != 0U);
    BOOST_TEST(cenepa->magnitude > 8.0);
    BOOST_TEST(cenepa->magnitude == cenepa->before - cenepa->after, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(dataset.cameo.at(series.rows().code(cenepa->causes.front().event)).code == "190");
    for (const analysis::Rupture& r : all)
        if (r.kind == analysis::RuptureKind::rapprochement && r.magnitude < 8.0)
            BOOST_TEST(r.magnitude < cenepa->magnitude);
}

BOOST_AUTO_TEST_SUITE_END()
