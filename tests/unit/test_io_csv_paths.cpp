#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "io/csv_reader.hpp"

using namespace entente;

namespace {

struct Read {
    std::vector<std::vector<std::string>> records;
    std::vector<int> lines; ///< each record's first line
    std::vector<std::string> problems;
    friend bool operator==(const Read&, const Read&) = default;
};

Read read_all(const std::string& text, std::size_t buffer_bytes = io::CsvReader::k_max_record_bytes)
{
    std::istringstream in(text);
    io::Diagnostics diagnostics;
    io::CsvReader reader(in, "t.csv", diagnostics, buffer_bytes);
    io::CsvRecord record;
    Read read;
    while (reader.next(record)) {
        read.records.emplace_back(record.fields.begin(), record.fields.end());
        read.lines.push_back(record.line);
    }
    for (const auto& d : diagnostics.all())
        read.problems.push_back(io::format_diagnostic(d));
    return read;
}

std::ostream& operator<<(std::ostream& out, const Read& read)
{
    for (const auto& r : read.records) {
        for (const auto& f : r)
            out << '[' << f << ']';
        out << '\n';
    }
    for (const auto& p : read.problems)
        out << p << '\n';
    return out;
}

// Inputs that take both the in-place path (plain rows) and the decoding path
// (quotes, errors), with line ends of every kind, some straddling any buffer size.
const std::vector<std::string> k_inputs = {
    "a,b,c\n1,2,3\n",
    "a,b,c\r\n1,2,3\r\n\r\n# comment\r\n4,5,6",
    "a,b\r1,2\r3,4\r",
    "\xEF\xBB\xBF"
    "date,x\n2008,\"quoted, with comma\"\n2009,\"two\nlines\"\n2010,\"a \"\"quote\"\"\"\n",
    "a,b\nPati\xF1o,2\nok,caf\xC3\xA9\n",
    "a,b\nx\"y,2\n\"closed\"tail,3\n",
    "a,b\n1,\"never closed\n2,3\n",
    "a,b\n1,2\n3,\0,4\n",
    "a,,\n,,\n\n\n,x,\n",
    "single\n",
};

} // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(plain_and_quoted_records)
{
    const Read read = read_all(k_inputs[3]);
    BOOST_TEST(read.problems.empty());
    BOOST_REQUIRE(read.records.size() == 4U);
    BOOST_TEST(read.records[1][1] == "quoted, with comma");
    BOOST_TEST(read.records[2][1] == "two\nlines");
    BOOST_TEST(read.records[3][1] == "a \"quote\"");
    BOOST_TEST(read.lines == (std::vector<int>{1, 2, 3, 5}));
}

BOOST_AUTO_TEST_CASE(line_ends_of_every_kind)
{
    const Read crlf = read_all(k_inputs[1]);
    BOOST_TEST(crlf.records ==
               (std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}}));
    BOOST_TEST(crlf.lines == (std::vector<int>{1, 2, 5}));
    const Read cr = read_all(k_inputs[2]);
    BOOST_TEST(cr.records == (std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}, {"3", "4"}}));
    BOOST_TEST(cr.lines == (std::vector<int>{1, 2, 3}));
}

BOOST_AUTO_TEST_CASE(problems_name_their_place)
{
    BOOST_TEST(read_all(k_inputs[4]).problems ==
               (std::vector<std::string>{"t.csv:2:1: invalid UTF-8 (byte 0xF1 at offset 4 of the field)"}));
    BOOST_TEST(read_all(k_inputs[5]).problems ==
               (std::vector<std::string>{
                   "t.csv:2:1: quote inside an unquoted field (quote the whole field and write the quote twice)",
                   "t.csv:3:1: unexpected text after a closing quote (a quote inside a quoted field is written "
                   "twice: \"\")"}));
    BOOST_TEST(
        read_all(k_inputs[6]).problems ==
        (std::vector<std::string>{"t.csv:2:2: unterminated quoted field (the quote opened here is never closed)"}));
    BOOST_TEST(read_all(std::string(k_inputs[7].data(), 17)).problems ==
               (std::vector<std::string>{"t.csv:3:2: NUL byte in file (is it binary or UTF-16?)"}));
}

BOOST_AUTO_TEST_CASE(same_result_whatever_the_buffer_size)
{
    // Small buffers force rows across refills and past the buffer's size,
    // so both paths meet every input; the records and problems may not change.
    for (std::string input : k_inputs) {
        if (input == k_inputs[7]) input = std::string(k_inputs[7].data(), 17); // keep the NUL byte
        const Read reference = read_all(input);
        for (std::size_t size = 4; size <= 24; ++size)
            BOOST_TEST(read_all(input, size) == reference);
    }
}

BOOST_AUTO_TEST_CASE(utf16_refused)
{
    BOOST_TEST(read_all("\xFF\xFE"
                        "a")
                   .problems == (std::vector<std::string>{"t.csv:1:1: file is UTF-16; save it as UTF-8"}));
}

BOOST_AUTO_TEST_SUITE_END()
