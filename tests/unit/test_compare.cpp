#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "analysis/era_shift.hpp"
#include "analysis/partition_agreement.hpp"
#include "analysis/rank_correlation.hpp"
#include "dataset_builder.hpp"
#include "model/dataset.hpp"
#include "render/shift_summary.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace {

model::Dataset tiny()
{
    io::Diagnostics d;
    return test::load_and_read(ENTENTE_TEST_DATA "/tiny", {}, d);
}

views::ViewSpec era_view(const model::Dataset& dataset, const std::string& id)
{
    views::ViewSpec spec;
    spec.kind = views::ViewKind::era;
    spec.window = dataset.find_era(id)->window(dataset.open_end());
    spec.label = id;
    return spec;
}

const analysis::DyadShift& find(const analysis::EraShift& shift, const model::Dataset& dataset, const char* a,
                                const char* b)
{
    for (const auto& s : shift.dyads)
        if (dataset.actors.id(s.a) == a && dataset.actors.id(s.b) == b) return s;
    throw std::runtime_error("dyad not found");
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare)

BOOST_AUTO_TEST_CASE(kendall_tau_b_with_ties_by_hand)
{
    // Pairs: 3 concordant, 1 discordant, 1 tied in x, 1 tied in y: 2 / sqrt(5 * 5).
    const std::vector<double> x{1, 2, 2, 3}, y{1, 3, 2, 2};
    BOOST_TEST(*analysis::kendall_tau_b(x, y) == 0.4, tt::tolerance(1e-15));
    const std::vector<double> up{1, 2, 3}, down{3, 2, 1};
    BOOST_TEST(*analysis::kendall_tau_b(up, up) == 1.0, tt::tolerance(1e-15));
    BOOST_TEST(*analysis::kendall_tau_b(up, down) == -1.0, tt::tolerance(1e-15));
    const std::vector<double> flat{5, 5, 5};
    BOOST_TEST(!analysis::kendall_tau_b(up, flat));
    BOOST_TEST(!analysis::kendall_tau_b(std::vector<double>{1}, std::vector<double>{1}));
}

BOOST_AUTO_TEST_CASE(adjusted_rand_index_by_hand)
{
    // Joint pairs 1, pairs in a 2, in b 1, of 6: (1 - 1/3) / (3/2 - 1/3) = 4/7.
    BOOST_TEST(*analysis::adjusted_rand_index(std::vector<int>{0, 0, 1, 1}, std::vector<int>{0, 0, 1, 2}) == 4.0 / 7.0,
               tt::tolerance(1e-15));
    // Crossed partitions: (0 - 18/15) / (9/2 - 18/15) = -4/11.
    BOOST_TEST(*analysis::adjusted_rand_index(std::vector<int>{0, 0, 0, 1, 1, 1}, std::vector<int>{0, 1, 2, 0, 1, 2}) ==
                   -4.0 / 11.0,
               tt::tolerance(1e-15));
    // Labels do not matter.
    BOOST_TEST(*analysis::adjusted_rand_index(std::vector<int>{0, 0, 1}, std::vector<int>{7, 7, 3}) == 1.0,
               tt::tolerance(1e-15));
    BOOST_TEST(*analysis::adjusted_rand_index(std::vector<int>{0, 1, 2}, std::vector<int>{2, 0, 1}) == 1.0);
    BOOST_TEST(!analysis::adjusted_rand_index(std::vector<int>{0}, std::vector<int>{0}));
}

BOOST_AUTO_TEST_CASE(per_year_rates_and_the_split_at_an_era_boundary)
{
    const model::Dataset dataset = tiny();
    const views::RelationGraph first = test::view_of(dataset, era_view(dataset, "first"));
    const views::RelationGraph second = test::view_of(dataset, era_view(dataset, "second"));
    // Era lengths: 2007-01-15..2017-05-24 is 3782 days, 2017-05-24..2019-05-01 (open, cut at the data's end) 707.
    const double years_first = 3782 / 365.2425, years_second = 707 / 365.2425;
    const analysis::EraShift shift = analysis::compare_views(first, second);

    // The `2017` event (1.9 x 2) splits 143/365 before the boundary, 222/365 after.
    const auto& org = find(shift, dataset, "AAA", "ORG");
    BOOST_TEST(org.rate_a == 3.8 * 143 / 365 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(org.rate_b == 3.8 * 222 / 365 / years_second, tt::tolerance(1e-12));
    BOOST_TEST(org.change == org.rate_b - org.rate_a, tt::tolerance(1e-12));
    BOOST_TEST(analysis::flip_label(org) == ""); // the `2017` row counts twice in each era: read

    // The lasting -3 dispute (2449 days) puts 1742 days in the first era, 707 in the second.
    const auto& ccc = find(shift, dataset, "AAA", "CCC");
    BOOST_TEST(ccc.rate_a == -3.0 * 1742 / 2449 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(ccc.rate_b == -3.0 * 707 / 2449 / years_second, tt::tolerance(1e-12));

    // AAA-BBB (2008: -10, -4, +8) and BBB-CCC (2010: +8) fall silent in the second era.
    const auto& bbb = find(shift, dataset, "AAA", "BBB");
    BOOST_TEST(bbb.rate_a == -6.0 / years_first, tt::tolerance(1e-12));
    BOOST_TEST(bbb.rate_b == 0.0);

    BOOST_TEST(analysis::flip_label(bbb) == "no_events_b");
    BOOST_TEST((bbb.trend == analysis::Trend::none));

    // Edges: first {AB, AC, AO, BC}, second {AC, AO}: Jaccard 2/4, both shared keep their sign.
    BOOST_TEST(shift.distance.edge_jaccard == 0.5, tt::tolerance(1e-15));
    BOOST_TEST(shift.distance.shared_edges == 2U);
    BOOST_TEST(*shift.distance.sign_agreement == 1.0);
    double l1 = 0;
    for (const auto& s : shift.dyads)
        l1 += std::abs(s.rate_b - s.rate_a);
    BOOST_TEST(shift.distance.weighted_l1 == l1, tt::tolerance(1e-12));
    // Largest change first.
    for (std::size_t i = 1; i < shift.dyads.size(); ++i)
        BOOST_TEST(std::abs(shift.dyads[i - 1].change) >= std::abs(shift.dyads[i].change));
}

BOOST_AUTO_TEST_CASE(focal_actor_keeps_its_own_dyads)
{
    const model::Dataset dataset = tiny();
    const views::RelationGraph first = test::view_of(dataset, era_view(dataset, "first"));
    const views::RelationGraph second = test::view_of(dataset, era_view(dataset, "second"));
    const auto ccc = *dataset.actors.find("CCC");
    const analysis::EraShift shift = analysis::compare_views(first, second, ccc);
    BOOST_TEST(shift.dyads.size() == 2U); // AAA-CCC and BBB-CCC
    for (const auto& s : shift.dyads)
        BOOST_TEST((s.a == ccc || s.b == ccc));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(compare_more)

BOOST_AUTO_TEST_CASE(rates_per_year_of_eras_of_different_lengths)
{
    // tests/data/shift: `before` runs 730 days, `after` 366 (2012 is a leap year).
    io::Diagnostics d;
    const model::Dataset dataset = test::load_and_read(ENTENTE_TEST_DATA "/shift", {}, d);
    const views::RelationGraph before = test::view_of(dataset, era_view(dataset, "before"));
    const views::RelationGraph after = test::view_of(dataset, era_view(dataset, "after"));
    // One event a dyad and era: read with a threshold of one event.
    const analysis::EraShift shift = analysis::compare_views(before, after, *dataset.actors.find("HOM"), {1});
    const auto& foe = find(shift, dataset, "HOM", "FOE");
    BOOST_TEST(foe.rate_a == -10.0 * 365.2425 / 730, tt::tolerance(1e-12));
    BOOST_TEST(foe.rate_b == 8.0 * 365.2425 / 366, tt::tolerance(1e-12));
    BOOST_TEST(analysis::flip_label(foe) == "foe_to_friend");
    const auto& fri = find(shift, dataset, "HOM", "FRI");
    BOOST_TEST(analysis::flip_label(fri) == "friend_to_foe");
    BOOST_TEST(analysis::to_string(fri.trend) == "worsened");
    BOOST_TEST(analysis::to_string(find(shift, dataset, "HOM", "NEU").trend) == "improved");
    // Newland's first event is a visit, not an act that opens relations: only unrecorded before.
    BOOST_TEST(analysis::flip_label(find(shift, dataset, "HOM", "NEW")) == "no_events_a");
    BOOST_TEST(analysis::flip_label(find(shift, dataset, "HOM", "OLD")) == "no_events_b");
    BOOST_TEST(shift.dyads.size() == 5U); // FRI-FOE is not HOM's
    // With the default threshold of two events an era, one event is too few to tell any flip.
    const analysis::EraShift strict = analysis::compare_views(before, after, *dataset.actors.find("HOM"));
    BOOST_TEST(strict.min_events == analysis::k_default_min_events);
    for (const char* partner : {"FOE", "FRI", "NEU"}) {
        const auto& s = find(strict, dataset, "HOM", partner);
        BOOST_TEST(analysis::flip_label(s) == "too_few_events");
        BOOST_TEST((s.flip == analysis::Flip::none && s.trend == analysis::Trend::none));
    }
}

BOOST_AUTO_TEST_CASE(an_event_spread_evenly_over_both_eras_is_no_change)
{
    // A 30-day stance, 10 days in A and 20 in B: the same rate per year in both, up to rounding.
    const model::Dataset dataset =
        test::make_dataset({"AAA", "BBB"}, {{"2000-01-01", "AAA", "BBB", 3.0, "2000-01-30"}},
                           {{"a", "AAA", "2000-01-01", "2000-01-11"}, {"b", "AAA", "2000-01-11", "2000-01-31"}});
    const views::RelationGraph a = test::view_of(dataset, era_view(dataset, "a"));
    const views::RelationGraph b = test::view_of(dataset, era_view(dataset, "b"));
    const analysis::EraShift shift = analysis::compare_views(a, b);
    BOOST_REQUIRE(shift.dyads.size() == 1U);
    BOOST_TEST(shift.dyads[0].rate_a == 1.0 * 365.2425 / 10, tt::tolerance(1e-12));
    BOOST_TEST(shift.dyads[0].change == 0.0);
    BOOST_TEST(shift.distance.weighted_l1 == 0.0);
    BOOST_TEST(render::shift_sentences(dataset, shift, {{"A", "under"}, {"B", "under"}, std::nullopt, 5}).front() ==
               "No relation changed under B compared with A.");
}

BOOST_AUTO_TEST_CASE(ruptures_between_the_middles_of_the_eras)
{
    // A = [100, 200), B = [200, 301): middles 150 and 250; from 150 up to, not including, 250.
    const analysis::RuptureSelection selection = analysis::between_middles({100, 200}, {200, 301}, 7U);
    BOOST_TEST(*selection.since == 150);
    BOOST_TEST(*selection.until == 250);
    BOOST_TEST(*selection.actor == 7U);
    std::vector<analysis::Rupture> ruptures;
    for (const auto& [date, actor] : {std::pair{149, 7U}, {150, 7U}, {249, 7U}, {250, 7U}, {200, 8U}}) {
        analysis::Rupture r;
        r.a = actor;
        r.b = 9;
        r.date = date;
        ruptures.push_back(r);
    }
    const auto chosen = analysis::select_ruptures(ruptures, selection);
    BOOST_REQUIRE(chosen.size() == 2U);
    BOOST_TEST(chosen[0].date == 150);
    BOOST_TEST(chosen[1].date == 249);
    // B before A: the same days.
    const analysis::RuptureSelection backwards = analysis::between_middles({200, 301}, {100, 200}, 7U);
    BOOST_TEST(*backwards.since == 150);
    BOOST_TEST(*backwards.until == 250);
}

BOOST_AUTO_TEST_CASE(an_era_without_events_for_a_dyad_holds_no_change_of_it)
{
    // Cooperation in A, nothing at all with BBB in B: a silence in the record, not a worsening.
    const model::Dataset dataset =
        test::make_dataset({"AAA", "BBB", "CCC"},
                           {{"2000-03-01", "AAA", "BBB", 6.0},
                            {"2000-06-01", "BBB", "AAA", 4.0},
                            {"2000-04-01", "AAA", "CCC", 2.0},
                            {"2001-04-01", "AAA", "CCC", 2.0},
                            {"2001-05-01", "AAA", "CCC", 2.0}},
                           {{"a", "AAA", "2000-01-01", "2001-01-01"}, {"b", "AAA", "2001-01-01", "2002-01-01"}});
    const views::RelationGraph a = test::view_of(dataset, era_view(dataset, "a"));
    const views::RelationGraph b = test::view_of(dataset, era_view(dataset, "b"));
    const analysis::EraShift shift = analysis::compare_views(a, b);
    const auto& silent = find(shift, dataset, "AAA", "BBB");
    BOOST_TEST((silent.record == analysis::Record::none_in_b));
    BOOST_TEST(analysis::flip_label(silent) == "no_events_b");
    BOOST_TEST((silent.flip == analysis::Flip::none && silent.trend == analysis::Trend::none));
    BOOST_TEST(silent.events_a() == 2);
    BOOST_TEST(silent.events_b() == 0);
    // The same the other way round.
    const analysis::EraShift back = analysis::compare_views(b, a);
    BOOST_TEST(analysis::flip_label(find(back, dataset, "AAA", "BBB")) == "no_events_a");
    // CCC: one event in A, two in B, more cooperation: too few in A to read it.
    BOOST_TEST(analysis::flip_label(find(shift, dataset, "AAA", "CCC")) == "too_few_events");
    BOOST_TEST(analysis::flip_label(find(analysis::compare_views(a, b, std::nullopt, {1}), dataset, "AAA", "CCC")) ==
               "");
}

BOOST_AUTO_TEST_CASE(a_relation_begins_only_where_its_first_event_opens_it)
{
    // BBB's first event ever, in B, is an act of recognition: it begins. CCC's first event in B is a
    // visit, and it had one before A: neither a beginning nor anything to read against A. Joining an
    // organisation (a formal agreement, 057) opens relations with it; the same act between states does not.
    const model::Dataset dataset = test::make_dataset(
        {"AAA", "BBB", "CCC", "DDD", "ORG"},
        {{"1990-01-01", "AAA", "CCC", 2.0},
         {"2001-02-01", "AAA", "BBB", 6.0, "", 1, "054"},
         {"2001-03-01", "AAA", "CCC", 2.0},
         {"2001-04-01", "AAA", "ORG", 8.0, "", 1, "057"},
         {"2001-05-01", "AAA", "DDD", 8.0, "", 1, "057"}},
        {{"a", "AAA", "2000-01-01", "2001-01-01"}, {"b", "AAA", "2001-01-01", "2002-01-01"}}, {"ORG"});
    const views::RelationGraph a = test::view_of(dataset, era_view(dataset, "a"));
    const views::RelationGraph b = test::view_of(dataset, era_view(dataset, "b"));
    const analysis::EraShift shift = analysis::compare_views(a, b);
    const auto& opened = find(shift, dataset, "AAA", "BBB");
    BOOST_TEST(analysis::flip_label(opened) == "new");
    BOOST_REQUIRE(opened.opening.has_value());
    BOOST_TEST(*opened.opening == 1U);
    BOOST_TEST(analysis::flip_label(find(shift, dataset, "AAA", "CCC")) == "no_events_a");
    BOOST_TEST(analysis::flip_label(find(shift, dataset, "AAA", "ORG")) == "new");
    BOOST_TEST(analysis::flip_label(find(shift, dataset, "AAA", "DDD")) == "no_events_a");
    // Seen from an era that already holds the act, nothing begins.
    const analysis::EraShift same = analysis::compare_views(b, b);
    BOOST_TEST(analysis::flip_label(find(same, dataset, "AAA", "BBB")) == "too_few_events");
}

BOOST_AUTO_TEST_CASE(the_first_events_compare_needs_are_those_of_dyads_new_in_b)
{
    // BBB, ORG and DDD have events in B only; CCC in both; EEE in A only. Only the first three need
    // their first event, and those are exactly the dyads compare_views reads as begun or as none_in_a.
    const model::Dataset dataset = test::make_dataset(
        {"AAA", "BBB", "CCC", "DDD", "EEE", "ORG"},
        {{"2000-02-01", "AAA", "CCC", 2.0},
         {"2000-03-01", "EEE", "AAA", -3.0},
         {"2001-02-01", "AAA", "BBB", 6.0, "", 1, "054"},
         {"2001-03-01", "AAA", "CCC", 2.0},
         {"2001-04-01", "AAA", "ORG", 8.0, "", 1, "057"},
         {"2001-05-01", "DDD", "EEE", 1.0}},
        {{"a", "AAA", "2000-01-01", "2001-01-01"}, {"b", "AAA", "2001-01-01", "2002-01-01"}}, {"ORG"});
    const views::RelationGraph a = test::view_of(dataset, era_view(dataset, "a"));
    const views::RelationGraph b = test::view_of(dataset, era_view(dataset, "b"));
    const auto pair_names = [&](const std::vector<views::DyadKey>& dyads) {
        std::vector<std::string> names;
        for (const views::DyadKey& d : dyads)
            names.push_back(dataset.actors.id(d.a) + "-" + dataset.actors.id(d.b));
        std::sort(names.begin(), names.end());
        return names;
    };
    const std::vector<std::string> needed = pair_names(analysis::dyads_needing_first_event(a, b));
    BOOST_TEST(needed == (std::vector<std::string>{"AAA-BBB", "AAA-ORG", "DDD-EEE"}), tt::per_element());
    std::vector<views::DyadKey> read_so;
    for (const analysis::DyadShift& s : analysis::compare_views(a, b).dyads)
        if (s.record == analysis::Record::opened_in_b || s.record == analysis::Record::none_in_a)
            read_so.push_back({s.a, s.b});
    BOOST_TEST(pair_names(read_so) == needed, tt::per_element());
    // With a focal actor, only its dyads; seen the other way, the dyad found only in A.
    BOOST_TEST(pair_names(analysis::dyads_needing_first_event(a, b, dataset.actors.find("EEE"))) ==
                   (std::vector<std::string>{"DDD-EEE"}),
               tt::per_element());
    BOOST_TEST(pair_names(analysis::dyads_needing_first_event(b, a)) == (std::vector<std::string>{"AAA-EEE"}),
               tt::per_element());
}

BOOST_AUTO_TEST_CASE(worse_only_with_more_conflict_better_only_with_more_cooperation)
{
    // BBB: cooperation falls from 3 events to 2, no conflict: quieter. CCC: a clash in B among as much
    // cooperation: worsened. ORG: conflict recorded less, cooperation the same: quieter the other way.
    // The eras are 2001 and 2002 (365 days each: rates are sums × 365.2425 / 365).
    const model::Dataset dataset =
        test::make_dataset({"AAA", "BBB", "CCC", "ORG"},
                           {{"2001-02-01", "AAA", "BBB", 5.0},
                            {"2001-03-01", "AAA", "BBB", 5.0},
                            {"2001-04-01", "AAA", "BBB", 5.0},
                            {"2002-02-01", "AAA", "BBB", 1.0},
                            {"2002-03-01", "AAA", "BBB", 1.0},
                            {"2001-02-01", "AAA", "CCC", 2.0},
                            {"2001-03-01", "AAA", "CCC", 2.0},
                            {"2002-02-01", "AAA", "CCC", 2.0},
                            {"2002-03-01", "AAA", "CCC", 2.0},
                            {"2002-04-01", "CCC", "AAA", -3.0, "", 1, "112"},
                            {"2001-02-01", "AAA", "ORG", 2.0},
                            {"2001-03-01", "ORG", "AAA", -6.0, "", 1, "112"},
                            {"2002-02-01", "AAA", "ORG", 2.0},
                            {"2002-03-01", "ORG", "AAA", -3.0, "", 1, "112"}},
                           {{"a", "AAA", "2001-01-01", "2002-01-01"}, {"b", "AAA", "2002-01-01", "2003-01-01"}});
    const views::RelationGraph a = test::view_of(dataset, era_view(dataset, "a"));
    const views::RelationGraph b = test::view_of(dataset, era_view(dataset, "b"));
    const analysis::EraShift shift = analysis::compare_views(a, b);
    BOOST_TEST(analysis::to_string(find(shift, dataset, "AAA", "BBB").trend) == "less_cooperation");
    BOOST_TEST(analysis::to_string(find(shift, dataset, "AAA", "CCC").trend) == "worsened");
    BOOST_TEST(analysis::to_string(find(shift, dataset, "AAA", "ORG").trend) == "less_conflict");
    const analysis::EraShift back = analysis::compare_views(b, a);
    BOOST_TEST(analysis::to_string(find(back, dataset, "AAA", "BBB").trend) == "improved");
    BOOST_TEST(analysis::to_string(find(back, dataset, "AAA", "CCC").trend) == "less_conflict");
    BOOST_TEST(analysis::to_string(find(back, dataset, "AAA", "ORG").trend) == "worsened");
    // The summary says so, and cites no cooperative act for the fall.
    const auto said = render::shift_sentences(dataset, shift, {{"A", "under"}, {"B", "under"}, std::nullopt, 5});
    BOOST_TEST(said == (std::vector<std::string>{
                           "Under B, compared with A, relations between Actor AAA and Actor CCC worsened (+4.00 to "
                           "+1.00 a year; 2002-04-01: event on line 11).",
                           "Relations between Actor AAA and Actor BBB were quieter: less cooperation recorded and no "
                           "more conflict (+15.01 to +2.00 a year).",
                           "Relations between Actor AAA and Actor ORG were quieter: less conflict recorded and no more "
                           "cooperation (-4.00 to -1.00 a year)."}),
               tt::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
