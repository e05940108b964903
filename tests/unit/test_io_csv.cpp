#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <sstream>

#include "io/csv_reader.hpp"
#include "io/table_reader.hpp"

using namespace entente::io;

namespace {

/// A record copied out of the reader (its fields are views valid until the next read).
struct Record {
    std::vector<std::string> fields;
    int line = 0;
};

std::vector<Record> read_all(const std::string& text, Diagnostics& diagnostics)
{
    std::istringstream in(text);
    CsvReader reader(in, "t.csv", diagnostics);
    std::vector<Record> records;
    CsvRecord r;
    while (reader.next(r))
        records.push_back({{r.fields.begin(), r.fields.end()}, r.line});
    return records;
}

std::vector<std::string> messages(const Diagnostics& d)
{
    std::vector<std::string> out;
    for (const auto& item : d.all())
        out.push_back(format_diagnostic(item));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(rfc4180_quoting_crlf_bom_and_comments)
{
    Diagnostics d;
    const auto records = read_all("\xEF\xBB\xBF"
                                  "a,b,c\r\n"
                                  "# a comment, with \"quotes\r\n"
                                  "\r\n"
                                  "1,\"x, y\",\"say \"\"hi\"\"\"\r\n"
                                  "2,\"two\nlines\",Lenín\n"
                                  "3,,\n",
                                  d);
    BOOST_TEST(messages(d).empty());
    BOOST_REQUIRE(records.size() == 4U);
    BOOST_TEST(records[0].fields == (std::vector<std::string>{"a", "b", "c"}));
    BOOST_TEST(records[1].fields == (std::vector<std::string>{"1", "x, y", "say \"hi\""}));
    BOOST_TEST(records[1].line == 4);
    BOOST_TEST(records[2].fields == (std::vector<std::string>{"2", "two\nlines", "Lenín"}));
    BOOST_TEST(records[2].line == 5);
    BOOST_TEST(records[3].fields == (std::vector<std::string>{"3", "", ""}));
    BOOST_TEST(records[3].line == 7); // the quoted newline moved it down a line
}

BOOST_AUTO_TEST_CASE(unterminated_quote_is_reported_where_it_opened)
{
    Diagnostics d;
    const auto records = read_all("a,b\n1,\"open\n2,3\n", d);
    BOOST_TEST(records.size() == 1U);
    BOOST_TEST(messages(d) == std::vector<std::string>{
                                  "t.csv:2:2: unterminated quoted field (the quote opened here is never closed)"});
}

BOOST_AUTO_TEST_CASE(stray_quotes_nul_and_utf16)
{
    Diagnostics d1;
    read_all("a,b\n1,x\"y\n", d1);
    BOOST_TEST(messages(d1) == std::vector<std::string>{"t.csv:2:2: quote inside an unquoted field (quote the whole "
                                                        "field and write the quote twice)"});
    Diagnostics d2;
    read_all("a,b\n\"1\"x,2\n", d2);
    BOOST_TEST(messages(d2) == std::vector<std::string>{"t.csv:2:1: unexpected text after a closing quote (a quote "
                                                        "inside a quoted field is written twice: \"\")"});
    Diagnostics d3;
    read_all(std::string("a,b\n1,\0\n", 8), d3);
    BOOST_TEST(messages(d3) == std::vector<std::string>{"t.csv:2:2: NUL byte in file (is it binary or UTF-16?)"});
    Diagnostics d4;
    read_all("\xFF\xFE"
             "a\0,\0",
             d4);
    BOOST_TEST(messages(d4) == std::vector<std::string>{"t.csv:1:1: file is UTF-16; save it as UTF-8"});
    Diagnostics d5;
    read_all("a,b\n1,Pati\xF1o\n", d5);
    BOOST_TEST(messages(d5) ==
               std::vector<std::string>{"t.csv:2:2: invalid UTF-8 (byte 0xF1 at offset 4 of the field)"});
}

BOOST_AUTO_TEST_CASE(header_by_name_in_any_order)
{
    Diagnostics d;
    std::istringstream in("z,b,a,extra\n1,2,3,4\n5,6\n");
    TableReader table(in, "t.csv", d, {{"a", true}, {"b", true}, {"c", false}, {"z", false}});
    BOOST_TEST(table.ok());
    BOOST_TEST(table.next());
    BOOST_TEST(table.get(0) == "3");
    BOOST_TEST(table.get(1) == "2");
    BOOST_TEST(!table.has(2));
    BOOST_TEST(table.get(2) == "");
    BOOST_TEST(table.get(3) == "1");
    BOOST_TEST(!table.next());
    BOOST_TEST(messages(d) == (std::vector<std::string>{"t.csv:1:4: warning: unknown column 'extra' ignored",
                                                        "t.csv:3:3: row has 2 fields; the header has 4"}));
}

BOOST_AUTO_TEST_CASE(header_problems)
{
    Diagnostics d;
    std::istringstream in("a,a\n");
    TableReader table(in, "t.csv", d, {{"a", true}, {"b", true}});
    BOOST_TEST(!table.ok());
    BOOST_TEST(messages(d) == (std::vector<std::string>{"t.csv:1:2: duplicate column 'a' (also column 1)",
                                                        "t.csv:1:1: missing required column 'b'"}));
    Diagnostics e;
    std::istringstream empty("");
    TableReader none(empty, "t.csv", e, {{"a", true}});
    BOOST_TEST(messages(e) == std::vector<std::string>{"t.csv:1:1: empty file (expected a header row)"});
    // A file of comments is not empty, but it has no header either.
    Diagnostics f;
    std::istringstream comments("# only a comment\n\n");
    TableReader no_header(comments, "t.csv", f, {{"a", true}});
    BOOST_TEST(messages(f) ==
               std::vector<std::string>{"t.csv:1:1: no header row (the file holds only blank lines and comments)"});
}

BOOST_AUTO_TEST_SUITE_END()
