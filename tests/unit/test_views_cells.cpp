#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <random>
#include <vector>

#include "io/dataset_reader.hpp"
#include "views/dyad_cells.hpp"

using namespace entente;
namespace tt = boost::test_tools;

BOOST_AUTO_TEST_SUITE(dyad_cells)

BOOST_AUTO_TEST_CASE(window_totals_are_the_events_of_the_window_whatever_way_they_are_found)
{
    // Cells of 10 days from day 0 to day 2000. Dyad (0, 1) has one-day events within 40 cells (its
    // totals are found by the bits of its cells), (0, 2) over 150 cells and (1, 2) with a 25-day
    // event among them (found by searching its records): each window's totals must be its events.
    std::vector<Day> bounds;
    for (Day d = 0; d <= 2000; d += 10)
        bounds.push_back(d);
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = views::Grid(bounds);
    const CameoTable& cameo = io::builtin_cameo_table();
    views::DyadCells cells(spec, cameo);
    struct Event {
        ActorIndex a, b;
        Interval days;
        double weight;
    };
    std::vector<Event> events;
    std::mt19937 random(5);
    for (Day day = 0; day < 2000; day += 1 + static_cast<Day>(random() % 7)) {
        const double weight = static_cast<double>(static_cast<int>(random() % 21) - 10);
        if (day >= 500 && day < 900) events.push_back({0, 1, {day, day + 1}, weight});
        events.push_back({0, 2, {day, day + 1}, weight / 2});
        if (day % 3 == 0) events.push_back({1, 2, {day, day + (day == 999 ? 25 : 1)}, weight / 4});
    }
    const CodeIndex code = *cameo.find("040");
    for (const Event& e : events) {
        io::EventRow row;
        row.interval = e.days;
        row.source = e.a;
        row.target = e.b;
        row.code = code;
        row.weight = e.weight;
        cells.add(row);
    }
    cells.finish();
    for (views::CellIndex first = 0; first < spec->grid.size(); first += 3)
        for (views::CellIndex last = first + 1; last <= spec->grid.size(); last += 7) {
            const Interval window{spec->grid.start(first), spec->grid.end(last - 1)};
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const views::DyadKey key = cells.dyad(i);
                double score = 0.0;
                std::uint64_t count = 0;
                for (const Event& e : events)
                    if (e.a == key.a && e.b == key.b && e.days.start < window.end && window.start < e.days.end) {
                        const Day from = std::max(e.days.start, window.start), to = std::min(e.days.end, window.end);
                        score += e.weight * static_cast<double>(to - from) / static_cast<double>(e.days.length());
                        ++count;
                    }
                const views::DyadTotals totals = cells.totals(i, first, last);
                BOOST_TEST_CONTEXT("dyad " << key.a << "-" << key.b << ", cells " << first << " to " << last)
                {
                    BOOST_TEST(totals.events == count);
                    BOOST_TEST(totals.sums.score == score, tt::tolerance(1e-9));
                }
            }
        }
}

BOOST_AUTO_TEST_SUITE_END()
