#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"

#include "model/dataset.hpp"

using namespace entente;

BOOST_AUTO_TEST_SUITE(bare_events)

BOOST_AUTO_TEST_CASE(actors_come_from_the_events)
{
    io::Diagnostics diagnostics;
    const model::Dataset d =
        test::load_and_read(ENTENTE_TEST_DATA "/bare/andes.csv", model::LoadOptions{}, diagnostics);
    BOOST_TEST(!diagnostics.has_errors());
    BOOST_TEST(d.name == "andes.csv");
    BOOST_REQUIRE(d.actors.size() == 6U);
    // In order of first appearance.
    std::vector<std::string> ids;
    for (const Actor& a : d.actors.all())
        ids.push_back(a.id);
    BOOST_TEST(ids == (std::vector<std::string>{"COL", "ECU", "VEN", "PER", "FARC", "UN"}));
    BOOST_TEST(d.actors.at(1).name == "Ecuador");
    BOOST_TEST((d.actors.at(1).kind == ActorKind::state));
    // FARC and UN are in the built-in table of organisations and groups (data/organisations.csv).
    BOOST_TEST(d.actors.at(4).name == "Revolutionary Armed Forces of Colombia");
    BOOST_TEST((d.actors.at(4).kind == ActorKind::group));
    BOOST_TEST(d.actors.at(5).name == "United Nations");
    BOOST_TEST((d.actors.at(5).kind == ActorKind::organization));
    BOOST_TEST(d.rows == 9U);
    BOOST_TEST(d.eras.empty());
    BOOST_TEST(diagnostics.all().empty());
}

BOOST_AUTO_TEST_CASE(eras_from_a_file)
{
    io::Diagnostics diagnostics;
    model::LoadOptions options;
    options.eras_file = ENTENTE_TEST_DATA "/bare/andes_eras.csv";
    const model::Dataset d = test::load_and_read(ENTENTE_TEST_DATA "/bare/andes.csv", options, diagnostics);
    BOOST_TEST(!diagnostics.has_errors());
    BOOST_REQUIRE(d.eras.size() == 3U);
    BOOST_TEST(d.actors.id(d.eras[2].actor) == "ECU");
}

BOOST_AUTO_TEST_CASE(eras_file_replaces_a_folders_own)
{
    io::Diagnostics diagnostics;
    model::LoadOptions options;
    options.eras_file = ENTENTE_TEST_DATA "/bare/andes_eras.csv";
    const model::Dataset d = test::load_and_read(ENTENTE_TEST_DATA "/tiny", options, diagnostics);
    // tiny has no COL or ECU: the given eras, not tiny's own, were read.
    BOOST_TEST(diagnostics.error_count() == 3U);
    BOOST_TEST(d.eras.empty());
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(event_kinds)

BOOST_AUTO_TEST_CASE(the_kinds_read_are_named_in_the_label)
{
    model::Dataset d;
    d.name = "ecuador";
    model::select_kinds(d, {});
    BOOST_TEST(d.label() == "ecuador");
    model::select_kinds(d, {{}, {QuadClass::material_conflict}});
    BOOST_TEST(d.label() == "ecuador (material-conflict events)");
    model::select_kinds(d, {{"18", "19", "20"}, {}});
    BOOST_TEST(d.label() == "ecuador (events of CAMEO 18*, 19*, 20*)");
    model::select_kinds(d, {{"19"}, {QuadClass::verbal_conflict, QuadClass::material_conflict}});
    BOOST_TEST(d.label() == "ecuador (verbal-conflict and material-conflict events of CAMEO 19*)");
}

BOOST_AUTO_TEST_SUITE_END()
