#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"

#include "analysis/bloc_shift.hpp"
#include "model/dataset.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace entente::analysis {
// For Boost.Test's messages.
std::ostream& operator<<(std::ostream& out, BlocMove move)
{
    return out << (move == BlocMove::stayed ? "stayed" : to_string(move));
}
} // namespace entente::analysis

namespace {

/// A partition given as the bloc index of actors 0, 1, ... (none: inactive).
analysis::BlocPartition partition(const std::vector<std::optional<std::size_t>>& blocs)
{
    analysis::BlocPartition p;
    for (std::size_t actor = 0; actor < blocs.size(); ++actor) {
        if (!blocs[actor]) continue;
        if (p.blocs.size() <= *blocs[actor]) p.blocs.resize(*blocs[actor] + 1);
        p.blocs[*blocs[actor]].members.push_back(static_cast<ActorIndex>(actor));
        p.membership.push_back({static_cast<ActorIndex>(actor), *blocs[actor]});
    }
    return p;
}

const analysis::ActorBlocShift& of(const analysis::BlocShift& shift, ActorIndex actor)
{
    for (const auto& s : shift.actors)
        if (s.actor == actor) return s;
    throw std::runtime_error("actor not listed");
}

model::Dataset shift_fixture()
{
    io::Diagnostics d;
    return test::load_and_read(ENTENTE_TEST_DATA "/shift", {}, d);
}

analysis::BlocPartition blocs_of(const model::Dataset& dataset, const std::string& era)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::era;
    spec.window = dataset.find_era(era)->window(dataset.open_end());
    spec.label = era;
    const views::RelationGraph view = test::view_of(dataset, spec);
    analysis::BlocSearch search(view, analysis::default_bloc_params());
    search.run();
    return search.result();
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare_blocs)

BOOST_AUTO_TEST_CASE(moves_numbering_and_adjusted_rand_index_by_hand)
{
    // A: {0 1 2} {3 4 5}; B: {0 1 6} {2 3} {4}. Actor 5 is gone, 6 new.
    const auto a = partition({0, 0, 0, 1, 1, 1, std::nullopt});
    const auto b = partition({0, 0, 1, 1, 2, std::nullopt, 0});
    const analysis::BlocShift shift = analysis::compare_blocs(a, b);
    BOOST_TEST(shift.blocs_a == 2U);
    BOOST_TEST(shift.blocs_b == 3U);
    BOOST_TEST(shift.both == 5U);
    // Shared actors: A0-B0 2, A0-B1 1, A1-B1 1, A1-B2 1. The best matchings total 3; on a tie
    // the earlier B bloc goes to the earlier A bloc: B0 -> A0, B1 -> A1, and B2 numbers next (2).
    BOOST_TEST(*of(shift, 2).bloc_b == 1U);
    BOOST_TEST(*of(shift, 4).bloc_b == 2U);
    BOOST_TEST(of(shift, 0).move == analysis::BlocMove::stayed);
    BOOST_TEST(of(shift, 1).move == analysis::BlocMove::stayed);
    BOOST_TEST(of(shift, 2).move == analysis::BlocMove::moved);
    BOOST_TEST(of(shift, 3).move == analysis::BlocMove::stayed);
    BOOST_TEST(of(shift, 4).move == analysis::BlocMove::moved);
    BOOST_TEST(of(shift, 5).move == analysis::BlocMove::gone);
    BOOST_TEST(*of(shift, 5).bloc_a == 1U);
    BOOST_TEST(!of(shift, 5).bloc_b);
    BOOST_TEST(of(shift, 6).move == analysis::BlocMove::appeared);
    BOOST_TEST(*of(shift, 6).bloc_b == 0U);
    BOOST_TEST(shift.moved == 2U);
    BOOST_TEST(shift.actors.size() == 7U);
    // Over the 5 shared actors, labels A (0 0 0 1 1), B (0 0 1 1 2): pairs together in both 1,
    // in A 3 + 1 = 4, in B 1 + 1 = 2, of 10: (1 - 4*2/10) / ((4 + 2)/2 - 4*2/10) = 0.2 / 2.2.
    BOOST_TEST(*shift.adjusted_rand == 1.0 / 11.0, tt::tolerance(1e-14));
    BOOST_TEST(analysis::to_string(of(shift, 2).move) == "moved");
    BOOST_TEST(analysis::to_string(of(shift, 6).move) == "new");
    BOOST_TEST(analysis::to_string(of(shift, 5).move) == "gone");
    BOOST_TEST(analysis::to_string(of(shift, 0).move) == "");
}

BOOST_AUTO_TEST_CASE(the_matching_is_exact_where_largest_first_is_not)
{
    // Shared: A0-B0 3, A0-B1 2, A1-B0 2, A1-B1 0. Taking the largest first (A0-B0) totals 3;
    // the best matching, A0-B1 and A1-B0, totals 4.
    const auto a = partition({0, 0, 0, 0, 0, 1, 1});
    const auto b = partition({0, 0, 0, 1, 1, 0, 0});
    const analysis::BlocShift shift = analysis::compare_blocs(a, b);
    for (ActorIndex actor : {0U, 1U, 2U}) {
        BOOST_TEST(*of(shift, actor).bloc_b == 1U);
        BOOST_TEST(of(shift, actor).move == analysis::BlocMove::moved);
    }
    for (ActorIndex actor : {3U, 4U})
        BOOST_TEST(*of(shift, actor).bloc_b == 0U);
    for (ActorIndex actor : {5U, 6U})
        BOOST_TEST(of(shift, actor).move == analysis::BlocMove::stayed);
    BOOST_TEST(shift.moved == 3U);
}

BOOST_AUTO_TEST_CASE(identical_partitions_agree_whatever_their_numbers)
{
    const analysis::BlocShift shift =
        analysis::compare_blocs(partition({0, 0, 1, 1}), partition({0, 0, 1, 1, std::nullopt, 0}));
    BOOST_TEST(shift.moved == 0U);
    BOOST_TEST(*shift.adjusted_rand == 1.0);
    const analysis::BlocShift lone = analysis::compare_blocs(partition({0}), partition({0, 0}));
    BOOST_TEST(!lone.adjusted_rand);
}

BOOST_AUTO_TEST_CASE(friend_and_foe_trade_places_in_the_shift_fixture)
{
    // Before: {HOM FRI NEU OLD} against {FOE}; after: {HOM FOE NEU NEW} against {FRI}.
    const model::Dataset dataset = shift_fixture();
    const analysis::BlocShift shift = analysis::compare_blocs(blocs_of(dataset, "before"), blocs_of(dataset, "after"));
    const auto id = [&](const char* name) { return *dataset.actors.find(name); };
    BOOST_TEST(shift.blocs_a == 2U);
    BOOST_TEST(shift.blocs_b == 2U);
    BOOST_TEST(shift.both == 4U);
    BOOST_TEST(of(shift, id("FRI")).move == analysis::BlocMove::moved);
    BOOST_TEST(of(shift, id("FOE")).move == analysis::BlocMove::moved);
    BOOST_TEST(of(shift, id("NEU")).move == analysis::BlocMove::stayed);
    BOOST_TEST(of(shift, id("OLD")).move == analysis::BlocMove::gone);
    BOOST_TEST(of(shift, id("NEW")).move == analysis::BlocMove::appeared);
    // FOE now shares HOM's bloc, FRI does not.
    BOOST_TEST(*of(shift, id("FOE")).bloc_b == *of(shift, id("HOM")).bloc_b);
    BOOST_TEST(*of(shift, id("FRI")).bloc_b != *of(shift, id("HOM")).bloc_b);
    // Labels A (0 0 1 0), B (0 1 0 0) over HOM FRI FOE NEU: (1 - 9/6) / (3 - 9/6) = -1/3.
    BOOST_TEST(*shift.adjusted_rand == -1.0 / 3.0, tt::tolerance(1e-14));
}

BOOST_AUTO_TEST_SUITE_END()
