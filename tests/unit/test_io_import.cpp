#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include "dataset_builder.hpp"
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unistd.h>

#include "core/errors.hpp"
#include "io/importer.hpp"
#include "io/same_day_filter.hpp"
#include "model/dataset.hpp"

using namespace entente;
namespace fs = std::filesystem;

namespace {

const std::string k_data = ENTENTE_TEST_DATA "/import/";

/// A fresh folder under the system's temporary folder, removed afterwards.
struct TempFolder {
    fs::path path;
    TempFolder()
    {
        static int serial = 0;
        path = fs::temp_directory_path() /
               ("entente-test-import-" + std::to_string(::getpid()) + "-" + std::to_string(++serial));
        fs::remove_all(path);
    }
    ~TempFolder() { fs::remove_all(path); }
};

std::string read_text(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

io::ImportOptions options_for(io::ImportFormat format, std::vector<std::string> inputs, const fs::path& output)
{
    io::ImportOptions o;
    o.format = format;
    for (auto& input : inputs)
        input = k_data + input;
    o.inputs = std::move(inputs);
    o.output = output;
    return o;
}

/// `text` with every `from` replaced by `to`.
std::string replace_all(std::string text, const std::string& from, const std::string& to)
{
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::uint64_t skipped(const io::FileTally& tally, io::Skip reason)
{
    return tally.skipped[static_cast<std::size_t>(reason)];
}

/// Total count and weight × count of a dataset's events, loaded as the tool loads them.
std::pair<long long, double> totals(const fs::path& dataset)
{
    io::Diagnostics diagnostics;
    const model::Dataset d = test::load_and_read(dataset, model::LoadOptions{}, diagnostics);
    BOOST_TEST(!diagnostics.has_errors());
    long long count = 0;
    double mass = 0.0;
    const model::EventStore events = test::stored_events(d);
    for (model::EventIndex e = 0; e < events.size(); ++e) {
        count += events.count(e);
        mass += events.mass(e);
    }
    return {count, mass};
}

} // namespace

BOOST_AUTO_TEST_SUITE(import)

BOOST_AUTO_TEST_CASE(gdelt1_mixed_columns_gzip_and_every_skip_reason)
{
    using enum io::Skip;
    TempFolder out;
    const io::ImportResult r = io::run_import(
        options_for(io::ImportFormat::gdelt1, {"gdelt1_mixed.tsv", "gdelt1_daily.tsv.gz"}, out.path / "gdelt1"));
    BOOST_REQUIRE(r.files.size() == 2U);
    const io::FileTally& mixed = r.files[0];
    BOOST_TEST(mixed.rows == 18U);
    BOOST_TEST(mixed.events == 8U);
    for (const io::Skip reason :
         {columns, event_id, date, no_country, region, unknown_country, same_country, code, weight, duplicate})
        BOOST_TEST(skipped(mixed, reason) == 1U, io::skip_text(io::ImportFormat::gdelt1, reason));
    BOOST_TEST(mixed.refs_left_out == 1U); // the URL that is not UTF-8
    const io::FileTally& daily = r.files[1];
    BOOST_TEST(daily.rows == 3U); // CRLF line ends, gzip
    BOOST_TEST(daily.events == 2U);
    BOOST_TEST(skipped(daily, duplicate) == 1U); // a GLOBALEVENTID of the first file
    BOOST_TEST(r.events == 10U);
    BOOST_TEST(r.actors == 10U);
    const fs::path dir = out.path / "gdelt1";
    BOOST_TEST(read_text(dir / "events.csv") == read_text(k_data + "expected/gdelt1_events.csv"));
    BOOST_TEST(read_text(dir / "actors.csv") == read_text(k_data + "expected/gdelt1_actors.csv"));
    const std::string readme =
        replace_all(replace_all(read_text(dir / "README.md"), k_data, "tests/data/import/"), out.path.string(), "/tmp");
    BOOST_TEST(readme == read_text(k_data + "expected/gdelt1_README.md"));
    BOOST_TEST(totals(dir).first == 10);
}

BOOST_AUTO_TEST_CASE(gdelt2)
{
    using enum io::Skip;
    TempFolder out;
    const io::ImportResult r = io::run_import(options_for(io::ImportFormat::gdelt2, {"gdelt2_export.CSV"}, out.path));
    const io::FileTally& t = r.files.at(0);
    BOOST_TEST(t.rows == 8U);
    BOOST_TEST(t.events == 4U);
    BOOST_TEST(skipped(t, columns) == 1U);
    BOOST_TEST(skipped(t, region) == 1U);
    BOOST_TEST(skipped(t, no_country) == 1U);
    BOOST_TEST(skipped(t, duplicate) == 1U);
    BOOST_TEST(t.skipped_rows() == 4U);
}

BOOST_AUTO_TEST_CASE(icews_names_na_and_crlf)
{
    using enum io::Skip;
    TempFolder out;
    const io::ImportResult r = io::run_import(options_for(io::ImportFormat::icews, {"icews_events.tab"}, out.path));
    const io::FileTally& t = r.files.at(0);
    BOOST_TEST(t.rows == 13U);
    BOOST_TEST(t.events == 5U);
    BOOST_TEST(skipped(t, columns) == 1U);
    BOOST_TEST(skipped(t, date) == 1U);
    BOOST_TEST(skipped(t, no_country) == 2U);
    BOOST_TEST(skipped(t, unknown_country) == 1U);
    BOOST_TEST(skipped(t, same_country) == 1U);
    BOOST_TEST(skipped(t, code) == 1U);
    BOOST_TEST(skipped(t, weight) == 1U);
    // "Moldova, Republic of" is MDA; Intensity NA takes the code's Goldstein weight (036: 4).
    BOOST_TEST(read_text(out.path / "events.csv") == read_text(k_data + "expected/icews_events.csv"));
}

BOOST_AUTO_TEST_CASE(cow_dipex_ties_and_downgrades)
{
    using enum io::Skip;
    TempFolder out;
    const io::ImportResult r = io::run_import(options_for(io::ImportFormat::cow_dipex, {"cow_dipex.csv"}, out.path));
    const io::FileTally& t = r.files.at(0);
    BOOST_TEST(t.rows == 16U); // CR line ends, no final one
    BOOST_TEST(skipped(t, columns) == 1U);
    BOOST_TEST(skipped(t, date) == 1U);
    BOOST_TEST(skipped(t, unknown_country) == 1U);
    BOOST_TEST(skipped(t, same_country) == 1U); // 255 and 260 are both Germany
    BOOST_TEST(t.events == 13U);
    std::vector<std::uint64_t> notes;
    for (const auto& [label, count] : t.notes)
        notes.push_back(count);
    // observations, mirrored, contradicting, level 9, other levels, ties, downgrades, dates, countries, same day
    BOOST_TEST(notes == (std::vector<std::uint64_t>{24, 7, 1, 2, 0, 9, 4, 0, 0, 0}));
    BOOST_TEST(read_text(out.path / "events.csv") == read_text(k_data + "expected/cow_dipex_events.csv"));
    BOOST_TEST(read_text(out.path / "actors.csv") == read_text(k_data + "expected/cow_dipex_actors.csv"));
}

BOOST_AUTO_TEST_CASE(a_bad_row_among_good_ones_is_counted_under_its_reason)
{
    using enum io::Skip;
    const std::vector<std::tuple<std::string, io::Skip, std::uint64_t>> cases{
        {"bad/gdelt1_short_row.tsv", columns, 1}, // 20 columns
        {"bad/gdelt1_goldstein.tsv", weight, 1},  // GoldsteinScale 'high'
        {"bad/gdelt1_bad_date.tsv", date, 2}};    // 20160231 and 201607
    for (const auto& [file, reason, count] : cases) {
        TempFolder out;
        const io::FileTally t = io::run_import(options_for(io::ImportFormat::gdelt1, {file}, out.path)).files.at(0);
        BOOST_TEST(t.rows == 3U + count, file);
        BOOST_TEST(t.events == 3U, file);
        BOOST_TEST(skipped(t, reason) == count, file);
        BOOST_TEST(t.skipped_rows() == count, file);
    }
}

BOOST_AUTO_TEST_CASE(cow_dipex_levels_that_are_none_make_no_event)
{
    TempFolder out;
    const io::ImportResult r =
        io::run_import(options_for(io::ImportFormat::cow_dipex, {"bad/cow_bad_level.csv"}, out.path));
    const io::FileTally& t = r.files.at(0);
    BOOST_TEST(t.rows == 4U);
    BOOST_TEST(t.skipped_rows() == 0U);
    std::vector<std::uint64_t> notes;
    for (const auto& [label, count] : t.notes)
        notes.push_back(count);
    // observations, mirrored, contradicting, level 9, other levels (5, x, blank, 4), ties, downgrades, dates,
    // countries, same day
    BOOST_TEST(notes == (std::vector<std::uint64_t>{8, 0, 0, 0, 4, 3, 1, 0, 0, 0}), boost::test_tools::per_element());
    // A tie observed once is its year alone; the chargé d'affaires in Peru holds until the next observation, none.
    BOOST_TEST(read_text(out.path / "events.csv") ==
               "date,source,target,code,weight,end,per,summary,ref\n"
               "1900,ECU,USA,050,3,,,Ecuador has an ambassador in United States,cow_bad_level.csv:2\n"
               "1900,USA,ECU,050,3,,,United States has an ambassador in Ecuador,cow_bad_level.csv:2\n"
               "1900,USA,PER,050,1,1904,year,United States has a chargé d'affaires in Peru,cow_bad_level.csv:3\n"
               "1905,USA,PER,161,-1,,,United States no longer has a representative in Peru (had a chargé "
               "d'affaires),cow_bad_level.csv:5\n");
}

BOOST_AUTO_TEST_CASE(cow_dipex_level_9_is_missing_so_the_level_before_holds)
{
    TempFolder out;
    const io::ImportResult r =
        io::run_import(options_for(io::ImportFormat::cow_dipex, {"cow_missing_years.csv"}, out.path));
    const io::FileTally& t = r.files.at(0);
    BOOST_TEST(t.skipped_rows() == 0U);
    // COW's 1950-1965 surveys coded 9: the minister of 1940 is held to 1969, so 1970's ambassador is an
    // upgrade, not a renewal after a break; 2005's chargé d'affaires is a downgrade from the ambassador.
    // Peru's minister holds through 1950's 9 to its 1955 absence; Ecuador's side in Peru is only ever 9:
    // no event. Years end at 9999: the last observation holds as long as the gap before it, at most.
    BOOST_TEST(read_text(out.path / "events.csv") ==
               "date,source,target,code,weight,end,per,summary,ref\n"
               "1935,ECU,USA,050,2,1939,year,Ecuador has a minister in United States,cow_missing_years.csv:2\n"
               "1935,USA,ECU,050,2,1939,year,United States has a minister in Ecuador,cow_missing_years.csv:2\n"
               "1940,ECU,USA,050,2,1969,year,Ecuador has a minister in United States,cow_missing_years.csv:3\n"
               "1940,PER,ECU,050,2,1954,year,Peru has a minister in Ecuador,cow_missing_years.csv:11\n"
               "1940,USA,ECU,050,2,1969,year,United States has a minister in Ecuador,cow_missing_years.csv:3\n"
               "1955,PER,ECU,161,-2,,,Peru no longer has a representative in Ecuador (had a minister),"
               "cow_missing_years.csv:13\n"
               "1970,ECU,USA,050,3,1999,year,Ecuador has an ambassador in United States,cow_missing_years.csv:8\n"
               "1970,USA,ECU,050,3,1999,year,United States has an ambassador in Ecuador,cow_missing_years.csv:8\n"
               "2000,ECU,USA,050,3,2004,year,Ecuador has an ambassador in United States,cow_missing_years.csv:9\n"
               "2000,USA,ECU,050,3,2004,year,United States has an ambassador in Ecuador,cow_missing_years.csv:9\n"
               "2005,ECU,USA,050,1,2009,year,Ecuador has a chargé d'affaires in United States,"
               "cow_missing_years.csv:10\n"
               "2005,ECU,USA,161,-2,,,\"Ecuador has a chargé d'affaires in United States, down from an ambassador\","
               "cow_missing_years.csv:10\n"
               "2005,USA,ECU,050,3,2009,year,United States has an ambassador in Ecuador,cow_missing_years.csv:10\n"
               "9990,PER,USA,050,2,9999,year,Peru has a minister in United States,cow_missing_years.csv:14\n"
               "9998,USA,PER,050,2,9999,year,United States has a minister in Peru,cow_missing_years.csv:15\n");
}

BOOST_AUTO_TEST_CASE(aggregates_keep_the_totals)
{
    const std::vector<std::pair<io::ImportFormat, std::vector<std::string>>> inputs{
        {io::ImportFormat::gdelt1, {"gdelt1_mixed.tsv", "gdelt1_daily.tsv.gz"}},
        {io::ImportFormat::gdelt2, {"gdelt2_export.CSV"}},
        {io::ImportFormat::icews, {"icews_events.tab"}},
        {io::ImportFormat::cow_dipex, {"cow_dipex.csv"}}};
    for (const auto& [format, files] : inputs) {
        TempFolder plain;
        io::run_import(options_for(format, files, plain.path));
        const auto [count, mass] = totals(plain.path);
        for (const io::Aggregation a : {io::Aggregation::day, io::Aggregation::month, io::Aggregation::year}) {
            TempFolder aggregated;
            io::ImportOptions o = options_for(format, files, aggregated.path);
            o.aggregate = a;
            const io::ImportResult r = io::run_import(o);
            BOOST_TEST(r.events == static_cast<std::uint64_t>(count));
            const auto [agg_count, agg_mass] = totals(aggregated.path);
            BOOST_TEST(agg_count == count, io::to_string(format) << " by " << io::to_string(a));
            BOOST_TEST(agg_mass == mass, boost::test_tools::tolerance(1e-9));
        }
    }
}

BOOST_AUTO_TEST_CASE(aggregated_rows)
{
    TempFolder out;
    io::ImportOptions o = options_for(io::ImportFormat::gdelt1, {"gdelt1_mixed.tsv", "gdelt1_daily.tsv.gz"}, out.path);
    o.aggregate = io::Aggregation::month;
    const io::ImportResult r = io::run_import(o);
    BOOST_TEST(r.rows == 9U); // COL->ECU 173 and 174 of July 2016 share root 17
    BOOST_TEST(read_text(out.path / "events.csv") == read_text(k_data + "expected/gdelt1_month_events.csv"));
}

BOOST_AUTO_TEST_CASE(filters_while_streaming)
{
    TempFolder out;
    io::ImportOptions o = options_for(io::ImportFormat::gdelt1, {"gdelt1_mixed.tsv"}, out.path);
    o.countries = {"PER"};
    o.from = parse_date("1990").date;
    o.to = parse_date("2016-07-27").date;
    const io::FileTally t = io::run_import(o).files.at(0);
    // Kept: ECU->PER 1995-01-26 and 1995-02-19. Out of dates: PER->USA 1982, and 2016-07-28 ROU->MNE,
    // TLS->IMN, COL->ECU. Out of countries: USA->CHN 2016-07-27 (twice) and COL->ECU 2016-07-20.
    BOOST_TEST(t.events == 2U);
    BOOST_TEST(t.skipped[static_cast<std::size_t>(io::Skip::dates)] == 4U);
    BOOST_TEST(t.skipped[static_cast<std::size_t>(io::Skip::countries)] == 3U);
    // The duplicate of USA->CHN was left out by the filter, not counted as a duplicate.
    BOOST_TEST(t.skipped[static_cast<std::size_t>(io::Skip::duplicate)] == 0U);
}

BOOST_AUTO_TEST_CASE(output_folder_rules)
{
    TempFolder out;
    fs::create_directories(out.path);
    std::ofstream(out.path / "notes.txt") << "mine";
    BOOST_CHECK_THROW(io::run_import(options_for(io::ImportFormat::gdelt2, {"gdelt2_export.CSV"}, out.path)),
                      UsageError);
    BOOST_TEST(read_text(out.path / "notes.txt") == "mine");

    // A dataset an earlier import wrote is replaced; its events.csv may not be an input.
    TempFolder dataset;
    io::run_import(options_for(io::ImportFormat::gdelt2, {"gdelt2_export.CSV"}, dataset.path));
    io::run_import(options_for(io::ImportFormat::icews, {"icews_events.tab"}, dataset.path));
    BOOST_TEST(read_text(dataset.path / "events.csv") == read_text(k_data + "expected/icews_events.csv"));
    io::ImportOptions over = options_for(io::ImportFormat::icews, {}, dataset.path);
    over.inputs = {(dataset.path / "events.csv").string()};
    BOOST_CHECK_THROW(io::run_import(over), UsageError);

    // A failed import leaves no folder behind.
    TempFolder failed;
    BOOST_CHECK_THROW(io::run_import(options_for(io::ImportFormat::gdelt1, {"icews_events.tab"}, failed.path)),
                      InputError);
    BOOST_TEST(!fs::exists(failed.path));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(repeats)

BOOST_AUTO_TEST_CASE(icews_keeps_the_first_row_of_a_repeated_event_id)
{
    TempFolder out;
    const io::ImportResult r = io::run_import(options_for(io::ImportFormat::icews, {"icews_repeats.tab"}, out.path));
    const io::FileTally& t = r.files.at(0);
    BOOST_TEST(t.rows == 8U);
    BOOST_TEST(t.events == 5U);
    // 41000001 twice on one day; 41000002 again a day later (its first date, 2018-06-01, kept); 41000003 twice.
    BOOST_TEST(skipped(t, io::Skip::duplicate) == 3U);
    BOOST_TEST(read_text(out.path / "events.csv") == "date,source,target,code,weight,summary,ref\n"
                                                     "2018-06-01,ECU,COL,040,1,,ICEWS event 41000001\n"
                                                     "2018-06-01,PER,ECU,036,4,,ICEWS event 41000002\n"
                                                     "2018-06-02,COL,VEN,112,-2,,ICEWS event 41000003\n"
                                                     "2018-06-02,COL,VEN,112,-2,,ICEWS event 41000004\n"
                                                     "2018-06-02,VEN,COL,112,-2,,ICEWS event 41000005\n");
    const std::string readme = read_text(out.path / "README.md");
    BOOST_TEST(readme.find("| Event ID already seen: a repeat, the first row kept (--keep-repeated-ids imports "
                           "every one) | 3 |\n") != std::string::npos);
    BOOST_TEST(readme.find("--dedup") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_rules_for_repeats_and_their_counts)
{
    struct Case {
        io::ImportFormat format;
        std::string file;
        io::Dedup dedup;
        bool keep_ids;
        std::uint64_t events, repeated_ids, same_day;
    };
    using enum io::ImportFormat;
    const std::vector<Case> cases{
        {icews, "icews_repeats.tab", io::Dedup::none, true, 8, 0, 0},
        // 41000004 repeats 41000003's day, dyad and code under another id.
        {icews, "icews_repeats.tab", io::Dedup::daily, false, 4, 3, 1},
        // Every row read: the day's repeats of 41000001 and 41000003 (twice) go; 41000002's two dates stay.
        {icews, "icews_repeats.tab", io::Dedup::daily, true, 5, 0, 3},
        {gdelt1, "gdelt1_same_day.tsv", io::Dedup::none, false, 6, 0, 0},
        // ECU->COL 036 three times on 2018-06-01: one kept; COL->ECU, another code and the next day stay.
        {gdelt1, "gdelt1_same_day.tsv", io::Dedup::daily, false, 4, 0, 2},
    };
    for (const Case& c : cases) {
        TempFolder out;
        io::ImportOptions o = options_for(c.format, {c.file}, out.path);
        o.dedup = c.dedup;
        o.keep_repeated_ids = c.keep_ids;
        const io::FileTally t = io::run_import(o).files.at(0);
        BOOST_TEST(t.events == c.events, c.file << " " << io::to_string(c.dedup) << " " << c.keep_ids);
        BOOST_TEST(skipped(t, io::Skip::duplicate) == c.repeated_ids, c.file);
        BOOST_TEST(skipped(t, io::Skip::same_day) == c.same_day, c.file);
        BOOST_TEST(t.events + t.skipped_rows() == t.rows, c.file);
    }
}

BOOST_AUTO_TEST_CASE(dedup_daily_counts_in_the_readme_and_comes_before_the_aggregate)
{
    TempFolder out;
    io::ImportOptions o = options_for(io::ImportFormat::gdelt1, {"gdelt1_same_day.tsv"}, out.path);
    o.dedup = io::Dedup::daily;
    o.aggregate = io::Aggregation::day;
    const io::ImportResult r = io::run_import(o);
    BOOST_TEST(r.events == 4U);
    // One ECU->COL 036 of 2018-06-01 is left to count with the 112 of that day (root codes 03 and 11).
    BOOST_TEST(read_text(out.path / "events.csv") == "date,source,target,code,weight,count\n"
                                                     "2018-06-01,COL,ECU,03,4,1\n"
                                                     "2018-06-01,ECU,COL,03,4,1\n"
                                                     "2018-06-01,ECU,COL,11,-2,1\n"
                                                     "2018-06-02,ECU,COL,03,4,1\n");
    const std::string readme = read_text(out.path / "README.md");
    BOOST_TEST(readme.find("    entente import --source gdelt1 --dedup daily --aggregate day ") != std::string::npos);
    BOOST_TEST(readme.find("| the same date, source, target and code as a row kept (--dedup daily) | 2 |\n") !=
               std::string::npos);
    BOOST_TEST(readme.find("- `--dedup daily`: 2 events removed, each with the date, source, target and code of "
                           "an event kept (one a day, before any --aggregate).\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_same_day_filter_checks_a_window_of_days_back)
{
    using Verdict = io::SameDayFilter::Verdict;
    io::SameDayFilter filter;
    const auto day = [](const char* text) { return *parse_date(text).date; };
    BOOST_TEST((filter.check(day("2018-06-01"), 1, 2, "036") == Verdict::first));
    BOOST_TEST((filter.check(day("2018-06-01"), 1, 2, "036") == Verdict::repeat));
    BOOST_TEST((filter.check(day("2018-06-01"), 2, 1, "036") == Verdict::first));  // the other direction
    BOOST_TEST((filter.check(day("2018-06-01"), 1, 2, "0361") == Verdict::first)); // another code
    BOOST_TEST((filter.check(day("2018-06"), 1, 2, "036") == Verdict::first));     // a month is another date
    BOOST_TEST((filter.check(day("2018-07-02"), 1, 2, "036") == Verdict::first));  // 31 days on
    BOOST_TEST((filter.check(day("2018-06-01"), 1, 2, "036") == Verdict::repeat)); // still within the window
    BOOST_TEST((filter.check(day("2018-07-03"), 1, 2, "036") == Verdict::first));
    // 2018-06-01 is now 32 days back: out of order beyond the window, kept unchecked.
    BOOST_TEST((filter.check(day("2018-06-01"), 1, 2, "036") == Verdict::unchecked));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_CASE(cow_dipex_holds_ties_between_observations_and_downgrades_them)
{
    TempFolder out;
    const io::ImportResult r =
        io::run_import(options_for(io::ImportFormat::cow_dipex, {"cow_downgrade.csv"}, out.path));
    BOOST_TEST(read_text(out.path / "events.csv") == read_text(k_data + "expected/cow_downgrade/events.csv"));
    BOOST_TEST(read_text(out.path / "actors.csv") == read_text(k_data + "expected/cow_downgrade/actors.csv"));
    // The ruptures golden case (cli/cases/ruptures_cow_downgrade) reads that expected dataset.
    BOOST_TEST(r.events == 21U); // 20 ties, each direction of two dyads at five observations, and a downgrade
}
