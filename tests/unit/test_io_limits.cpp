#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <sstream>
#include <streambuf>

#include "io/csv_reader.hpp"
#include "io/dataset_reader.hpp"
#include "io/diagnostics.hpp"
#include "io/field_parsers.hpp"

using namespace entente;
using namespace entente::io;

namespace {

/// A stream of `prefix` then `size` copies of `fill`, made as it is read, that
/// counts the bytes handed out: it shows how far a reader got.
class GeneratedInput : public std::streambuf {
public:
    GeneratedInput(std::string prefix, char fill, std::size_t size)
        : m_prefix(std::move(prefix)), m_fill(fill), m_left(size)
    {
        setg(m_prefix.data(), m_prefix.data(), m_prefix.data() + m_prefix.size());
        m_given = m_prefix.size();
    }
    [[nodiscard]] std::size_t given() const { return m_given; }

protected:
    int_type underflow() override
    {
        if (m_left == 0) return traits_type::eof();
        const std::size_t n = std::min(m_left, m_chunk.size());
        std::fill_n(m_chunk.begin(), n, m_fill);
        m_left -= n;
        m_given += n;
        setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + n);
        return traits_type::to_int_type(m_chunk[0]);
    }

private:
    std::string m_prefix;
    char m_fill;
    std::size_t m_left;
    std::size_t m_given = 0;
    std::array<char, 4096> m_chunk{};
};

std::vector<std::string> messages(const Diagnostics& d)
{
    std::vector<std::string> out;
    for (const auto& item : d.all())
        out.push_back(format_diagnostic(item));
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(limits)

BOOST_AUTO_TEST_CASE(a_10_mb_line_is_refused_after_reading_little_more_than_the_limit)
{
    GeneratedInput source("a,b\n1,", 'x', 10 << 20);
    std::istream in(&source);
    Diagnostics diagnostics;
    CsvReader reader(in, "big.csv", diagnostics);
    CsvRecord record;
    BOOST_TEST(reader.next(record));
    BOOST_TEST(!reader.next(record));
    BOOST_TEST(
        messages(diagnostics) ==
            std::vector<std::string>{"big.csv:2:2: record longer than 1048576 bytes (1 MiB); reading stops here"},
        boost::test_tools::per_element());
    // The record up to the limit plus one read-ahead buffer of the reader (as
    // large as the limit, so that the fast path splits any accepted record in
    // place) and one chunk of the stream: the other 8 MB stay unread.
    BOOST_TEST(source.given() <= 2 * CsvReader::k_max_record_bytes + 4096);
}

BOOST_AUTO_TEST_CASE(a_megabyte_of_commas_counts_toward_the_record_limit)
{
    // Before, separators did not count: a line of commas grew one empty field per byte.
    GeneratedInput source("", ',', 10 << 20);
    std::istream in(&source);
    Diagnostics diagnostics;
    CsvReader reader(in, "commas.csv", diagnostics);
    CsvRecord record;
    BOOST_TEST(!reader.next(record));
    BOOST_TEST(messages(diagnostics) ==
                   std::vector<std::string>{"commas.csv:1:4097: record has more than 4096 fields; reading stops here"},
               boost::test_tools::per_element());
    // One read-ahead buffer and one chunk of the stream: the fields end long before the limit of bytes.
    BOOST_TEST(source.given() <= CsvReader::k_max_record_bytes + 4096);
}

BOOST_AUTO_TEST_CASE(fields_up_to_the_limit_are_read)
{
    std::string line(CsvReader::k_max_fields - 1, ',');
    std::istringstream in(line + "\n");
    Diagnostics diagnostics;
    CsvReader reader(in, "wide.csv", diagnostics);
    CsvRecord record;
    BOOST_TEST(reader.next(record));
    BOOST_TEST(record.fields.size() == CsvReader::k_max_fields);
    BOOST_TEST(!diagnostics.has_errors());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_reported_then_replaced)
{
    std::istringstream in("id\nPati\xF1o\n");
    Diagnostics diagnostics;
    CsvReader reader(in, "latin1.csv", diagnostics);
    CsvRecord record;
    BOOST_TEST(reader.next(record));
    BOOST_TEST(reader.next(record));
    BOOST_TEST(record.fields.at(0) == "Pati\xEF\xBF\xBDo");
    BOOST_TEST(messages(diagnostics) ==
                   std::vector<std::string>{"latin1.csv:2:1: invalid UTF-8 (byte 0xF1 at offset 4 of the field)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(diagnostics_keep_a_bounded_number_and_count_the_rest)
{
    Diagnostics diagnostics;
    const std::size_t n = Diagnostics::k_max_kept + 5;
    for (std::size_t i = 0; i < n; ++i)
        diagnostics.error("f.csv", static_cast<int>(i) + 1, 1, "bad");
    diagnostics.warning("f.csv", 1, 1, "odd");
    BOOST_TEST(diagnostics.all().size() == Diagnostics::k_max_kept);
    BOOST_TEST(diagnostics.error_count() == n);
    std::ostringstream out;
    diagnostics.print(out, 2);
    BOOST_TEST(out.str() == "f.csv:1:1: bad\nf.csv:2:1: bad\n... and 10004 more problems (10005 errors in all)\n");
}

BOOST_AUTO_TEST_CASE(messages_escape_control_characters)
{
    BOOST_TEST(format_diagnostic({"a.csv", 3, 1, "invalid actor id 'A\nB\x1B[2J\t'", false}) ==
               "a.csv:3:1: invalid actor id 'A\\nB\\x1B[2J\\t'");
}

BOOST_AUTO_TEST_CASE(weights_at_the_edges_of_double)
{
    auto value = [](std::string_view text) { return std::get<double>(parse_weight(text)); };
    auto error = [](std::string_view text) { return std::get<std::string>(parse_weight(text)); };
    BOOST_TEST(value("-0") == 0.0);
    BOOST_TEST(!std::signbit(value("-0")));
    BOOST_TEST(value("1e-400") == 0.0);
    BOOST_TEST(value("+2.5") == 2.5);
    BOOST_TEST(value("-10") == -10.0);
    BOOST_TEST(error("1e400") == "weight '1e400' is out of range (expected a number from -10 to 10)");
    BOOST_TEST(error("nan") == "weight 'nan' is not a finite number");
    BOOST_TEST(error("+-1") == "weight '+-1' is not a number (expected a number from -10 to 10)");
    BOOST_TEST(error("+") == "weight '+' is not a number (expected a number from -10 to 10)");
}

// The short path (a table of tenths) must give what from_chars gives, for
// every weight it takes, in every spelling; and a tenth count read back from a
// row copy must give the same double as one divided by ten.
BOOST_AUTO_TEST_CASE(short_weights_read_as_from_chars_reads_them)
{
    std::size_t checked = 0;
    for (int k = -100; k <= 100; ++k) {
        const int whole = std::abs(k) / 10, tenth = std::abs(k) % 10;
        const std::string sign = k < 0 ? "-" : "";
        std::vector<std::string> spellings{sign + std::to_string(whole) + "." + std::to_string(tenth)};
        if (tenth == 0) spellings.push_back(sign + std::to_string(whole));
        if (whole < 10) spellings.push_back(sign + "0" + std::to_string(whole) + "." + std::to_string(tenth));
        for (const std::string& text : spellings) {
            double expected = 0.0;
            std::from_chars(text.data() + (k < 0 ? 1 : 0), text.data() + text.size(), expected);
            if (k < 0) expected = -expected;
            if (expected == 0.0) expected = 0.0; // -0 reads as 0
            const std::optional<double> simple = simple_weight(text);
            BOOST_TEST_REQUIRE(simple.has_value(), text);
            BOOST_TEST(std::bit_cast<std::uint64_t>(*simple) == std::bit_cast<std::uint64_t>(expected), text);
            ++checked;
        }
        BOOST_TEST(tenths_value(k) == static_cast<double>(k) / 10.0, k);
    }
    BOOST_TEST(checked == 201 + 21 + 199); // every k; the bare wholes (k a multiple of 10); a leading zero (|k| < 100)
    for (const std::int64_t k : {std::int64_t{101}, std::int64_t{-101}, std::int64_t{123456789}})
        BOOST_TEST(tenths_value(k) == static_cast<double>(k) / 10.0, k);
    for (const char* text : {"100", "10.5", "1.25", "+1", "1.", ".5", "", "-", "1e1"})
        BOOST_TEST(!simple_weight(text).has_value(), text);
}

BOOST_AUTO_TEST_CASE(counts_at_the_edges_of_integers)
{
    BOOST_TEST(std::get<std::uint32_t>(parse_count("4294967295")) == 4294967295U);
    for (const char* text : {"0", "-1", "4294967296", "18446744073709551616", "1e3", ""})
        BOOST_TEST(std::holds_alternative<std::string>(parse_count(text)), text);
}

BOOST_AUTO_TEST_CASE(an_era_overlapping_several_names_the_earliest)
{
    ActorRegistry actors;
    actors.add({"ECU", "Ecuador", ActorKind::state, "", {}});
    std::istringstream in("id,actor,label,start,end\n"
                          "c,ECU,C,2002-01-01,2003-01-01\n"
                          "a,ECU,A,2000-01-01,2001-01-01\n"
                          "b,ECU,B,2001-01-01,2002-01-01\n"
                          "x,ECU,X,2000-12-31,2002-01-02\n");
    Diagnostics diagnostics;
    const auto eras = read_eras(in, "eras.csv", actors, diagnostics);
    BOOST_TEST(eras.size() == 3U);
    BOOST_TEST(messages(diagnostics) ==
                   std::vector<std::string>{"eras.csv:5:4: era 'x' overlaps era 'a' (line 3) on 2000-12-31"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
