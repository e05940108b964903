#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/explicit_acts.hpp"
#include "analysis/rupture_detection.hpp"
#include "analysis/rupture_search.hpp"
#include "io/dataset_reader.hpp"
#include "model/dataset.hpp"
#include "views/dyad_series.hpp"

#include "dataset_builder.hpp"

using namespace entente;
using analysis::RuptureKind;
namespace tt = boost::test_tools;

namespace {

/// xorshift64*: the same numbers on every platform.
class SeriesRandom {
public:
    explicit SeriesRandom(std::uint64_t seed) : m_state(seed) {}
    double uniform(double lo, double hi)
    {
        m_state ^= m_state >> 12U;
        m_state ^= m_state << 25U;
        m_state ^= m_state >> 27U;
        return lo + (hi - lo) * static_cast<double>((m_state * 2685821657736338717ULL) >> 11U) * 0x1.0p-53;
    }

private:
    std::uint64_t m_state;
};

Day day(const std::string& text)
{
    return *parse_day(text);
}

/// A dataset written event by event, as a file the loader reads.
class Synthetic {
public:
    explicit Synthetic(const std::vector<std::string>& actors) : m_actors(actors) {}
    void add(Day on, const std::string& source, const std::string& target, const std::string& code, double weight)
    {
        m_events.emplace_back(format_day(on), source, target, weight, std::string(), 1, code);
    }
    model::Dataset build() && { return test::make_dataset(m_actors, m_events); }

private:
    std::vector<std::string> m_actors;
    std::vector<test::EventSpec> m_events;
};

/// The ruptures of every dyad on a monthly series, their causes in `rows`.
struct Found {
    std::vector<analysis::Rupture> ruptures;
    std::shared_ptr<const model::EventStore> rows;
    [[nodiscard]] std::size_t size() const { return ruptures.size(); }
    const analysis::Rupture& operator[](std::size_t i) const { return ruptures[i]; }
    [[nodiscard]] auto begin() const { return ruptures.begin(); }
    [[nodiscard]] auto end() const { return ruptures.end(); }
    [[nodiscard]] bool empty() const { return ruptures.empty(); }
};

Found detect(const model::Dataset& dataset, analysis::RuptureParams params = {})
{
    views::SeriesSpec spec;
    spec.step = spec.window = parse_duration("1mo");
    auto counts_spec = std::make_shared<views::CellsSpec>();
    const views::DyadCells counts = std::move(views::accumulate(dataset, {counts_spec}, 2).front());
    analysis::RuptureFindings findings = analysis::find_ruptures(dataset, spec, params, counts, {}, 2);
    return {std::move(findings.ruptures), findings.rows};
}

std::string dyad_of(const model::Dataset& dataset, const analysis::Rupture& r)
{
    return dataset.actors.id(r.a) + "-" + dataset.actors.id(r.b);
}

} // namespace

BOOST_AUTO_TEST_SUITE(rupture_detection)

BOOST_AUTO_TEST_CASE(planted_shifts_are_found_on_their_day_and_stable_dyads_give_nothing)
{
    // Ten years of daily events: AAA-BBB turns hostile on 2015-06-10 and mends on
    // 2017-03-20; AAA-CCC stays friendly, with noise and the odd quarrel.
    Synthetic synthetic({"AAA", "BBB", "CCC"});
    SeriesRandom random(7);
    const Day rupture = day("2015-06-10"), rapprochement = day("2017-03-20");
    for (Day d = day("2010-01-01"); d < day("2020-01-01"); ++d) {
        const bool hostile = d >= rupture && d < rapprochement;
        synthetic.add(d, "AAA", "BBB", hostile ? "112" : "042",
                      hostile ? random.uniform(-3.5, -0.5) : random.uniform(0.5, 3.5));
        const bool quarrel = random.uniform(0, 1) < 0.15;
        synthetic.add(d, "CCC", "AAA", quarrel ? "111" : "040",
                      quarrel ? random.uniform(-3, -1) : random.uniform(0, 4));
    }
    const model::Dataset dataset = std::move(synthetic).build();
    const auto found = detect(dataset);
    BOOST_TEST_REQUIRE(found.size() == 2U);
    for (const analysis::Rupture& r : found)
        BOOST_TEST(dyad_of(dataset, r) == "AAA-BBB");
    const auto& first = found[0].date < found[1].date ? found[0] : found[1];
    const auto& second = found[0].date < found[1].date ? found[1] : found[0];
    BOOST_TEST(format_day(first.date) == "2015-06-10");
    BOOST_TEST(analysis::to_string(first.kind) == "rupture");
    BOOST_TEST(format_day(second.date) == "2017-03-20");
    BOOST_TEST(analysis::to_string(second.kind) == "rapprochement");
    // Monthly sums of 2 a day on average before, -2 a day during the hostile stretch.
    BOOST_TEST(first.before == 60.9, tt::tolerance(0.03));
    BOOST_TEST(first.after == -60.9, tt::tolerance(0.05));
    BOOST_TEST(first.magnitude == first.before - first.after, tt::tolerance(1e-12));
    // The decayed score never turns negative; the hostile acts are a surge of the conflict channel.
    BOOST_TEST(analysis::signal_names(first.signals) == "pelt+conflict");
    BOOST_TEST(first.eras.empty());
    BOOST_TEST_REQUIRE(first.causes.size() == 3U);
    for (const views::Evidence& cause : first.causes) {
        BOOST_TEST(cause.contribution < 0.0);
        BOOST_TEST(found.rows->interval(cause.event).start >= rupture);
    }
}

BOOST_AUTO_TEST_CASE(stable_relations_of_either_sign_give_nothing)
{
    // Twenty years of noisy events on a friendly and a hostile dyad, each with a
    // steady mix of signs: no change anywhere.
    Synthetic synthetic({"AAA", "BBB", "CCC", "DDD"});
    SeriesRandom random(11);
    for (Day d = day("2000-01-01"); d < day("2020-01-01"); ++d) {
        if (random.uniform(0, 1) < 0.6) {
            const bool quarrel = random.uniform(0, 1) < 0.2;
            synthetic.add(d, "AAA", "BBB", quarrel ? "111" : "042",
                          quarrel ? random.uniform(-4, -1) : random.uniform(1, 4));
        }
        if (random.uniform(0, 1) < 0.3) {
            const bool thaw = random.uniform(0, 1) < 0.25;
            synthetic.add(d, "CCC", "DDD", thaw ? "040" : "112", thaw ? random.uniform(0, 3) : random.uniform(-5, -1));
        }
    }
    const model::Dataset dataset = std::move(synthetic).build();
    BOOST_TEST(detect(dataset).empty());
}

BOOST_AUTO_TEST_CASE(an_explicit_act_in_a_quiet_dyad_is_a_rupture_on_its_day)
{
    // Monthly visits, then AAA breaks relations on 2013-04-17 and accusations follow.
    Synthetic synthetic({"AAA", "DDD"});
    for (int m = 0; m < 51; ++m)
        synthetic.add(add_months(day("2009-01-01"), m) + 4, "AAA", "DDD", "042", 1.9);
    synthetic.add(day("2013-04-17"), "AAA", "DDD", "161", -4);
    for (int m = 0; m < 24; ++m)
        synthetic.add(add_months(day("2013-05-01"), m) + 9, "DDD", "AAA", "112", -2);
    const model::Dataset dataset = std::move(synthetic).build();
    const auto found = detect(dataset);
    BOOST_TEST_REQUIRE(found.size() == 1U);
    BOOST_TEST(format_day(found[0].date) == "2013-04-17");
    BOOST_TEST(analysis::to_string(found[0].kind) == "rupture");
    BOOST_TEST((found[0].signals & analysis::signal_act) != 0U);
    BOOST_TEST(found[0].before == 1.9, tt::tolerance(1e-12));
    BOOST_TEST_REQUIRE(!found[0].causes.empty());
    BOOST_TEST(dataset.cameo.at(found.rows->code(found[0].causes[0].event)).code == "161");
}

BOOST_AUTO_TEST_CASE(a_single_act_is_no_rupture_unless_the_threshold_is_lowered_to_one)
{
    // Monthly visits for eight years and one clash on 2013-04-17: an anecdote, neither a rupture nor,
    // when the visits go on, a rapprochement back from it. Two clashes a month apart are a rupture.
    const auto dataset_with = [](int clashes) {
        Synthetic synthetic({"AAA", "DDD"});
        for (int m = 0; m < 96; ++m)
            synthetic.add(add_months(day("2009-01-01"), m) + 4, "AAA", "DDD", "042", 1.9);
        for (int c = 0; c < clashes; ++c)
            synthetic.add(add_months(day("2013-04-01"), c) + 16, "DDD", "AAA", "190", -10);
        return std::move(synthetic).build();
    };
    const model::Dataset one = dataset_with(1);
    BOOST_TEST(detect(one).empty());
    analysis::RuptureParams lenient;
    lenient.min_events = 1;
    const auto by_date = [](Found found) {
        std::sort(found.ruptures.begin(), found.ruptures.end(),
                  [](const auto& x, const auto& y) { return x.date < y.date; });
        return found.ruptures;
    };
    const auto anecdote = by_date(detect(one, lenient));
    BOOST_TEST_REQUIRE(anecdote.size() == 2U);
    BOOST_TEST(format_day(anecdote[0].date) == "2013-04-17");
    BOOST_TEST(analysis::to_string(anecdote[0].kind) == "rupture");
    BOOST_TEST(analysis::to_string(anecdote[1].kind) == "rapprochement");
    const auto found = by_date(detect(dataset_with(2)));
    BOOST_TEST_REQUIRE(found.size() == 2U);
    BOOST_TEST(format_day(found[0].date) == "2013-04-17");
    BOOST_TEST(analysis::to_string(found[0].kind) == "rupture");
    BOOST_TEST(format_day(found[1].date) == "2013-06-05"); // the visits go on, pushing the relation back up
    BOOST_TEST(analysis::to_string(found[1].kind) == "rapprochement");
}

BOOST_AUTO_TEST_CASE(a_war_and_its_peace_in_one_month_are_a_surge_of_conflict)
{
    // Monthly visits (+1.9) for eight years; in April 2013 three battles (-10 each) and the peace
    // that ends them, whose acts make the month's net score +1.9 like every other month. The net
    // series shows nothing; the conflict channel surges from 0 to 30 on the first battle's day.
    Synthetic synthetic({"AAA", "DDD"});
    for (int m = 0; m < 96; ++m)
        synthetic.add(add_months(day("2009-01-01"), m) + 4, "AAA", "DDD", "042", 1.9);
    for (const char* battle : {"2013-04-03", "2013-04-08", "2013-04-12"})
        synthetic.add(day(battle), "DDD", "AAA", "190", -10);
    synthetic.add(day("2013-04-22"), "AAA", "DDD", "057", 8);
    synthetic.add(day("2013-04-23"), "DDD", "AAA", "057", 8);
    synthetic.add(day("2013-04-24"), "AAA", "DDD", "0871", 3);
    synthetic.add(day("2013-04-25"), "AAA", "DDD", "061", 6.4);
    synthetic.add(day("2013-04-26"), "DDD", "AAA", "042", 4.6);
    const model::Dataset dataset = std::move(synthetic).build();
    const auto found = detect(dataset);
    BOOST_TEST_REQUIRE(found.size() == 1U);
    BOOST_TEST(format_day(found[0].date) == "2013-04-03");
    BOOST_TEST(analysis::to_string(found[0].kind) == "rupture");
    BOOST_TEST(analysis::signal_names(found[0].signals) == "conflict");
    BOOST_TEST(found[0].before == 0.0, tt::tolerance(1e-9));
    BOOST_TEST(found[0].after == -30.0, tt::tolerance(1e-9));
    BOOST_TEST(found[0].magnitude == 30.0, tt::tolerance(1e-9));
    BOOST_TEST_REQUIRE(found[0].causes.size() == 3U);
    for (const auto& cause : found[0].causes)
        BOOST_TEST(dataset.cameo.at(found.rows->code(cause.event)).code == "190");
}

BOOST_AUTO_TEST_CASE(three_signals_on_one_change_are_reported_once)
{
    // Daily cooperation until a raid on 2015-06-10, daily hostility after it: the
    // segmentation, the decayed score's flip and the act all find the same change.
    Synthetic synthetic({"AAA", "BBB"});
    for (Day d = day("2012-01-01"); d < day("2018-01-01"); ++d) {
        if (d == day("2015-06-10"))
            synthetic.add(d, "BBB", "AAA", "190", -10);
        else
            synthetic.add(d, "AAA", "BBB", d < day("2015-06-10") ? "042" : "112", d < day("2015-06-10") ? 2 : -2);
    }
    const model::Dataset dataset = std::move(synthetic).build();
    const auto found = detect(dataset);
    BOOST_TEST_REQUIRE(found.size() == 1U);
    BOOST_TEST(format_day(found[0].date) == "2015-06-10");
    BOOST_TEST(analysis::signal_names(found[0].signals) == "pelt+flip+act+conflict");
    BOOST_TEST(dataset.cameo.at(found.rows->code(found[0].causes[0].event)).code == "190");
}

BOOST_AUTO_TEST_CASE(nearby_changes_of_one_kind_merge_and_opposite_kinds_do_not)
{
    const auto change = [](Day date, RuptureKind kind, double before, double after, unsigned signals) {
        analysis::Rupture r;
        r.date = date;
        r.kind = kind;
        r.before = before;
        r.after = after;
        r.magnitude = std::abs(after - before);
        r.signals = signals;
        r.interval = {date, date + 30};
        return r;
    };
    const Day d = day("2008-03-01");
    const std::vector<analysis::Rupture> changes{
        change(d, RuptureKind::rupture, 1, -5, analysis::signal_act),
        change(d + 20, RuptureKind::rupture, -5, -9, analysis::signal_pelt),
        change(d + 45, RuptureKind::rupture, -9, -12, analysis::signal_flip), // 25 days after the last: joins
        change(d + 50, RuptureKind::rapprochement, -12, 0, analysis::signal_act),
        change(d + 60, RuptureKind::rupture, 0, -3, analysis::signal_pelt),   // after a rapprochement: apart
        change(d + 200, RuptureKind::rupture, -3, -8, analysis::signal_pelt), // too far: apart
    };
    const auto merged = analysis::merge_ruptures(changes, 31);
    BOOST_TEST_REQUIRE(merged.size() == 4U);
    BOOST_TEST(merged[0].date == d);
    BOOST_TEST(merged[0].before == 1.0);
    BOOST_TEST(merged[0].after == -12.0);
    BOOST_TEST(merged[0].magnitude == 13.0);
    BOOST_TEST(analysis::signal_names(merged[0].signals) == "pelt+flip+act");
    BOOST_TEST(merged[0].interval.start == d);
    BOOST_TEST(merged[0].interval.end == d + 75);
    BOOST_TEST(analysis::to_string(merged[1].kind) == "rapprochement");
    BOOST_TEST(merged[2].date == d + 60);
    BOOST_TEST(merged[3].date == d + 200);
}

BOOST_AUTO_TEST_CASE(selection_filters_by_actor_date_magnitude_and_count)
{
    std::vector<analysis::Rupture> ruptures(4);
    for (std::size_t k = 0; k < ruptures.size(); ++k) {
        ruptures[k].a = static_cast<ActorIndex>(k % 2);
        ruptures[k].b = 2;
        ruptures[k].date = day("2010-01-01") + static_cast<Day>(100 * k);
        ruptures[k].magnitude = 10.0 - static_cast<double>(k);
    }
    analysis::RuptureSelection selection;
    selection.actor = 1;
    BOOST_TEST(analysis::select_ruptures(ruptures, selection).size() == 2U);
    selection.actor.reset();
    selection.since = day("2010-02-01");
    selection.until = day("2010-10-28");
    BOOST_TEST(analysis::select_ruptures(ruptures, selection).size() == 2U); // days 100 and 200
    selection.min_magnitude = 8.5;
    BOOST_TEST(analysis::select_ruptures(ruptures, selection).size() == 1U);
    selection = {};
    selection.top = 3;
    BOOST_TEST(analysis::select_ruptures(ruptures, selection).size() == 3U);
}

BOOST_AUTO_TEST_CASE(explicit_acts_are_roots_16_to_20_and_their_opposites)
{
    for (const char* code : {"16", "161", "1663", "172", "18", "190", "195", "204", "2042"})
        BOOST_TEST((analysis::explicit_act(code) == RuptureKind::rupture), code);
    for (const char* code : {"054", "055", "056", "057", "085", "087", "0871", "0874"})
        BOOST_TEST((analysis::explicit_act(code) == RuptureKind::rapprochement), code);
    for (const char* code : {"042", "050", "064", "086", "111", "1243", "1313", "154"})
        BOOST_TEST(!analysis::explicit_act(code).has_value(), code);
}

BOOST_AUTO_TEST_SUITE_END()
