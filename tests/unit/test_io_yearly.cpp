#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <unistd.h>

#include "core/errors.hpp"
#include "io/line_slices.hpp"
#include "io/yearly_dyads.hpp"

using namespace entente;

namespace {

/// A file with the given bytes, removed at the end of the test.
struct ScratchFile {
    explicit ScratchFile(const std::string& bytes)
        : path((std::filesystem::temp_directory_path() / fmt::format("entente-test-yearly-{}-{}", ::getpid(), next++))
                   .string())
    {
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~ScratchFile() { std::filesystem::remove(path); }
    std::string path;
    static inline int next = 0;
};

/// Every row of the file's slices, in order, as its fields joined by '|'.
std::vector<std::string> rows_of(const std::string& bytes, std::size_t slices, std::size_t buffer, bool& refused)
{
    const ScratchFile file(bytes);
    const io::ByteSource source(file.path);
    std::vector<std::string> rows;
    std::array<std::string_view, 4> fields;
    refused = false;
    for (const io::ByteRange range : io::line_slices(source, 0, *source.plain_size(), slices)) {
        io::SliceLines lines(source, range, buffer);
        const bool done = lines.for_each_row(',', fields, 64, [&](std::string_view line, std::size_t count) {
            std::string row(line);
            row += " =";
            for (std::size_t i = 0; i < std::min(count, fields.size()); ++i) {
                row += ' ';
                row += fields[i];
            }
            rows.push_back(row);
            return true;
        });
        refused = refused || !done;
        BOOST_TEST(done != lines.refused());
    }
    return rows;
}

std::string dump(const io::YearlyDyads& read)
{
    std::string out = fmt::format("rows {} actors {}\n", read.rows, fmt::join(read.actors, " "));
    for (const io::YearDyads& year : read.years)
        for (const io::DyadSum& d : year.dyads)
            out += fmt::format("{} {}-{} {} {}\n", year.year, read.actors[d.a], read.actors[d.b], d.sum10, d.count);
    return out;
}

std::string error_of(const std::string& path, std::size_t threads)
{
    try {
        io::read_yearly_dyads(path, threads);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

BOOST_AUTO_TEST_SUITE(slice_lines)

BOOST_AUTO_TEST_CASE(rows_and_fields_across_slices_and_refills)
{
    const std::string text = "a,b\r\n\nccc,dddd,e\nfirst of a longer line,with,four,fields\nlast,no,end";
    const std::vector<std::string> expected{
        "a,b = a b", " = ", "ccc,dddd,e = ccc dddd e",
        "first of a longer line,with,four,fields = first of a longer line with four fields",
        "last,no,end = last no end"};
    bool refused = false;
    // Slices from 1 to 6, buffers from 1 byte up: rows across refills, lines longer than the buffer.
    for (std::size_t slices = 1; slices <= 6; ++slices)
        for (std::size_t buffer = 1; buffer <= 70; buffer += 3) {
            BOOST_TEST(rows_of(text, slices, buffer, refused) == expected, slices << " slices, buffer " << buffer);
            BOOST_TEST(!refused);
        }
}

BOOST_AUTO_TEST_CASE(lone_carriage_returns_and_long_lines_are_refused)
{
    bool refused = false;
    BOOST_TEST(rows_of("a,b\nc\rd\ne\n", 1, 16, refused) == std::vector<std::string>{"a,b = a b"});
    BOOST_TEST(refused);
    BOOST_TEST(rows_of("a\n" + std::string(65, 'x') + "\n", 1, 8, refused) == std::vector<std::string>{"a = a"});
    BOOST_TEST(refused);
    BOOST_TEST(rows_of(std::string(64, 'x'), 1, 8, refused).size() == 1U);
    BOOST_TEST(!refused);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(yearly_dyads)

BOOST_AUTO_TEST_CASE(sums_in_exact_tenths_rounded_to_even)
{
    const ScratchFile file("\xEF\xBB\xBF"
                           "code,date,target,source,weight\r\n"
                           "010,2001-05-01,BBB,AAA,2.25\r\n"
                           "010,2001-06-01,AAA,BBB,0.35\r\n"
                           "\r\n"
                           "010,2001-06-01,AAA,AAA,9\r\n"
                           "010,2002,CCC,BBB,-0\r\n"
                           "010,2002-01-01,BBB,CCC,1e1\r\n"
                           "010,2002-01-01,AAA,CCC,-3.\r\n"
                           "010,2002-01-01,AAA,CCC,.05");
    // 2.25 and 0.35 are 22.5 and 3.5 tenths in binary floating point: ties to 22 and 4.
    for (std::size_t threads : {1, 2, 3, 8})
        BOOST_TEST(dump(io::read_yearly_dyads(file.path, threads)) == "rows 7 actors AAA BBB CCC\n"
                                                                      "2001 AAA-BBB 26 2\n"
                                                                      "2002 AAA-CCC -30 2\n"
                                                                      "2002 BBB-CCC 100 2\n",
                   threads << " threads");
}

BOOST_AUTO_TEST_CASE(slices_read_in_parallel_give_the_one_pass_result)
{
    // 3,000 rows over 12 actors and 5 years, and a 13th actor first seen in the last fifth of the file.
    std::string text = "date,source,target,code,weight\n";
    for (int i = 0; i < 3000; ++i) {
        const std::string target = i >= 2400 && i % 50 == 0 ? "LATE" : fmt::format("A{}", (i * 5 + i / 400) % 12);
        text += fmt::format("{}-01-01,A{},{},010,{}{}.{}\n", 1990 + i / 600, i % 7, target, i % 3 == 0 ? "-" : "",
                            i % 4, i % 17);
    }
    const ScratchFile file(text);
    const std::string one_pass = dump(io::read_yearly_dyads(file.path, 1));
    BOOST_TEST(one_pass.starts_with("rows 3000 actors A0 A1 A5 A2 A10 A3 A4 A8 A6 A11 A9 A7 LATE\n"));
    for (std::size_t threads = 2; threads <= 9; ++threads)
        BOOST_TEST(dump(io::read_yearly_dyads(file.path, threads)) == one_pass, threads << " threads");
}

BOOST_AUTO_TEST_CASE(actors_that_differ_only_by_nul_bytes_stay_apart)
{
    // Found by fuzz_yearly_dyads: "\0" and "A\0" were taken for the first actor and for "A".
    using namespace std::string_literals;
    const ScratchFile file("date,source,target,weight\n"
                           "2010-01-01,A,B,1\n"s
                           "2010-02-01,\0,C,2\n"s
                           "2010-03-01,A\0,B,4\n"s
                           "2010-04-01,A\0\0,B,8\n"s);
    for (std::size_t threads : {1, 2, 3})
        BOOST_TEST(dump(io::read_yearly_dyads(file.path, threads)) == "rows 4 actors A B \0 C A\0 A\0\0\n"
                                                                      "2010 A-B 10 1\n"
                                                                      "2010 B-A\0 40 1\n"
                                                                      "2010 B-A\0\0 80 1\n"
                                                                      "2010 \0-C 20 1\n"s,
                   threads << " threads");
}

BOOST_AUTO_TEST_CASE(a_dataset_events_file_with_quotes_comments_and_counts)
{
    // As a dataset's events.csv: comment and blank lines, quoted summaries with
    // commas, doubled quotes and a line break, and a count of events per row.
    const ScratchFile file("date,source,target,code,weight,end,count,summary,ref\n"
                           "# made by hand\n"
                           "2001-05-01,AAA,BBB,010,2.5,,,\"talks, then more talks\",x\n"
                           "\n"
                           "2001-06-01,BBB,AAA,010,-1,2001-07-01,3,\"a \"\"quoted\"\" word\",\"line one\n"
                           "# not a comment: inside the quotes\n"
                           "line three\"\n"
                           "2002-01-01,CCC,AAA,010,0.5,,2,plain,\"\"\n");
    for (std::size_t threads : {1, 2, 3, 5})
        BOOST_TEST(dump(io::read_yearly_dyads(file.path, threads)) == "rows 3 actors AAA BBB CCC\n"
                                                                      "2001 AAA-BBB -5 4\n"
                                                                      "2002 AAA-CCC 10 2\n",
                   threads << " threads");
}

BOOST_AUTO_TEST_CASE(an_empty_weight_is_the_codes_goldstein_weight)
{
    // 057 (sign formal agreement) is +8 and 190 (use conventional military force) -10 in the built-in table.
    const ScratchFile file("date,source,target,code,weight\n"
                           "2001-01-01,AAA,BBB,057,\n"
                           "2001-02-01,AAA,BBB,190,\n"
                           "2001-03-01,AAA,BBB,190,2.5\n");
    for (std::size_t threads : {1, 2})
        BOOST_TEST(dump(io::read_yearly_dyads(file.path, threads)) == "rows 3 actors AAA BBB\n2001 AAA-BBB 5 3\n");
}

BOOST_AUTO_TEST_CASE(quote_and_count_errors)
{
    const std::string header = "date,source,target,weight,count\n";
    const ScratchFile open_quote(header + "2001-01-01,AAA,BBB,1,1\n2001-01-01,\"AAA,BBB,1,1\n2001-01-01,AAA,BBB,1,1\n");
    const ScratchFile text_after_quote(header + "2001-01-01,\"AAA\"x,BBB,1,1\n");
    const ScratchFile no_weight(header + "2001-01-01,AAA,BBB,,1\n");
    const ScratchFile no_weight_unknown_code("date,source,target,weight,code\n2001-01-01,AAA,BBB,,999\n");
    const ScratchFile zero_count(header + "2001-01-01,AAA,BBB,1,0\n");
    const ScratchFile big_total(header + "2001-01-01,AAA,BBB,-20,100000000\n");
    for (std::size_t threads : {1, 3}) {
        BOOST_TEST(error_of(open_quote.path, threads) ==
                   open_quote.path + ":3:1: a quoted field is not closed by the end of the file");
        BOOST_TEST(error_of(text_after_quote.path, threads) ==
                   text_after_quote.path + ":2:1: a quoted field is not closed, or text follows its closing quote");
        BOOST_TEST(error_of(no_weight.path, threads) ==
                   no_weight.path + ":2:20: no weight, and no code column to take a Goldstein weight from");
        BOOST_TEST(error_of(no_weight_unknown_code.path, threads) ==
                   no_weight_unknown_code.path + ":2:21: no weight, and code '999' is not in the CAMEO table");
        BOOST_TEST(error_of(zero_count.path, threads) ==
                   zero_count.path + ":2:22: '0' is not a count (a whole number from 1 to 1e9)");
        BOOST_TEST(error_of(big_total.path, threads) ==
                   big_total.path + ":2:20: weight '-20' times count 100000000 is beyond +-1e9");
    }
}

BOOST_AUTO_TEST_CASE(errors_name_the_same_place_whatever_the_threads)
{
    const std::string header = "date,source,target,weight\n";
    std::string rows;
    for (int i = 0; i < 500; ++i)
        rows += "2001-01-01,AAA,BBB,1\n";
    const std::string text = header + rows;
    const ScratchFile bad_weight(text + "2001-01-01,AAA,BBB,x1\n" + text);
    const ScratchFile bad_date(text + rows + "20x1-01-01,AAA,BBB,1\n");
    const ScratchFile huge_weight(text + "2001-01-01,AAA,BBB,-1.5e9\n");
    const ScratchFile short_row(text + "2001-01-01,AAA,1\n" + text);
    // Lone CRs: the one-pass reader takes them as line ends.
    const ScratchFile old_mac("date,source,target,weight\r2001-01-01,AAA,BBB,1\r2001-01-01,AAA,BBB,1\r");
    const ScratchFile mixed(text + "2001-01-01,AAA,BBB,1\r2001-01-01,AAA,CCC,1\n");
    for (std::size_t threads : {1, 2, 4}) {
        BOOST_TEST(error_of(bad_weight.path, threads) == bad_weight.path + ":502:20: 'x1' is not a weight");
        BOOST_TEST(error_of(bad_date.path, threads) == bad_date.path + ":1002:1: '20x1-01-01' is not a date");
        BOOST_TEST(error_of(huge_weight.path, threads) ==
                   huge_weight.path + ":502:20: weight '-1.5e9' is beyond +-1e9");
        BOOST_TEST(error_of(short_row.path, threads) == short_row.path + ":502:1: expected 4 fields");
        BOOST_TEST(dump(io::read_yearly_dyads(old_mac.path, threads)) == "rows 2 actors AAA BBB\n2001 AAA-BBB 20 2\n");
        BOOST_TEST(dump(io::read_yearly_dyads(mixed.path, threads)) ==
                   "rows 502 actors AAA BBB CCC\n2001 AAA-BBB 5010 501\n2001 AAA-CCC 10 1\n");
    }
}

BOOST_AUTO_TEST_SUITE_END()
