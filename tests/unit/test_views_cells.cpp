#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <memory>
#include <random>
#include <vector>

#include "io/dataset_reader.hpp"
#include "views/dyad_cells.hpp"

using namespace entente;
namespace tt = boost::test_tools;

namespace {

/// Undirected, undecayed cells of 10 days from day 0 to day `end`.
std::shared_ptr<const views::CellsSpec> ten_day_cells(Day end)
{
    std::vector<Day> bounds;
    for (Day d = 0; d <= end; d += 10)
        bounds.push_back(d);
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = views::Grid(bounds);
    return spec;
}

} // namespace

BOOST_AUTO_TEST_SUITE(dyad_cells)

BOOST_AUTO_TEST_CASE(window_totals_are_the_events_of_the_window_whatever_way_they_are_found)
{
    // Cells of 10 days from day 0 to day 2000. Dyad (0, 1) has one-day events within 40 cells (its
    // totals are found by the bits of its cells), (0, 2) over 150 cells and (1, 2) with a 25-day
    // event among them (found by searching its records): each window's totals must be its events.
    const auto spec = ten_day_cells(2000);
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

BOOST_AUTO_TEST_CASE(parts_of_a_reading_appended_in_file_order_hold_what_one_reading_holds)
{
    // A file read in two slices meets in one cell (or at a cell's edge): every window of every dyad
    // must see, in the merged parts, the events and rows it sees when one accumulation takes them all.
    // One-day events keep each part's records in order (the meeting cell's two records are added as
    // the parts are appended); events that outlast their cell leave them to be sorted by finish().
    for (const bool long_events : {false, true}) {
        const auto spec = ten_day_cells(400);
        const CameoTable& cameo = io::builtin_cameo_table();
        const CodeIndex code = *cameo.find("040");
        std::vector<io::EventRow> rows;
        std::mt19937 random(11);
        for (Day day = 0; day < 400; day += static_cast<Day>(random() % 3)) {
            io::EventRow row;
            row.source = static_cast<ActorIndex>(random() % 3);
            row.target = (row.source + 1 + static_cast<ActorIndex>(random() % 2)) % 3;
            row.interval = {day, day + (long_events && random() % 9 == 0 ? 14 : 1)};
            row.code = code;
            row.weight = static_cast<double>(static_cast<int>(random() % 21) - 10) / 4;
            row.count = 1 + static_cast<std::uint32_t>(random() % 2);
            rows.push_back(row);
        }
        const auto accumulated = [&](std::size_t from, std::size_t to) {
            views::DyadCells cells(spec, cameo);
            for (std::size_t r = from; r < to; ++r)
                cells.add(rows[r]);
            return cells;
        };
        views::DyadCells whole = accumulated(0, rows.size());
        whole.finish();
        const std::vector<ActorIndex> same_actors{0, 1, 2};
        for (const std::size_t split : {std::size_t{1}, rows.size() / 3, rows.size() / 2 + 1, rows.size() - 1}) {
            views::DyadCells merged(spec, cameo);
            merged.append(accumulated(0, split), same_actors);
            merged.append(accumulated(split, rows.size()), same_actors);
            merged.finish();
            BOOST_TEST_REQUIRE(merged.size() == whole.size());
            for (std::size_t i = 0; i < whole.size(); ++i) {
                const views::DyadKey key = whole.dyad(i);
                const std::size_t j = *merged.find(key);
                BOOST_TEST_CONTEXT("long events " << long_events << ", split at row " << split << ", dyad " << key.a
                                                  << "-" << key.b)
                {
                    BOOST_TEST(merged.rows(j) == whole.rows(i));
                    BOOST_TEST((merged.active(j) == whole.active(i)));
                    for (views::CellIndex first = 0; first < spec->grid.size(); ++first)
                        for (views::CellIndex last = first + 1; last <= spec->grid.size(); last += 4) {
                            const views::DyadTotals a = merged.totals(j, first, last), b = whole.totals(i, first, last);
                            BOOST_TEST(a.events == b.events);
                            BOOST_TEST(a.sums.score == b.sums.score, tt::tolerance(1e-12));
                            BOOST_TEST(a.sums.neg == b.sums.neg, tt::tolerance(1e-12));
                        }
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(parts_meeting_in_one_cell_add_their_sums_part_by_part_in_file_order)
{
    // Three parts with rows in one cell, at weights that do not add exactly: the cell's score is
    // each part's sum of its rows, then the parts added in file order, bit for bit.
    const auto spec = ten_day_cells(100);
    const CameoTable& cameo = io::builtin_cameo_table();
    const std::vector<ActorIndex> same_actors{0, 1};
    views::DyadCells merged(spec, cameo);
    double expected = 0.0;
    for (int part = 0; part < 3; ++part) {
        views::DyadCells cells(spec, cameo);
        double sum = 0.0;
        for (int k = 1; k <= 5; ++k) {
            io::EventRow row;
            row.source = 0;
            row.target = 1;
            row.interval = {part * 3, part * 3 + 1};
            row.code = *cameo.find("040");
            row.weight = 0.1 * (7 * part + k);
            sum += row.weight;
            cells.add(row);
        }
        expected = part == 0 ? sum : expected + sum;
        merged.append(std::move(cells), same_actors);
    }
    merged.finish();
    const views::CellIndex cell = spec->grid.cell_of(0);
    const views::DyadTotals totals = merged.totals(*merged.find({0, 1}), cell, cell + 1);
    BOOST_TEST(totals.events == 15U);
    BOOST_TEST(totals.sums.score == expected, tt::tolerance(0.0));
}

BOOST_AUTO_TEST_SUITE_END()
