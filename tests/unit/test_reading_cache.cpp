#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/dataset_option.hpp"
#include "cli/reading_cache.hpp"
#include "core/binary_record.hpp"
#include "core/errors.hpp"
#include "dataset_builder.hpp"

using namespace entente;

namespace {

/// The cache in a folder of its own for one test, turned on.
struct CacheFolder {
    std::filesystem::path folder = test::fresh_folder();
    CacheFolder()
    {
        ::setenv("ENTENTE_CACHE_DIR", folder.c_str(), 1);
        ::unsetenv("ENTENTE_CACHE");
    }
    ~CacheFolder() { ::unsetenv("ENTENTE_CACHE_DIR"); }
    CacheFolder(const CacheFolder&) = delete;
    CacheFolder& operator=(const CacheFolder&) = delete;

    [[nodiscard]] std::vector<std::filesystem::path> entries() const
    {
        std::vector<std::filesystem::path> found;
        for (const auto& item : std::filesystem::directory_iterator(folder))
            found.push_back(item.path());
        return found;
    }
};

/// A random events file just large enough to be cached.
std::filesystem::path large_events_file(unsigned seed)
{
    const std::filesystem::path path = test::random_events_file(200000, seed);
    BOOST_REQUIRE(std::filesystem::file_size(path) >= cli::k_min_cached_bytes);
    return path;
}

using Specs = std::vector<std::shared_ptr<const views::CellsSpec>>;

/// Yearly windows, and an instant seen from mid-2000 in directed dyads.
Specs two_specs()
{
    auto yearly = std::make_shared<views::CellsSpec>();
    yearly->grid = views::Grid::rolling(parse_duration("1y"), parse_duration("1y"));
    auto instant = std::make_shared<views::CellsSpec>();
    instant->grid = views::Grid({test::date_of("2000-06-30").interval.start + 1});
    instant->directed = true;
    instant->half_life = 730.5;
    return {yearly, instant};
}

cli::DatasetOptions options_of(const std::filesystem::path& path, const std::string& codes = {})
{
    cli::DatasetOptions options;
    options.path = path.string();
    options.quiet = true;
    options.kinds.codes = codes;
    return options;
}

struct Read {
    model::Dataset dataset;
    std::vector<views::DyadCells> cells;
};

/// What a command reads: through the cache when it is on.
Read read(const std::filesystem::path& path, const Specs& specs, const std::string& codes = {})
{
    io::Diagnostics problems;
    model::Dataset dataset = cli::open_dataset(options_of(path, codes), problems);
    std::vector<views::DyadCells> cells = cli::read_cells(dataset, specs, problems);
    return {std::move(dataset), std::move(cells)};
}

/// Whether the cache holds an entry for this reading.
bool cached(const std::filesystem::path& path, const Specs& specs, const std::string& codes = {})
{
    io::Diagnostics problems;
    model::Dataset dataset = cli::open_dataset(options_of(path, codes), problems);
    return cli::ReadingCache(dataset, specs).load(dataset, problems).has_value();
}

std::string bytes_of(const views::DyadCells& cells)
{
    std::ostringstream bytes;
    BinaryWriter out(bytes);
    cells.write(out);
    return bytes.str();
}

/// The same dataset state and the same accumulations, bit for bit.
void check_same(const Read& x, const Read& y)
{
    BOOST_TEST(x.dataset.span.start == y.dataset.span.start);
    BOOST_TEST(x.dataset.span.end == y.dataset.span.end);
    BOOST_TEST(x.dataset.rows == y.dataset.rows);
    BOOST_TEST(x.dataset.events_read == y.dataset.events_read);
    BOOST_REQUIRE(x.dataset.actors.size() == y.dataset.actors.size());
    for (ActorIndex a = 0; a < x.dataset.actors.size(); ++a) {
        BOOST_TEST(x.dataset.actors.at(a).id == y.dataset.actors.at(a).id);
        BOOST_TEST(x.dataset.actors.at(a).name == y.dataset.actors.at(a).name);
        BOOST_TEST((x.dataset.actors.at(a).kind == y.dataset.actors.at(a).kind));
    }
    BOOST_REQUIRE(x.cells.size() == y.cells.size());
    for (std::size_t s = 0; s < x.cells.size(); ++s) {
        BOOST_TEST(bytes_of(x.cells[s]) == bytes_of(y.cells[s]));
        BOOST_REQUIRE(x.cells[s].size() == y.cells[s].size());
        const bool decayed = x.cells[s].spec().half_life.has_value();
        for (std::size_t i = 0; i < x.cells[s].size(); ++i) {
            BOOST_TEST((x.cells[s].dyad(i) == y.cells[s].dyad(i)));
            const auto [first, last] = x.cells[s].active(i);
            const views::DyadTotals tx = decayed ? x.cells[s].decayed(i, last) : x.cells[s].totals(i, first, last + 1);
            const views::DyadTotals ty = decayed ? y.cells[s].decayed(i, last) : y.cells[s].totals(i, first, last + 1);
            BOOST_TEST(tx.sums.score == ty.sums.score); // the same double
            BOOST_TEST(tx.sums.conflict == ty.sums.conflict);
            BOOST_TEST(tx.events == ty.events);
        }
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(reading_cache)

BOOST_AUTO_TEST_CASE(a_second_reading_of_the_same_file_comes_from_the_cache_bit_for_bit)
{
    const CacheFolder cache;
    const std::filesystem::path path = large_events_file(3);
    const Specs specs = two_specs();
    BOOST_TEST(!cached(path, specs));
    const Read first = read(path, specs);
    BOOST_TEST(cache.entries().size() == 1U);
    BOOST_TEST(cached(path, specs));
    const Read second = read(path, specs);
    check_same(first, second);
    BOOST_TEST(first.dataset.rows > 150000U);
    BOOST_TEST(first.cells[0].size() == 21U); // every pair of the file's seven actors

    ::setenv("ENTENTE_CACHE", "off", 1);
    const Read uncached = read(path, specs);
    ::unsetenv("ENTENTE_CACHE");
    check_same(first, uncached);
}

BOOST_AUTO_TEST_CASE(another_accumulation_other_kinds_or_a_changed_file_are_read_from_the_file)
{
    const CacheFolder cache;
    const std::filesystem::path path = large_events_file(5);
    const Specs specs = two_specs();
    (void)read(path, specs);
    BOOST_TEST(cached(path, specs));
    BOOST_TEST(!cached(path, {specs[0]}));
    BOOST_TEST(!cached(path, specs, "19"));
    const Read conflict = read(path, specs, "19");
    BOOST_TEST(cached(path, specs, "19"));
    BOOST_TEST(cache.entries().size() == 2U);

    std::ofstream(path, std::ios::app) << "2031-05-01,ECU,PER,042,4,,,,,,\n";
    BOOST_TEST(!cached(path, specs));
    const Read changed = read(path, specs);
    ::setenv("ENTENTE_CACHE", "off", 1);
    const Read uncached = read(path, specs);
    ::unsetenv("ENTENTE_CACHE");
    check_same(changed, uncached);
    BOOST_TEST(changed.dataset.span.end == test::date_of("2031-05-02").interval.start);
    BOOST_TEST(conflict.dataset.rows < changed.dataset.rows);
}

BOOST_AUTO_TEST_CASE(a_damaged_entry_is_removed_and_the_file_read_again)
{
    const CacheFolder cache;
    const std::filesystem::path path = large_events_file(7);
    const Specs specs = two_specs();
    const Read first = read(path, specs);
    BOOST_REQUIRE(cache.entries().size() == 1U);
    const std::filesystem::path entry = cache.entries().front();
    std::filesystem::resize_file(entry, std::filesystem::file_size(entry) / 2);
    BOOST_TEST(!cached(path, specs));
    BOOST_TEST(!std::filesystem::exists(entry));
    check_same(first, read(path, specs));
    BOOST_TEST(cached(path, specs)); // written again
}

BOOST_AUTO_TEST_CASE(no_entry_for_a_small_file_a_file_with_problems_or_the_cache_off)
{
    const CacheFolder cache;
    const Specs specs = two_specs();
    (void)read(test::random_events_file(1000, 9), specs);
    BOOST_TEST(cache.entries().empty());

    const std::filesystem::path bad = large_events_file(11);
    std::ofstream(bad, std::ios::app) << "2031-05-01,ECU,ECU,042,4,,,,,,\n";
    BOOST_CHECK_THROW((void)read(bad, specs), InputError);
    BOOST_TEST(cache.entries().empty());

    ::setenv("ENTENTE_CACHE", "off", 1);
    (void)read(large_events_file(13), specs);
    ::unsetenv("ENTENTE_CACHE");
    BOOST_TEST(cache.entries().empty());
}

BOOST_AUTO_TEST_CASE(trimming_removes_the_entries_used_least_recently)
{
    const std::filesystem::path folder = test::fresh_folder();
    const auto now = std::filesystem::file_time_type::clock::now();
    const auto entry = [&](const std::string& name, int minutes_ago) {
        std::ofstream(folder / name) << std::string(1000, 'x');
        std::filesystem::last_write_time(folder / name, now - std::chrono::minutes(minutes_ago));
        return folder / name;
    };
    entry("cells-1.bin", 50);
    entry("cells-2.bin", 40);
    entry("cells-3.bin", 30);
    const std::filesystem::path kept = entry("cells-4.bin", 60); // just written: never removed
    entry("notes.txt", 90);
    cli::trim_cache_folder(folder, kept, 2500);
    BOOST_TEST(!std::filesystem::exists(folder / "cells-1.bin"));
    BOOST_TEST(!std::filesystem::exists(folder / "cells-2.bin"));
    BOOST_TEST(std::filesystem::exists(folder / "cells-3.bin"));
    BOOST_TEST(std::filesystem::exists(kept));
    BOOST_TEST(std::filesystem::exists(folder / "notes.txt"));
}

BOOST_AUTO_TEST_SUITE_END()
