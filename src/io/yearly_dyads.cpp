#include "io/yearly_dyads.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fmt/format.h>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/parallel_map.hpp"
#include "io/byte_source.hpp"
#include "io/dataset_reader.hpp"
#include "io/dyad_year_sums.hpp"
#include "io/field_splitter.hpp"
#include "io/line_reader.hpp"
#include "io/line_slices.hpp"
#include "io/quoted_fields.hpp"
#include "io/short_key_cache.hpp"

namespace entente::io {

namespace {

constexpr std::size_t k_no_column = std::numeric_limits<std::size_t>::max();

struct Columns {
    std::size_t date = 0, source = 0, target = 0, weight = 0, width = 0;
    std::size_t count = k_no_column; ///< optional: a row stands for `count` events of its weight
    std::size_t code = k_no_column;  ///< optional: an empty weight is the code's Goldstein weight
};

Columns read_header(std::string_view line, const std::string& path)
{
    std::array<std::string_view, 64> names{};
    std::string decoded;
    const std::optional<std::size_t> quoted =
        line.find('"') == std::string_view::npos ? std::nullopt : split_quoted(line, ',', decoded, names);
    const std::size_t width = quoted ? *quoted : split_fields(line, ',', names);
    const auto find = [&](std::string_view name) {
        for (std::size_t i = 0; i < std::min(width, names.size()); ++i)
            if (names[i] == name) return i;
        throw InputError(fmt::format("{}:1:1: the header has no column '{}'", path, name));
    };
    Columns columns{find("date"), find("source"), find("target"), find("weight"), width};
    for (std::size_t i = 0; i < std::min(width, names.size()); ++i)
        if (names[i] == "count")
            columns.count = i;
        else if (names[i] == "code")
            columns.code = i;
    return columns;
}

/// What weight_tenths() gives for a text that is not a number, and year_of()
/// for one that is not a date. Plain values rather than std::optional: the
/// row's loop then keeps them in registers (an optional went through the
/// stack, and reading it back stalled on the store of its flag).
constexpr std::int64_t k_not_a_weight = std::numeric_limits<std::int64_t>::min();
constexpr int k_not_a_year = -1;

/// weight_tenths() of what its quick path does not read: through std::from_chars.
[[gnu::noinline]] std::int64_t weight_tenths_slowly(std::string_view text)
{
    double w = 0.0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), w);
    if (text.empty() || parsed.ptr != text.data() + text.size() || !std::isfinite(w)) return k_not_a_weight;
    return static_cast<std::int64_t>(std::nearbyint(std::clamp(w, -1e15, 1e15) * 10.0));
}

/// A weight in integer tenths, round(weight * 10) with ties to even. Decimals
/// with at most one digit after the point are read exactly without floating
/// point (the common case, and the cost of a large file); others through
/// std::from_chars.
std::int64_t weight_tenths(std::string_view text)
{
    const char* p = text.data();
    const char* const end = p + text.size();
    const bool negative = p != end && *p == '-';
    if (negative) ++p;
    const char* const digits = p;
    std::int64_t tenths = 0;
    for (; p != end && *p >= '0' && *p <= '9' && p - digits < 15; ++p)
        tenths = tenths * 10 + (*p - '0');
    tenths *= 10;
    if (p != digits && p != end && *p == '.') {
        if (end - p == 2 && p[1] >= '0' && p[1] <= '9') {
            tenths += p[1] - '0';
            p = end;
        } else if (end - p == 1) {
            p = end;
        }
    }
    if (p == end && p != digits) return negative ? -tenths : tenths;
    return weight_tenths_slowly(text);
}

/// The year of a date: its first four characters, all digits.
int year_of(std::string_view date)
{
    if (date.size() < 4) return k_not_a_year;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const unsigned digit = static_cast<unsigned char>(date[i]) - unsigned{'0'};
        if (digit > 9) return k_not_a_year;
        year = year * 10 + static_cast<int>(digit);
    }
    return year;
}

/// Most events one row may stand for.
constexpr std::uint64_t k_max_count = 1'000'000'000;

/// The events a row stands for: its count field, 1 when empty; 0 when it is
/// not a whole number from 1 to k_max_count.
std::uint64_t events_of(std::string_view count)
{
    if (count.empty()) return 1;
    if (count.size() > 10) return 0;
    std::uint64_t events = 0;
    for (const char c : count) {
        if (c < '0' || c > '9') return 0;
        events = events * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return events <= k_max_count ? events : 0;
}

/// What is wrong with a row: the byte of the line it starts at, and why.
struct RowProblem {
    std::size_t column = 0;
    std::string message;
};

/// Weights beyond +-1e9 are refused, so that no dyad's sum of tenths can overflow.
constexpr std::int64_t k_max_tenths = 10'000'000'000;

/// Adds the rows of one stretch of the file: actor ids in order of first
/// appearance in that stretch, and the yearly sums.
class RowSums {
public:
    explicit RowSums(Columns columns) : m_columns(columns) {}

    /// Adds one data record (with its quoted line breaks); the problem when it is not a valid row.
    std::optional<RowProblem> add(std::string_view record)
    {
        if (record.find('"') == std::string_view::npos) {
            const std::size_t width = split_fields(record, ',', m_fields);
            if (add(record, width)) return std::nullopt;
            return problem(record, width);
        }
        const std::optional<std::size_t> width = split_quoted(record, ',', m_decoded, m_fields);
        if (!width) return RowProblem{0, "a quoted field is not closed, or text follows its closing quote"};
        if (add(record, *width)) return std::nullopt;
        return problem(m_decoded, *width); // columns within the decoded record
    }

    /// Adds one data line already split into fields(); false when it is not a
    /// valid row. The hot path: no text, so that it inlines into the scan.
    bool add(std::string_view line, std::size_t width)
    {
        if (line.empty() || line.front() == '#') return true; // a blank or comment line
        if (width != m_columns.width) return false;
        const int year = year_of(m_fields[m_columns.date]);
        // k_not_a_weight is below -k_max_tenths: the range check refuses it too.
        const std::int64_t tenths = weight_or_goldstein(m_fields[m_columns.weight]);
        const std::uint64_t events = m_columns.count == k_no_column ? 1 : events_of(m_fields[m_columns.count]);
        const std::string_view source = m_fields[m_columns.source], target = m_fields[m_columns.target];
        // Also keeps weight * count within +-1e9, with no overflow on the way.
        const std::int64_t most = k_max_tenths / static_cast<std::int64_t>(std::max<std::uint64_t>(events, 1));
        if (year == k_not_a_year || events == 0 || tenths > most || tenths < -most || source.empty() || target.empty())
            return false;
        const std::uint32_t s = intern(source), t = intern(target);
        ++m_rows;
        if (s == t) return true;
        m_sums.reserve(m_actors.size());
        m_sums.add(year, std::min(s, t), std::max(s, t), tenths * static_cast<std::int64_t>(events), events);
        return true;
    }

    /// The weight field in tenths; when it is empty, the Goldstein weight of
    /// the row's code in the built-in CAMEO table (k_not_a_weight without one).
    std::int64_t weight_or_goldstein(std::string_view weight) const
    {
        if (!weight.empty() || m_columns.code == k_no_column) return weight_tenths(weight);
        const CameoTable& cameo = builtin_cameo_table();
        const std::optional<CodeIndex> code = cameo.find(m_fields[m_columns.code]);
        return code ? static_cast<std::int64_t>(std::nearbyint(cameo.at(*code).goldstein * 10.0)) : k_not_a_weight;
    }

    /// Why add(line, width) refused the line still split into fields().
    [[nodiscard]] RowProblem problem(std::string_view line, std::size_t width) const
    {
        if (width != m_columns.width) return {0, fmt::format("expected {} fields", m_columns.width)};
        const auto column_of = [&](std::string_view field) {
            return static_cast<std::size_t>(field.data() - line.data());
        };
        const std::string_view date = m_fields[m_columns.date], weight = m_fields[m_columns.weight];
        if (year_of(date) == k_not_a_year) return {column_of(date), fmt::format("'{}' is not a date", date)};
        const std::int64_t tenths = weight_or_goldstein(weight);
        if (weight.empty() && m_columns.code == k_no_column)
            return {column_of(weight), "no weight, and no code column to take a Goldstein weight from"};
        if (weight.empty()) {
            const std::string_view code = m_fields[m_columns.code];
            return {column_of(code), fmt::format("no weight, and code '{}' is not in the CAMEO table", code)};
        }
        if (tenths == k_not_a_weight) return {column_of(weight), fmt::format("'{}' is not a weight", weight)};
        if (tenths > k_max_tenths || tenths < -k_max_tenths)
            return {column_of(weight), fmt::format("weight '{}' is beyond +-1e9", weight)};
        if (m_columns.count != k_no_column) {
            const std::string_view count = m_fields[m_columns.count];
            const std::uint64_t events = events_of(count);
            if (events == 0)
                return {column_of(count), fmt::format("'{}' is not a count (a whole number from 1 to 1e9)", count)};
            if (tenths > k_max_tenths / static_cast<std::int64_t>(events) ||
                tenths < -k_max_tenths / static_cast<std::int64_t>(events))
                return {column_of(weight), fmt::format("weight '{}' times count {} is beyond +-1e9", weight, count)};
        }
        const std::string_view source = m_fields[m_columns.source];
        return source.empty() ? RowProblem{column_of(source), "no source actor"}
                              : RowProblem{column_of(m_fields[m_columns.target]), "no target actor"};
    }

    /// Adds the rows of `later`, a stretch that came after every row added here.
    void append(const RowSums& later)
    {
        std::vector<std::uint32_t> id_of;
        for (const std::string& actor : later.m_actors)
            id_of.push_back(intern(actor));
        m_sums.reserve(m_actors.size());
        m_sums.add_all(later.m_sums, id_of);
        m_rows += later.m_rows;
    }

    /// Where rows are split before add(line, width).
    std::span<std::string_view> fields() { return m_fields; }

    YearlyDyads finish() { return {std::move(m_actors), m_sums.finish(), m_rows}; }

private:
    std::uint32_t intern(std::string_view code)
    {
        return *m_cache.find(code, [&](std::string_view key) -> std::optional<std::uint32_t> {
            auto [it, added] = m_ids.try_emplace(std::string(key), static_cast<std::uint32_t>(m_actors.size()));
            if (added) m_actors.emplace_back(key);
            return it->second;
        });
    }

    Columns m_columns;
    std::array<std::string_view, 64> m_fields{};
    std::string m_decoded; // a quoted record's fields
    std::unordered_map<std::string, std::uint32_t> m_ids;
    ShortKeyCache<std::uint32_t> m_cache;
    std::vector<std::string> m_actors;
    DyadYearSums m_sums;
    std::uint64_t m_rows = 0;
};

/// One pass over any input (gzip, standard input, CR-only line ends); throws at the first bad row.
YearlyDyads read_in_one_pass(const std::string& path)
{
    ByteSource source(path);
    LineReader lines(source, std::size_t{1} << 16);
    std::string_view line;
    if (!lines.next(line)) throw InputError(fmt::format("{}:1:1: the file is empty", path));
    RowSums sums(read_header(line, path));
    std::string record; // a record whose quoted field spans lines
    while (lines.next(line)) {
        const std::uint64_t first_line = lines.line_number();
        std::string_view row = line;
        if (!line.starts_with('#') && line.find('"') != std::string_view::npos && leaves_quote_open(line)) {
            record.assign(line);
            while (leaves_quote_open(record)) {
                if (!lines.next(line))
                    throw InputError(
                        fmt::format("{}:{}:1: a quoted field is not closed by the end of the file", path, first_line));
                if (record.size() + line.size() >= LineReader::k_max_line_bytes)
                    throw InputError(fmt::format("{}:{}:1: a quoted record longer than {} bytes", path, first_line,
                                                 LineReader::k_max_line_bytes));
                record += '\n';
                record += line;
            }
            row = record;
        }
        if (const auto problem = sums.add(row))
            throw InputError(fmt::format("{}:{}:{}: {}", path, first_line, problem->column + 1, problem->message));
    }
    return sums.finish();
}

/// The header line of a plain file and the offset of the line after it; none
/// when the file is empty or its header ends with a lone CR (CR-only line ends).
std::optional<std::pair<std::string, std::uint64_t>> header_of(const ByteSource& file, std::uint64_t size)
{
    std::string head(static_cast<std::size_t>(std::min<std::uint64_t>(size, 1U << 16)), '\0');
    head.resize(file.read_at(0, head.data(), head.size()));
    const std::size_t lf = head.find('\n');
    if (lf == std::string::npos) return std::nullopt;
    std::string header = head.substr(0, lf);
    if (!header.empty() && header.back() == '\r') header.pop_back();
    if (header.find('\r') != std::string::npos) return std::nullopt;
    if (header.starts_with("\xEF\xBB\xBF")) header.erase(0, 3);
    return std::pair{header, lf + 1};
}

/// Each slice of a plain file read by its own thread, then the slices' sums
/// added in file order. None when any slice has a bad or overlong row, or a
/// lone CR: the one-pass reader then gives the exact error or reading.
std::optional<YearlyDyads> read_in_slices(const std::string& path, std::size_t threads)
{
    const ByteSource file(path);
    const std::optional<std::uint64_t> size = file.plain_size();
    if (!size) return std::nullopt;
    const auto header = header_of(file, *size);
    if (!header) return std::nullopt;
    const Columns columns = read_header(header->first, path);
    const std::vector<ByteRange> slices = line_slices(file, header->second, *size, threads);

    std::atomic<bool> failed{false};
    std::vector<RowSums> sums = parallel_map(slices.size(), threads, [&](std::size_t k) {
        RowSums slice(columns);
        try {
            SliceLines lines(file, slices[k]);
            if (!lines.for_each_row(
                    ',', slice.fields(), LineReader::k_max_line_bytes,
                    [&](std::string_view line, std::size_t width) { return !failed && slice.add(line, width); }))
                failed = true;
        } catch (const std::exception&) { // a read error or no memory: the one-pass reader reports it
            failed = true;
        }
        return slice;
    });
    if (failed) return std::nullopt;
    RowSums all(columns);
    for (const RowSums& slice : sums)
        all.append(slice);
    return all.finish();
}

} // namespace

YearlyDyads read_yearly_dyads(const std::string& path, std::size_t threads)
{
    if (threads > 1 && path != "-")
        if (std::optional<YearlyDyads> read = read_in_slices(path, threads)) return std::move(*read);
    return read_in_one_pass(path);
}

} // namespace entente::io
