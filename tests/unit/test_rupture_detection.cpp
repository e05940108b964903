#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "analysis/explicit_acts.hpp"
#include "analysis/rupture_detection.hpp"
#include "analysis/rupture_rules.hpp"
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

/// A monthly series of undirected dyads.
views::SeriesSpec spec_of_months()
{
    views::SeriesSpec spec;
    spec.step = spec.window = parse_duration("1mo");
    return spec;
}

Found detect(const model::Dataset& dataset, analysis::RuptureParams params = {})
{
    analysis::RuptureFindings findings = analysis::find_ruptures(dataset, spec_of_months(), params, {}, 2);
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

// The rules a change must pass (rupture_rules.hpp), each where it holds and where it does not.
BOOST_AUTO_TEST_CASE(batches_read_from_a_grouped_copy_find_what_one_reading_of_every_dyad_finds)
{
    // Six actors, every dyad with its own shifts: enough dyads that several batches each get some.
    const std::vector<std::string> ids{"AAA", "BBB", "CCC", "DDD", "EEE", "FFF"};
    Synthetic synthetic(ids);
    SeriesRandom random(11);
    for (std::size_t a = 0; a < ids.size(); ++a)
        for (std::size_t b = a + 1; b < ids.size(); ++b) {
            const Day turn = day("2012-01-01") + static_cast<Day>(random.uniform(0, 1500));
            for (Day d = day("2010-01-01"); d < day("2018-01-01"); d += 3) {
                const bool hostile = d >= turn && d < turn + 700;
                synthetic.add(d, ids[a], ids[b], hostile ? "112" : "042",
                              hostile ? random.uniform(-3.5, -0.5) : random.uniform(0.5, 3.5));
            }
        }
    const model::Dataset folder = std::move(synthetic).build();
    const Found reference = detect(folder); // one batch, the file read again
    BOOST_TEST_REQUIRE(reference.size() >= 15U);

    // Without a copy, the dyads of one actor: a reading counts their rows, then one reads them.
    const ActorIndex ccc = test::actor(folder, "CCC");
    const analysis::RuptureFindings of_ccc = analysis::find_ruptures(
        folder, spec_of_months(), {}, [&](views::DyadKey d) { return d.a == ccc || d.b == ccc; }, 2);
    std::vector<std::string> expected, got;
    for (const analysis::Rupture& r : reference)
        if (r.a == ccc || r.b == ccc)
            expected.push_back(fmt::format("{} {} {}", dyad_of(folder, r), r.date, r.magnitude));
    for (const analysis::Rupture& r : of_ccc.ruptures)
        got.push_back(fmt::format("{} {} {}", dyad_of(folder, r), r.date, r.magnitude));
    BOOST_TEST(got == expected, tt::per_element());
    BOOST_TEST(got.size() >= 5U);

    // The folder (its actors.csv numbers every actor) and its events file alone (each slice numbers its own).
    for (const std::filesystem::path& path : {folder.path, folder.path / "events.csv"}) {
        io::Diagnostics diagnostics;
        model::Dataset dataset = model::load_dataset(path, {}, diagnostics);
        dataset.copy_rows = true;
        dataset.copy_batches = 4;
        model::read_events(dataset, diagnostics, 3, {[](std::size_t) {}, [](std::size_t, const io::EventRow&) {}});
        BOOST_REQUIRE(!diagnostics.has_errors());
        BOOST_REQUIRE(dataset.row_copy != nullptr);
        BOOST_REQUIRE(dataset.row_copy->groups() == 4U);
        std::vector<std::size_t> batch_done;
        const analysis::RuptureFindings found =
            analysis::find_ruptures(dataset, spec_of_months(), {}, {}, 2, [&](std::size_t done, std::size_t total) {
                BOOST_TEST(total == 4U);
                batch_done.push_back(done);
            });
        BOOST_TEST(batch_done == (std::vector<std::size_t>{1, 2, 3, 4}));
        BOOST_REQUIRE(found.ruptures.size() == reference.size());
        for (std::size_t k = 0; k < reference.size(); ++k) {
            const analysis::Rupture &x = found.ruptures[k], &y = reference[k];
            BOOST_TEST(dataset.actors.id(x.a) + "-" + dataset.actors.id(x.b) == dyad_of(folder, y));
            BOOST_TEST(x.date == y.date);
            BOOST_TEST((x.kind == y.kind));
            BOOST_TEST(x.magnitude == y.magnitude); // bit for bit: the same rows in the same order
            BOOST_REQUIRE(x.causes.size() == y.causes.size());
            for (std::size_t c = 0; c < x.causes.size(); ++c)
                BOOST_TEST(found.rows->line(x.causes[c].event) == reference.rows->line(y.causes[c].event));
        }
    }
}

BOOST_AUTO_TEST_SUITE(rupture_rules)

using namespace analysis::rupture_rules;
using analysis::signal_act;
using analysis::signal_flip;
using analysis::signal_pelt;

BOOST_AUTO_TEST_CASE(moved_its_way_is_positive_the_way_of_the_kind)
{
    BOOST_TEST(moved_its_way(2.0, 5.0, RuptureKind::rapprochement) == 3.0);
    BOOST_TEST(moved_its_way(2.0, 5.0, RuptureKind::rupture) == -3.0);
    BOOST_TEST(moved_its_way(1.0, -4.0, RuptureKind::rupture) == 5.0);
}

BOOST_AUTO_TEST_CASE(a_change_needs_the_level_to_move_beyond_rounding)
{
    BOOST_TEST(level_moves(60.9, -60.9));
    BOOST_TEST(level_moves(0.0, 2e-9)); // beyond 1e-9 of a level below 1
    BOOST_TEST(!level_moves(0.0, 1e-9));
    BOOST_TEST(!level_moves(0.1 + 0.2, 0.3)); // the same events summed in another order
    BOOST_TEST(!level_moves(1e6, 1e6 + 1e-4));
    BOOST_TEST(level_moves(1e6, 1e6 + 1e-2));
}

BOOST_AUTO_TEST_CASE(a_flip_or_an_act_must_move_the_series_its_way_unless_pelt_found_it_too)
{
    BOOST_TEST(borne_out_by_series(signal_act, RuptureKind::rupture, RuptureKind::rupture));
    BOOST_TEST(!borne_out_by_series(signal_act, RuptureKind::rupture, RuptureKind::rapprochement));
    BOOST_TEST(!borne_out_by_series(signal_flip | signal_act, RuptureKind::rapprochement, RuptureKind::rupture));
    BOOST_TEST(borne_out_by_series(signal_pelt | signal_act, RuptureKind::rupture, RuptureKind::rapprochement));
    // PELT's own points carry no kind of their own: either way is borne out.
    BOOST_TEST(borne_out_by_series(signal_pelt, RuptureKind::rupture, RuptureKind::rapprochement));
    BOOST_TEST(signals_borne_out(signal_pelt | signal_act, RuptureKind::rupture, RuptureKind::rupture) ==
               (signal_pelt | signal_act));
    BOOST_TEST(signals_borne_out(signal_pelt | signal_act, RuptureKind::rupture, RuptureKind::rapprochement) ==
               signal_pelt);
    BOOST_TEST(signals_borne_out(signal_pelt, RuptureKind::rupture, RuptureKind::rapprochement) == signal_pelt);
}

BOOST_AUTO_TEST_CASE(a_level_only_pelt_found_and_left_back_within_a_window_is_a_blip)
{
    // A rupture to -30, back up to -2 within a window: a blip.
    BOOST_TEST(is_blip(signal_pelt, RuptureKind::rupture, -30.0, -2.0));
    // Falling further within the window, holding longer, or stated by an act: a change.
    BOOST_TEST(!is_blip(signal_pelt, RuptureKind::rupture, -30.0, -40.0));
    BOOST_TEST(!is_blip(signal_pelt, RuptureKind::rupture, -30.0, std::nullopt));
    BOOST_TEST(!is_blip(signal_pelt | signal_act, RuptureKind::rupture, -30.0, -2.0));
    BOOST_TEST(is_blip(signal_pelt, RuptureKind::rapprochement, 12.0, 3.0));
    BOOST_TEST(!is_blip(signal_pelt, RuptureKind::rapprochement, 12.0, 12.0)); // holds level: not back
}

BOOST_AUTO_TEST_CASE(a_change_needs_the_dyad_to_have_had_events_before_it)
{
    const Day first = day("2009-01-05");
    BOOST_TEST(after_first_events(first + 1, first));
    BOOST_TEST(!after_first_events(first, first));
    BOOST_TEST(!after_first_events(first - 30, first));
}

BOOST_AUTO_TEST_CASE(events_pushing_a_change_come_faster_after_it_than_before)
{
    BOOST_TEST(driven_by_events(2.0, 0.5));
    BOOST_TEST(driven_by_events(0.1, 0.0));          // out of a calm
    BOOST_TEST(!driven_by_events(0.5, 2.0));         // a spike fading back
    BOOST_TEST(!driven_by_events(1.0, 1.0));         // a stance going on
    BOOST_TEST(!driven_by_events(1.0 + 1e-12, 1.0)); // equal but for rounding
    BOOST_TEST(!driven_by_events(0.0, 0.0));
}

BOOST_AUTO_TEST_CASE(a_change_stands_on_min_events_events)
{
    BOOST_TEST(enough_events(2, analysis::k_default_min_events));
    BOOST_TEST(!enough_events(1, 2)); // one act: an anecdote
    BOOST_TEST(enough_events(1, 1));
    BOOST_TEST(!enough_events(0, 1));
}

BOOST_AUTO_TEST_CASE(a_change_back_towards_quiet_ends_nearer_zero)
{
    BOOST_TEST(returns_towards_quiet(-30.0, 1.9)); // the visits go on after a clash
    BOOST_TEST(returns_towards_quiet(5.0, -4.0));
    BOOST_TEST(!returns_towards_quiet(1.9, -30.0));
    BOOST_TEST(!returns_towards_quiet(-3.0, 3.0)); // as far from quiet on the other side
}

BOOST_AUTO_TEST_CASE(a_change_of_standing_must_move_the_standing_its_way)
{
    BOOST_TEST(moves_standing(0.25));
    BOOST_TEST(!moves_standing(0.0));
    BOOST_TEST(!moves_standing(-1.0));
}

BOOST_AUTO_TEST_CASE(a_surge_is_a_rise_of_the_conflict_channel)
{
    BOOST_TEST(conflict_rises(0.0, 30.0));
    BOOST_TEST(!conflict_rises(30.0, 0.0));
    BOOST_TEST(!conflict_rises(4.0, 4.0));
}

BOOST_AUTO_TEST_CASE(rises_in_consecutive_windows_close_together_are_one_surge)
{
    const Day d = day("2013-04-03");
    // Rising since d, causes up to d + 28; a rise on d + 31 in the window from d + 28: the same surge.
    BOOST_TEST(continues_surge(d, d + 28, d + 31, d + 28, 31));
    BOOST_TEST(!continues_surge(d, d + 28, d + 32, d + 28, 31)); // too far after
    BOOST_TEST(!continues_surge(d, d + 28, d + 31, d + 29, 31)); // a window between them held no rise
}

BOOST_AUTO_TEST_CASE(a_surge_near_a_rupture_is_that_rupture)
{
    analysis::Rupture change;
    change.date = day("2015-06-10");
    change.kind = RuptureKind::rupture;
    BOOST_TEST(surge_is_rupture(change, change.date - 31, 31));
    BOOST_TEST(surge_is_rupture(change, change.date + 31, 31));
    BOOST_TEST(!surge_is_rupture(change, change.date + 32, 31));
    change.kind = RuptureKind::rapprochement;
    BOOST_TEST(!surge_is_rupture(change, change.date, 31));
}

BOOST_AUTO_TEST_CASE(a_surge_gives_its_levels_only_when_larger_beyond_rounding)
{
    BOOST_TEST(surge_is_larger(30.0, 20.0));
    BOOST_TEST(!surge_is_larger(20.0, 30.0));
    BOOST_TEST(!surge_is_larger(30.0 + 1e-12, 30.0));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE_END()
