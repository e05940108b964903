#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"
#include <algorithm>
#include <optional>
#include <random>

#include "model/dataset.hpp"
#include "render/prose_names.hpp"
#include "render/shift_summary.hpp"

using namespace entente;

namespace {

const model::Dataset& tiny()
{
    static const model::Dataset dataset = [] {
        io::Diagnostics d;
        return test::load_and_read(ENTENTE_TEST_DATA "/tiny", {}, d);
    }();
    return dataset;
}

ActorIndex id(const char* name)
{
    return *tiny().actors.find(name);
}

/// A dyad read in both views; its trend, unless given, improved or worsened by the sign of the change.
analysis::DyadShift dyad(const char* a, const char* b, double rate_a, double rate_b, analysis::Flip flip,
                         std::optional<analysis::Trend> trend = std::nullopt)
{
    analysis::DyadShift s;
    s.a = id(a);
    s.b = id(b);
    s.rate_a = rate_a;
    s.rate_b = rate_b;
    s.change = rate_b - rate_a;
    s.flip = flip;
    s.trend = trend.value_or(s.change > 0   ? analysis::Trend::improved
                             : s.change < 0 ? analysis::Trend::worsened
                                            : analysis::Trend::none);
    return s;
}

/// A dyad the record does not let the comparison read.
analysis::DyadShift unread(const char* a, const char* b, double rate_a, double rate_b, analysis::Record record)
{
    analysis::DyadShift s = dyad(a, b, rate_a, rate_b, analysis::Flip::none, analysis::Trend::none);
    s.record = record;
    return s;
}

/// The fixture's rows, which the hand-made dyads' evidence names.
const model::EventStore& events()
{
    static const model::EventStore rows = test::stored_events(tiny());
    return rows;
}

/// A comparison whose dyads' evidence names the fixture's rows.
analysis::EraShift shift_on_tiny()
{
    analysis::EraShift shift;
    shift.rows_a = shift.rows_b = &events();
    return shift;
}

model::EventIndex event(std::string_view summary)
{
    const model::EventStore& events = ::events();
    for (model::EventIndex i = 0; i < events.size(); ++i)
        if (events.summary(i) == summary) return i;
    throw std::runtime_error("no such event in the fixture");
}

analysis::RankShift ranks(double tau, std::size_t bbb_from, std::size_t bbb_to)
{
    analysis::MetricRankShift pagerank{"pagerank", tau, {}};
    pagerank.ranks = {
        {id("BBB"), 0.1, 0.4, bbb_from, bbb_to}, {id("CCC"), 0.4, 0.1, 1, 3}, {id("AAA"), 0.3, 0.3, 2, 2}};
    analysis::MetricRankShift degree{"degree", 0.9, {}};
    return {3, {degree, pagerank}};
}

analysis::BlocShift blocs(std::size_t moved_from)
{
    analysis::BlocShift shift;
    shift.actors = {
        {id("AAA"), 0, 0, analysis::BlocMove::stayed},
        {id("BBB"), moved_from, 0, moved_from == 0 ? analysis::BlocMove::stayed : analysis::BlocMove::moved},
        {id("CCC"), 0, 1, analysis::BlocMove::moved},
        {id("ORG"), std::nullopt, 0, analysis::BlocMove::appeared}};
    shift.blocs_a = 2;
    shift.blocs_b = 2;
    shift.both = 3;
    shift.moved = moved_from == 0 ? 1 : 2;
    shift.adjusted_rand = -0.5;
    return shift;
}

const render::ShiftContext k_context{{"First President", "under"}, {"Second President", "under"}, std::nullopt, 5};

} // namespace

BOOST_AUTO_TEST_SUITE(compare_summary)

BOOST_AUTO_TEST_CASE(dyad_sentences_follow_the_rates_and_flips)
{
    analysis::EraShift shift = shift_on_tiny();
    shift.dyads = {dyad("AAA", "BBB", -2.0, 3.0, analysis::Flip::foe_to_friend)};
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal).front() ==
               "Under Second President, compared with First President, relations with Bêta turned from hostile to "
               "friendly (-2.00 to +3.00 a year).");
    // The same dyad going the other way reads the other way.
    shift.dyads = {dyad("AAA", "BBB", 2.0, -3.0, analysis::Flip::friend_to_foe)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal).front() ==
               "Under Second President, compared with First President, relations with Bêta turned from friendly to "
               "hostile (+2.00 to -3.00 a year).");
    shift.dyads = {dyad("AAA", "CCC", 1.0, 0.25, analysis::Flip::none)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President, compared with First President, relations between Alpha, Republic of and the "
               "\"Gamma\" Union worsened (+1.00 to +0.25 a year).");
    shift.dyads = {dyad("AAA", "CCC", 1.0, 1.0, analysis::Flip::none)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "No relation changed under Second President compared with First President.");
    shift.dyads = {dyad("AAA", "CCC", 1.0, 1.004, analysis::Flip::none)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "No relation changed by 0.005 a year or more under Second President compared with First President.");
    shift.dyads.clear();
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "No relation is recorded under First President or under Second President.");
    render::ShiftContext focal_b = k_context;
    focal_b.focal = id("CCC");
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal_b).front() ==
               "No relation of the \"Gamma\" Union is recorded under First President or under Second President.");
    // Two windows are named by their days.
    const render::ShiftContext windows{
        {"2000-01-01 to 2006-12-31", "from"}, {"2007-01-01 to 2013-12-31", "from"}, id("AAA"), 5};
    // A relation begins only where an act opens it, and the sentence cites that act.
    shift.dyads = {unread("AAA", "CCC", 0.0, 0.5, analysis::Record::opened_in_b)};
    shift.dyads[0].opening = event("Agreement");
    BOOST_TEST(render::shift_sentences(tiny(), shift, windows).front() ==
               "From 2007-01-01 to 2013-12-31, compared with 2000-01-01 to 2006-12-31, relations with the "
               "\"Gamma\" Union began (+0.50 a year; 2010-05: Agreement).");
}

BOOST_AUTO_TEST_CASE(a_rate_that_falls_for_want_of_records_is_no_worsening)
{
    // Less cooperation recorded, no more conflict: quieter, neither worse nor explained by a friendly act.
    views::Dyad in_a, in_b;
    in_a.evidence = {{event("An agreement\nspanning two lines"), 8.0}};
    in_b.evidence = {{event("Agreement"), 1.0}};
    analysis::EraShift shift = shift_on_tiny();
    shift.dyads = {dyad("AAA", "BBB", 8.0, 1.0, analysis::Flip::none, analysis::Trend::less_cooperation)};
    shift.dyads[0].in_a = &in_a;
    shift.dyads[0].in_b = &in_b;
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President, compared with First President, relations between Alpha, Republic of and Bêta "
               "were quieter: less cooperation recorded and no more conflict (+8.00 to +1.00 a year).");
    shift.dyads[0] = dyad("AAA", "BBB", -8.0, -1.0, analysis::Flip::none, analysis::Trend::less_conflict);
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President, compared with First President, relations between Alpha, Republic of and Bêta "
               "were quieter: less conflict recorded and no more cooperation (-8.00 to -1.00 a year).");
}

BOOST_AUTO_TEST_CASE(an_era_without_events_or_with_too_few_is_said_so_never_read_as_a_change)
{
    analysis::EraShift shift = shift_on_tiny();
    shift.dyads = {unread("AAA", "BBB", 2.15, 0.0, analysis::Record::none_in_b),
                   unread("AAA", "ORG", 1.43, 0.0, analysis::Record::none_in_b),
                   unread("AAA", "CCC", 0.0, 1.5, analysis::Record::none_in_a)};
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal) ==
                   (std::vector<std::string>{
                       "Relations with Bêta and the Organisation of Lenín Moreno and Patiño have no recorded events "
                       "under Second President, so no change is read.",
                       "Relations with the \"Gamma\" Union have no recorded events under First President, so no "
                       "change is read."}),
               boost::test_tools::per_element());
    // Too few events on a side: no flip, no change, whatever the rates.
    shift.dyads = {unread("AAA", "BBB", 0.5, -0.39, analysis::Record::too_few),
                   dyad("AAA", "CCC", 1.0, 1.0, analysis::Flip::none)};
    shift.min_events = 3;
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal) ==
                   (std::vector<std::string>{
                       "No relation with 3 or more events in each changed under Second President compared with First "
                       "President.",
                       "Too few events to tell how relations with Bêta changed (fewer than 3 under First President or "
                       "under Second President)."}),
               boost::test_tools::per_element());
    // Without a focal actor the unread relations are counted.
    shift.dyads = {unread("AAA", "BBB", 2.15, 0.0, analysis::Record::none_in_b),
                   unread("CCC", "ORG", 1.43, 0.0, analysis::Record::none_in_b)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).back() ==
               "2 relations have no recorded events under Second President, so no change is read.");
}

BOOST_AUTO_TEST_CASE(flips_first_small_changes_never_and_the_flips_left_out_counted)
{
    analysis::EraShift shift = shift_on_tiny();
    shift.dyads = {dyad("AAA", "CCC", 1.0, 4.0, analysis::Flip::none),
                   dyad("AAA", "BBB", 0.5, -0.25, analysis::Flip::friend_to_foe),
                   dyad("BBB", "CCC", -0.0001, 0.0002, analysis::Flip::foe_to_friend),
                   dyad("AAA", "ORG", 0.0736, 0.068, analysis::Flip::none),
                   dyad("BBB", "ORG", 0.5, 0.496, analysis::Flip::none)};
    render::ShiftContext two = k_context;
    two.max_sentences = 2;
    const auto said = render::shift_sentences(tiny(), shift, two);
    BOOST_TEST(said == (std::vector<std::string>{
                           "Under Second President, compared with First President, relations between Alpha, Republic "
                           "of and Bêta turned from friendly to hostile (+0.50 to -0.25 a year).",
                           // A flip between tiny scores gets the decimals that show its signs.
                           "Relations between Bêta and the \"Gamma\" Union turned from hostile to friendly (-0.0001 to "
                           "+0.0002 a year)."}),
               boost::test_tools::per_element());
    two.max_sentences = 1;
    BOOST_TEST(render::shift_sentences(tiny(), shift, two).back() == "1 more relation flipped sign.");
    // Without the flips: the largest change, then 0.0736 -> 0.068 in three decimals; a change of 0.004 is none.
    shift.dyads.erase(shift.dyads.begin() + 1, shift.dyads.begin() + 3);
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context) ==
                   (std::vector<std::string>{
                       "Under Second President, compared with First President, relations between Alpha, Republic of "
                       "and the \"Gamma\" Union improved (+1.00 to +4.00 a year).",
                       "Relations between Alpha, Republic of and the Organisation of Lenín Moreno and Patiño "
                       "worsened (+0.074 to +0.068 a year)."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_dyads_that_may_get_a_sentence_hold_those_that_do_whichever_relations_opened)
{
    // Random shifts of flips, moves, quieter relations, unread ones and
    // relations seen only in B; then random sets of the latter opened.
    const views::Dyad seen_in_b;
    std::mt19937 random(11);
    const std::vector<const char*> names{"AAA", "BBB", "CCC", "ORG"};
    std::size_t uncertain_chosen = 0;
    for (int round = 0; round < 300; ++round) {
        analysis::EraShift shift = shift_on_tiny();
        const auto count = std::uniform_int_distribution<int>(0, 14)(random);
        for (int i = 0; i < count; ++i) {
            const char* a = names[random() % names.size()];
            const char* b = names[random() % names.size()];
            // Some changes too small for a sentence.
            const double change = (random() % 4 == 0 ? 0.001 : 1.0) * std::uniform_real_distribution<>(-5, 5)(random);
            switch (random() % 6) {
            case 0:
                shift.dyads.push_back(dyad(a, b, 1.0, 1.0 + change, analysis::Flip::friend_to_foe));
                break;
            case 1:
                shift.dyads.push_back(dyad(a, b, 1.0, 1.0 + change, analysis::Flip::none));
                break;
            case 2:
                shift.dyads.push_back(
                    dyad(a, b, 1.0, 1.0 + change, analysis::Flip::none,
                         random() % 2 ? analysis::Trend::less_conflict : analysis::Trend::less_cooperation));
                break;
            case 3:
                shift.dyads.push_back(unread(a, b, 1.0, 1.0 + change, analysis::Record::too_few));
                break;
            default: // seen only in B: no relation opened yet
                shift.dyads.push_back(unread(a, b, 0.0, change, analysis::Record::none_in_a));
                shift.dyads.back().in_b = &seen_in_b;
            }
        }
        std::stable_sort(shift.dyads.begin(), shift.dyads.end(),
                         [](const auto& x, const auto& y) { return std::abs(x.change) > std::abs(y.change); });
        render::ShiftContext context = k_context;
        context.max_sentences = 1 + random() % 5;
        const std::vector<const analysis::DyadShift*> possible = render::possible_sentence_dyads(shift, context);
        for (int opened = 0; opened < 20; ++opened) {
            for (analysis::DyadShift& s : shift.dyads)
                if (s.in_b == &seen_in_b)
                    s.record = random() % 3 == 0 ? analysis::Record::opened_in_b : analysis::Record::none_in_a;
            for (const analysis::DyadShift* chosen : render::sentence_dyads(shift, context)) {
                BOOST_TEST(std::count(possible.begin(), possible.end(), chosen) == 1);
                if (chosen->record == analysis::Record::opened_in_b) ++uncertain_chosen;
            }
        }
    }
    BOOST_TEST(uncertain_chosen > 100U); // relations that opened did get sentences
}

BOOST_AUTO_TEST_CASE(a_directed_comparison_says_who_acted_on_whom)
{
    analysis::EraShift shift = shift_on_tiny();
    shift.dyads = {dyad("BBB", "AAA", -1.0, 2.0, analysis::Flip::foe_to_friend),
                   dyad("AAA", "BBB", -0.5, 1.0, analysis::Flip::foe_to_friend)};
    render::ShiftContext directed = k_context;
    directed.focal = id("AAA");
    directed.directed = true;
    BOOST_TEST(render::shift_sentences(tiny(), shift, directed) ==
                   (std::vector<std::string>{"Under Second President, compared with First President, Bêta's acts "
                                             "towards Alpha, Republic of turned from hostile to friendly (-1.00 to "
                                             "+2.00 a year).",
                                             "Alpha, Republic of's acts towards Bêta turned from hostile to friendly "
                                             "(-0.50 to +1.00 a year)."}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_explaining_event_is_one_of_b_pushing_the_way_the_dyad_moved)
{
    views::Dyad in_a, in_b;
    in_a.evidence = {{event("AAA withdraws its ambassador"), -4.0}, {event("An agreement\nspanning two lines"), 8.0}};
    in_b.evidence = {{event("A lasting dispute"), -3.0}};
    analysis::EraShift shift = shift_on_tiny();
    shift.dyads = {dyad("AAA", "BBB", 4.0, -3.0, analysis::Flip::friend_to_foe)};
    shift.dyads[0].in_a = &in_a;
    shift.dyads[0].in_b = &in_b;
    // Worse: B's hostile event, the first of the change's sign.
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President, compared with First President, relations between Alpha, Republic of and Bêta "
               "turned from friendly to hostile (+4.00 to -3.00 a year; 2012-08-16..2019-04: A lasting dispute).");
    // Without it, no event is cited: a friendly act of A that B did not repeat explains no worsening.
    in_b.evidence = {{event("Agreement"), 1.0}};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President, compared with First President, relations between Alpha, Republic of and Bêta "
               "turned from friendly to hostile (+4.00 to -3.00 a year).");
    // An improvement cites a cooperative event of B, never a conflictual one.
    shift.dyads = {dyad("AAA", "BBB", 1.0, 2.0, analysis::Flip::none)};
    shift.dyads[0].in_b = &in_b;
    in_b.evidence = {{event("A lasting dispute"), -3.0}, {event("Agreement"), 5.0}};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President, compared with First President, relations between Alpha, Republic of and Bêta "
               "improved (+1.00 to +2.00 a year; 2010-05: Agreement).");
}

BOOST_AUTO_TEST_CASE(actors_named_in_sentences_take_the_article_english_gives_them)
{
    std::vector<std::string> got;
    for (const char* name : {"Ecuador",
                             "United States",
                             "United Kingdom",
                             "United Nations",
                             "Netherlands",
                             "Democratic Republic of the Congo",
                             "Revolutionary Armed Forces of Colombia",
                             "Interim government of Juan Guaidó",
                             "Military Observer Mission Ecuador-Peru",
                             "Saint Vincent and the Grenadines",
                             "Cocos (Keeling) Islands",
                             "Korea, Republic of",
                             "The Gambia",
                             "Gambia",
                             "Holy See",
                             "Gran Colombia",
                             "Bosnia and Herzegovina",
                             "Isle of Man",
                             "European Union",
                             "Organization of American States"})
        got.push_back(render::prose_name(name));
    BOOST_TEST(got == (std::vector<std::string>{"Ecuador",
                                                "the United States",
                                                "the United Kingdom",
                                                "the United Nations",
                                                "the Netherlands",
                                                "the Democratic Republic of the Congo",
                                                "the Revolutionary Armed Forces of Colombia",
                                                "the Interim government of Juan Guaidó",
                                                "the Military Observer Mission Ecuador-Peru",
                                                "Saint Vincent and the Grenadines",
                                                "the Cocos (Keeling) Islands",
                                                "Korea, Republic of",
                                                "the Gambia",
                                                "the Gambia",
                                                "the Holy See",
                                                "Gran Colombia",
                                                "Bosnia and Herzegovina",
                                                "the Isle of Man",
                                                "the European Union",
                                                "the Organization of American States"}),
               boost::test_tools::per_element());
    BOOST_TEST(render::possessive("Ecuador") == "Ecuador's");
    BOOST_TEST(render::possessive("the United States") == "the United States'");
}

BOOST_AUTO_TEST_CASE(a_rank_sentence_only_when_an_order_changed_notably)
{
    BOOST_TEST(*render::rank_sentence(tiny(), ranks(0.3, 3, 1), k_context) ==
               "Ranks by PageRank reshuffled among the 3 actors active in both (Kendall's tau-b 0.30): Bêta rose "
               "from 3rd to 1st and the \"Gamma\" Union fell from 1st to 3rd.");
    // The numbers move, the sentence moves with them.
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(*render::rank_sentence(tiny(), ranks(-0.25, 2, 1), focal) ==
               "Ranks by PageRank reshuffled among the 3 actors active in both (Kendall's tau-b -0.25): the "
               "\"Gamma\" Union fell from 1st to 3rd and Alpha, Republic of stayed 2nd.");
    // A tau-b at the threshold is not notable; nor is any when the threshold is lowered.
    BOOST_TEST(!render::rank_sentence(tiny(), ranks(0.5, 3, 1), k_context));
    BOOST_TEST(!render::rank_sentence(tiny(), ranks(0.3, 3, 1), k_context, {.tau_below = 0.2}));
}

BOOST_AUTO_TEST_CASE(a_bloc_sentence_names_who_changed_side)
{
    // Two events in each era for every dyad of AAA with BBB and CCC: enough to name them.
    views::Dyad two;
    two.events = 2;
    analysis::EraShift evidence;
    for (const char* partner : {"BBB", "CCC"}) {
        evidence.dyads.push_back(dyad("AAA", partner, 1.0, 1.0, analysis::Flip::none));
        evidence.dyads.back().in_a = evidence.dyads.back().in_b = &two;
    }
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(1), evidence, focal) ==
               "In the blocs, Bêta moved to Alpha, Republic of's side and the \"Gamma\" Union left it (2 of 3 actors "
               "active in both changed bloc; adjusted Rand index -0.50; 2 blocs under First President, 2 under Second "
               "President).");
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(0), evidence, focal) ==
               "In the blocs, the \"Gamma\" Union left Alpha, Republic of's side (1 of 3 actors active in both "
               "changed bloc; adjusted Rand index -0.50; 2 blocs under First President, 2 under Second President).");
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(1), evidence, k_context) ==
               "In the blocs, Bêta and the \"Gamma\" Union changed side (2 of 3 actors active in both; adjusted "
               "Rand index -0.50; 2 blocs under First President, 2 under Second President).");
    analysis::BlocShift still = blocs(0);
    still.moved = 0;
    BOOST_TEST(!render::bloc_sentence(tiny(), still, evidence, k_context));
    // One event of BBB in the first era: its move is counted, not named.
    views::Dyad one;
    one.events = 1;
    evidence.dyads.front().in_a = &one;
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(1), evidence, focal) ==
               "In the blocs, the \"Gamma\" Union left Alpha, Republic of's side (2 of 3 actors active in both "
               "changed bloc, 1 of them on too few events to tell; adjusted Rand index -0.50; 2 blocs under First "
               "President, 2 under Second President).");
    evidence.dyads.back().in_b = &one;
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(1), evidence, k_context) ==
               "In the blocs, 2 of 3 actors active in both changed side, on too few events to tell (adjusted Rand "
               "index -0.50; 2 blocs under First President, 2 under Second President).");
}

BOOST_AUTO_TEST_CASE(ordinals)
{
    std::vector<std::string> got;
    for (std::size_t n : {1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112})
        got.push_back(render::ordinal(n));
    BOOST_TEST(got == (std::vector<std::string>{"1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd",
                                                "23rd", "101st", "111th", "112th"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
