#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "model/dataset.hpp"
#include "render/shift_summary.hpp"

using namespace entente;

namespace {

const model::Dataset& tiny()
{
    static const model::Dataset dataset = [] {
        io::Diagnostics d;
        return model::load_dataset(ENTENTE_TEST_DATA "/tiny", {}, d);
    }();
    return dataset;
}

ActorIndex id(const char* name)
{
    return *tiny().actors.find(name);
}

analysis::DyadShift dyad(const char* a, const char* b, double rate_a, double rate_b, analysis::Flip flip)
{
    analysis::DyadShift s;
    s.a = id(a);
    s.b = id(b);
    s.rate_a = rate_a;
    s.rate_b = rate_b;
    s.change = rate_b - rate_a;
    s.flip = flip;
    return s;
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

const render::ShiftContext k_context{"First President", "Second President", std::nullopt, 5};

} // namespace

BOOST_AUTO_TEST_SUITE(compare_summary)

BOOST_AUTO_TEST_CASE(dyad_sentences_follow_the_rates_and_flips)
{
    analysis::EraShift shift;
    shift.dyads = {dyad("AAA", "BBB", -2.0, 3.0, analysis::Flip::foe_to_friend)};
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal).front() ==
               "Under Second President (after First President), relations with Bêta turned from hostile to friendly "
               "(-2.00 to +3.00 a year).");
    // The same dyad going the other way reads the other way.
    shift.dyads = {dyad("AAA", "BBB", 2.0, -3.0, analysis::Flip::friend_to_foe)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, focal).front() ==
               "Under Second President (after First President), relations with Bêta turned from friendly to hostile "
               "(+2.00 to -3.00 a year).");
    shift.dyads = {dyad("AAA", "CCC", 1.0, 0.25, analysis::Flip::none)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "Under Second President (after First President), relations between Alpha, Republic of and The "
               "\"Gamma\" Union worsened (+1.00 to +0.25 a year).");
    shift.dyads = {dyad("AAA", "CCC", 1.0, 1.0, analysis::Flip::none)};
    BOOST_TEST(render::shift_sentences(tiny(), shift, k_context).front() ==
               "No relation changed between First President and Second President.");
}

BOOST_AUTO_TEST_CASE(a_rank_sentence_only_when_an_order_changed_notably)
{
    BOOST_TEST(*render::rank_sentence(tiny(), ranks(0.3, 3, 1), k_context) ==
               "Ranks by PageRank reshuffled among the 3 actors active in both (Kendall's tau-b 0.30): Bêta rose "
               "from 3rd to 1st and The \"Gamma\" Union fell from 1st to 3rd.");
    // The numbers move, the sentence moves with them.
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(*render::rank_sentence(tiny(), ranks(-0.25, 2, 1), focal) ==
               "Ranks by PageRank reshuffled among the 3 actors active in both (Kendall's tau-b -0.25): The "
               "\"Gamma\" Union fell from 1st to 3rd and Alpha, Republic of stayed 2nd.");
    // A tau-b at the threshold is not notable; nor is any when the threshold is lowered.
    BOOST_TEST(!render::rank_sentence(tiny(), ranks(0.5, 3, 1), k_context));
    BOOST_TEST(!render::rank_sentence(tiny(), ranks(0.3, 3, 1), k_context, {.tau_below = 0.2}));
}

BOOST_AUTO_TEST_CASE(a_bloc_sentence_names_who_changed_side)
{
    render::ShiftContext focal = k_context;
    focal.focal = id("AAA");
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(1), focal) ==
               "In the blocs, Bêta moved to Alpha, Republic of's side and The \"Gamma\" Union left it (2 of 3 actors "
               "active in both changed bloc; adjusted Rand index -0.50; 2 blocs under First President, 2 under Second "
               "President).");
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(0), focal) ==
               "In the blocs, The \"Gamma\" Union left Alpha, Republic of's side (1 of 3 actors active in both "
               "changed bloc; adjusted Rand index -0.50; 2 blocs under First President, 2 under Second President).");
    BOOST_TEST(*render::bloc_sentence(tiny(), blocs(1), k_context) ==
               "In the blocs, Bêta and The \"Gamma\" Union changed side (2 of 3 actors active in both; adjusted "
               "Rand index -0.50; 2 blocs under First President, 2 under Second President).");
    analysis::BlocShift still = blocs(0);
    still.moved = 0;
    BOOST_TEST(!render::bloc_sentence(tiny(), still, k_context));
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
