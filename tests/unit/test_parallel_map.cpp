#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/parallel_map.hpp"

using namespace entente;
using namespace std::chrono_literals;

namespace {

/// What a piece throws: which piece it was.
struct PieceError {
    std::size_t index = 0;
};

/// Waits until `flag` is set or `limit` has passed; whether it was set.
bool wait_for(const std::atomic<bool>& flag, std::chrono::milliseconds limit)
{
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!flag.load()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(1ms);
    }
    return true;
}

} // namespace

BOOST_AUTO_TEST_SUITE(parallel_map_)

BOOST_AUTO_TEST_CASE(results_come_back_in_input_order_when_pieces_finish_out_of_order)
{
    // Piece 0 waits until the last piece is done, so it finishes after it
    // whatever the scheduling; the other pieces take uneven times.
    constexpr std::size_t count = 2000;
    std::atomic<bool> last_done{false};
    std::atomic<bool> first_waited{false};
    std::mutex order_lock;
    std::vector<std::size_t> finished;
    const std::vector<std::string> results = parallel_map(count, 4, [&](std::size_t i) {
        if (i == 0) first_waited = wait_for(last_done, 10s);
        if (i % 7 == 3) std::this_thread::sleep_for(std::chrono::microseconds(50 * (i % 5)));
        std::string result = "piece " + std::to_string(i) + " squared " + std::to_string(i * i);
        {
            const std::lock_guard lock(order_lock);
            finished.push_back(i);
        }
        if (i == count - 1) last_done = true;
        return result;
    });
    BOOST_TEST_REQUIRE(first_waited.load()); // else no other thread ran the rest
    const auto place = [&](std::size_t piece) {
        return std::find(finished.begin(), finished.end(), piece) - finished.begin();
    };
    BOOST_TEST(place(0) > place(count - 1)); // the first piece finished after the last
    BOOST_TEST_REQUIRE(results.size() == count);
    for (std::size_t i = 0; i < count; ++i)
        BOOST_TEST(results[i] == "piece " + std::to_string(i) + " squared " + std::to_string(i * i));
}

BOOST_AUTO_TEST_CASE(every_piece_runs_once)
{
    constexpr std::size_t count = 500;
    std::vector<std::atomic<int>> calls(count);
    const std::vector<std::size_t> results = parallel_map(count, 3, [&](std::size_t i) {
        ++calls[i];
        return count - i;
    });
    for (std::size_t i = 0; i < count; ++i) {
        BOOST_TEST(calls[i].load() == 1, "piece " << i);
        BOOST_TEST(results.at(i) == count - i);
    }
}

BOOST_AUTO_TEST_CASE(at_most_the_threads_asked_for_the_caller_s_included)
{
    std::mutex lock;
    std::set<std::thread::id> seen;
    const auto record = [&](std::size_t i) {
        std::this_thread::sleep_for(200us);
        const std::lock_guard guard(lock);
        seen.insert(std::this_thread::get_id());
        return i;
    };
    parallel_map(200, 3, record);
    BOOST_TEST(seen.size() <= 3U);

    // One thread: the caller's, pieces in index order.
    seen.clear();
    std::vector<std::size_t> order;
    parallel_map(50, 1, [&](std::size_t i) {
        seen.insert(std::this_thread::get_id());
        order.push_back(i);
        return i;
    });
    BOOST_TEST(seen == std::set<std::thread::id>{std::this_thread::get_id()}, boost::test_tools::per_element());
    std::vector<std::size_t> expected(50);
    for (std::size_t i = 0; i < expected.size(); ++i)
        expected[i] = i;
    BOOST_TEST(order == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(the_first_piece_s_error_by_index_is_rethrown_after_every_piece_ran)
{
    // Pieces 700 and 1500 throw before piece 40 does (40 waits for them);
    // the last piece is still running when they throw.
    constexpr std::size_t count = 1600;
    std::atomic<bool> later_ones_threw{false};
    std::atomic<int> later_throws{0};
    std::atomic<std::size_t> completed{0};
    std::atomic<bool> last_completed{false};
    std::size_t caught = 0;
    try {
        parallel_map(count, 4, [&](std::size_t i) -> int {
            if (i == 700 || i == 1500) {
                if (++later_throws == 2) later_ones_threw = true;
                throw PieceError{i};
            }
            if (i == 40) {
                wait_for(later_ones_threw, 10s);
                throw PieceError{i};
            }
            if (i == count - 1) {
                std::this_thread::sleep_for(100ms);
                last_completed = true;
            }
            ++completed;
            return static_cast<int>(i);
        });
        BOOST_FAIL("no exception rethrown");
    } catch (const PieceError& e) {
        caught = e.index;
        // Every thread has stopped: the pieces after the throwing ones ran to the end.
        BOOST_TEST(last_completed.load());
        BOOST_TEST(completed.load() == count - 3);
    }
    BOOST_TEST(later_ones_threw.load());
    BOOST_TEST(caught == 40U);
}

BOOST_AUTO_TEST_CASE(the_exception_is_rethrown_as_thrown)
{
    // Its type and message, not a copy sliced to std::exception.
    BOOST_CHECK_EXCEPTION(parallel_map(10, 2,
                                       [](std::size_t i) -> int {
                                           if (i >= 6) throw std::out_of_range("piece " + std::to_string(i));
                                           return 0;
                                       }),
                          std::out_of_range,
                          [](const std::out_of_range& e) { return std::string(e.what()) == "piece 6"; });
}

BOOST_AUTO_TEST_CASE(empty_input_runs_nothing)
{
    std::atomic<int> calls{0};
    const std::vector<double> results = parallel_map(0, 8, [&](std::size_t) {
        ++calls;
        return 1.5;
    });
    BOOST_TEST(results.empty());
    BOOST_TEST(calls.load() == 0);
}

BOOST_AUTO_TEST_CASE(a_single_item)
{
    std::vector<std::size_t> indices;
    const std::vector<std::string> results = parallel_map(1, 8, [&](std::size_t i) {
        indices.push_back(i);
        return std::string("only ") + std::to_string(i);
    });
    BOOST_TEST(results == std::vector<std::string>{"only 0"}, boost::test_tools::per_element());
    BOOST_TEST(indices == std::vector<std::size_t>{0}, boost::test_tools::per_element());

    BOOST_CHECK_EXCEPTION(parallel_map(1, 8, [](std::size_t i) -> int { throw PieceError{i + 100}; }), PieceError,
                          [](const PieceError& e) { return e.index == 100U; });
}

BOOST_AUTO_TEST_SUITE_END()
