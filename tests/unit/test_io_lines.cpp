#define BOOST_TEST_DYN_LINK
#include <algorithm>
#include <array>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <optional>
#include <unistd.h>

#include "io/field_splitter.hpp"
#include "io/id_set.hpp"
#include "io/line_reader.hpp"
#include "io/quoted_fields.hpp"
#include "io/short_key_cache.hpp"

using namespace entente;

namespace {

std::vector<std::string> lines_of(const std::string& bytes, std::size_t buffer_bytes)
{
    const auto path = std::filesystem::temp_directory_path() / ("entente-test-lines-" + std::to_string(::getpid()));
    std::ofstream(path, std::ios::binary) << bytes;
    io::ByteSource source(path.string());
    io::LineReader reader(source, buffer_bytes);
    std::vector<std::string> lines;
    std::string_view line;
    while (reader.next(line))
        lines.emplace_back(line);
    std::filesystem::remove(path);
    return lines;
}

} // namespace

BOOST_AUTO_TEST_SUITE(line_reader)

BOOST_AUTO_TEST_CASE(every_line_end_any_buffer)
{
    const std::string text = "\xEF\xBB\xBF"
                             "first\r\nsecond\rthird\n\nfifth, the longest line of all\r\rlast";
    const std::vector<std::string> expected{"first", "second", "third", "", "fifth, the longest line of all",
                                            "",      "last"};
    // Buffers from 2 bytes up: lines and CRLF pairs across refills, lines longer than the buffer.
    for (std::size_t size = 2; size <= 40; ++size)
        BOOST_TEST(lines_of(text, size) == expected, "buffer " << size);
    BOOST_TEST(lines_of("", 16).empty());
    BOOST_TEST(lines_of("a\n", 16) == std::vector<std::string>{"a"});
}

BOOST_AUTO_TEST_CASE(fields)
{
    std::array<std::string_view, 4> f;
    BOOST_TEST(io::split_fields("a\tbb\t\tccc dddd\teeeee", '\t', f) == 5U);
    BOOST_TEST(f[0] == "a");
    BOOST_TEST(f[1] == "bb");
    BOOST_TEST(f[2].empty());
    BOOST_TEST(f[3] == "ccc dddd");
    BOOST_TEST(io::split_fields("", '\t', f) == 1U);
    BOOST_TEST(io::split_fields("no separator here at all", '\t', f) == 1U);
    BOOST_TEST(f[0] == "no separator here at all");
    BOOST_TEST(io::split_fields("1,2,3,4,5,6,7,8,9,10", ',', {}) == 10U);
}

BOOST_AUTO_TEST_CASE(id_set)
{
    io::IdSet ids;
    for (std::uint64_t id = 0; id < 5000; id += 3)
        BOOST_TEST(ids.insert(id));
    BOOST_TEST(!ids.insert(3));
    BOOST_TEST(!ids.insert(0));
    BOOST_TEST(ids.contains(4998));
    BOOST_TEST(!ids.contains(4999));
    BOOST_TEST(ids.insert(std::uint64_t{1} << 40)); // high bits take part too
    BOOST_TEST(ids.contains(std::uint64_t{1} << 40));
    BOOST_TEST(!ids.contains((std::uint64_t{1} << 40) + 1024));
    BOOST_TEST(ids.size() == 1668U);
}

BOOST_AUTO_TEST_CASE(quoted_fields)
{
    std::array<std::string_view, 3> fields;
    std::string storage;
    const auto split = [&](std::string_view record) -> std::string {
        const auto count = io::split_quoted(record, ',', storage, fields);
        if (!count) return "refused";
        std::string out = std::to_string(*count);
        for (std::size_t i = 0; i < std::min(*count, fields.size()); ++i) {
            out += '|';
            out += fields[i];
        }
        return out;
    };
    BOOST_TEST(split(R"(a,"b,c",d)") == "3|a|b,c|d");
    BOOST_TEST(split(R"("say ""hi""",,"")") == R"(3|say "hi"||)");
    BOOST_TEST(split("\"two\nlines\",x") == "2|two\nlines|x");
    BOOST_TEST(split(R"(a,b,c,"d,e")") == "4|a|b|c"); // counted past the fields kept
    BOOST_TEST(split(R"(a"b,c)") == R"(2|a"b|c)");    // a quote inside an unquoted field is text
    BOOST_TEST(split(R"("open,x)") == "refused");
    BOOST_TEST(split(R"("closed"x,y)") == "refused");
    BOOST_TEST(io::leaves_quote_open(R"(a,"b)"));
    BOOST_TEST(!io::leaves_quote_open(R"(a,"b""c")"));
}

BOOST_AUTO_TEST_CASE(short_key_cache_tells_every_key_apart)
{
    // Keys of every length around the 8 packed bytes, with NUL bytes anywhere
    // (a packed "A" and "A\0" look alike): each must find its own value, from
    // the cache on the second round.
    using namespace std::string_literals;
    const std::vector<std::string> keys{"A"s,  "A\0"s, "A\0\0"s,    "\0"s,        "\0\0"s,      "\0A"s,
                                        "AB"s, "BA"s,  "ABCDEFGH"s, "ABCDEFG\0"s, "ABCDEFGHI"s, "ABCDEFGH\0"s,
                                        ""s,   "USA"s, "USAGOV"s,   "\xFF"s,      "\xFF\0"s,    "ABCDEFG"s};
    io::ShortKeyCache<std::size_t> cache;
    for (int round = 0; round < 2; ++round)
        for (std::size_t i = 0; i < keys.size(); ++i) {
            std::size_t lookups = 0;
            const auto found = cache.find(keys[i], [&](std::string_view key) -> std::optional<std::size_t> {
                ++lookups;
                return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
            });
            BOOST_TEST(found.value_or(keys.size()) == i, "round " << round << ", key " << i);
            const bool cacheable = !keys[i].empty() && keys[i].size() <= 8 && keys[i].back() != '\0';
            BOOST_TEST(lookups == (round == 1 && cacheable ? 0U : 1U), "round " << round << ", key " << i);
        }
    // Absent keys are not remembered.
    std::size_t absent_lookups = 0;
    for (int round = 0; round < 2; ++round)
        BOOST_TEST(!cache.find("ZZZ", [&](std::string_view) -> std::optional<std::size_t> {
            ++absent_lookups;
            return std::nullopt;
        }));
    BOOST_TEST(absent_lookups == 2U);
}

BOOST_AUTO_TEST_SUITE_END()
