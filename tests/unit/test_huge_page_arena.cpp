#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "core/huge_page_arena.hpp"

using namespace entente;

namespace {

/// The VmFlags of the mapping of this process that holds `address` ("" when none does).
std::string flags_of_mapping_at(const void* address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t low = 0, high = 0;
        char dash = 0;
        std::istringstream range(line);
        if (range >> std::hex >> low >> dash >> high && dash == '-' && line.find(' ') != std::string::npos &&
            line.find(':') > line.find(' ')) {
            inside = low <= at && at < high;
            continue;
        }
        if (inside && line.starts_with("VmFlags:")) return line;
    }
    return "";
}

} // namespace

BOOST_AUTO_TEST_SUITE(huge_page_arena)

BOOST_AUTO_TEST_CASE(large_data_starts_on_a_huge_page_advised_as_such)
{
    HugePageArena arena(std::size_t{5} << 20U);
    std::pmr::vector<double> values(std::size_t{1} << 19U, 0.0, arena.memory()); // 4 MiB
    std::iota(values.begin(), values.end(), 0.0);
    BOOST_TEST(reinterpret_cast<std::uintptr_t>(values.data()) % (std::size_t{2} << 20U) == 0U);
    BOOST_TEST(values.back() == static_cast<double>(values.size() - 1));
    // "hg": the kernel was asked for huge pages there (a kernel built without them has no such folder).
    if (std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) {
        const std::string flags = flags_of_mapping_at(values.data());
        BOOST_TEST(flags.find(" hg") != std::string::npos, "flags: " << flags);
    }
}

BOOST_AUTO_TEST_CASE(past_its_capacity_it_takes_from_the_heap)
{
    HugePageArena arena(std::size_t{2} << 20U);
    std::vector<std::pmr::vector<std::uint64_t>> blocks;
    for (std::uint64_t k = 0; k < 6; ++k) // 6 MiB in all, three times the capacity
        blocks.emplace_back(std::size_t{1} << 17U, k, arena.memory());
    for (std::uint64_t k = 0; k < 6; ++k) {
        BOOST_TEST(blocks[k].front() == k);
        BOOST_TEST(blocks[k].back() == k);
    }
    // The first 2 MiB came from the advised mapping, the last blocks from the heap.
    if (std::filesystem::exists("/sys/kernel/mm/transparent_hugepage/enabled")) {
        BOOST_TEST(flags_of_mapping_at(blocks.front().data()).find(" hg") != std::string::npos);
        BOOST_TEST(flags_of_mapping_at(blocks.back().data()).find(" hg") == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(less_than_a_huge_page_is_heap_memory)
{
    HugePageArena arena(1000);
    std::pmr::vector<int> values({1, 2, 3}, arena.memory());
    values.push_back(4);
    BOOST_TEST(values == std::pmr::vector<int>({1, 2, 3, 4}), boost::test_tools::per_element());
    BOOST_TEST(flags_of_mapping_at(values.data()).find(" hg") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
