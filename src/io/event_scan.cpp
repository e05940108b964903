#include "io/event_scan.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <fmt/format.h>
#include <numeric>
#include <optional>
#include <sstream>
#include <streambuf>
#include <unordered_set>

#include "core/errors.hpp"
#include "core/parallel_map.hpp"
#include "core/text.hpp"
#include "io/byte_source.hpp"
#include "io/csv_reader.hpp"
#include "io/event_row_parser.hpp"
#include "io/line_slices.hpp"
#include "io/table_reader.hpp"

namespace entente::io {
namespace {

/// A ByteSource as a stream, for the CSV reader of the one-pass path.
class ByteSourceBuffer : public std::streambuf {
public:
    explicit ByteSourceBuffer(ByteSource& source) : m_source(source), m_buffer(std::size_t{1} << 18) {}

protected:
    int_type underflow() override
    {
        const std::size_t got = m_source.read(m_buffer.data(), m_buffer.size());
        if (got == 0) return traits_type::eof();
        setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + got);
        return traits_type::to_int_type(m_buffer.front());
    }

private:
    ByteSource& m_source;
    std::vector<char> m_buffer;
};

/// The whole file in one pass, through the CSV reader that handles every case.
ScanOutcome scan_in_one_pass(const std::string& path, ActorSource source, ActorRegistry& actors,
                             const CameoTable& cameo, Diagnostics& diagnostics, const ScanCallbacks& callbacks)
{
    callbacks.prepare(1);
    ByteSource bytes(path);
    ByteSourceBuffer buffer(bytes);
    std::istream in(&buffer);
    ScanOutcome outcome{1, {}, {0}, 0};
    const auto sink = [&](const EventRow& row) {
        ++outcome.rows;
        callbacks.row(0, row);
    };
    if (source == ActorSource::events)
        read_bare_events(in, path, actors, cameo, diagnostics, sink);
    else
        read_events(in, path, actors, cameo, diagnostics, sink);
    std::vector<ActorIndex> identity(actors.size());
    std::iota(identity.begin(), identity.end(), ActorIndex{0});
    outcome.actor_of.push_back(std::move(identity));
    return outcome;
}

/// The header of a plain file as the CSV reader reads it, and where the rows start.
struct Header {
    std::vector<int> position; ///< field index of each column of event_columns(), -1 when absent
    std::size_t width = 0;
    int line = 0; ///< the header's line: the lines before the first row
    std::uint64_t rows_start = 0;
    Diagnostics diagnostics; ///< what reading the header found (unknown or missing columns)
    bool ok = false;         ///< rows can be read
};

/// Reads the header when the file starts plainly (no UTF-16 or UTF-32 mark,
/// no quote, CR or NUL before the first row, the header within the first
/// MiB); none otherwise, and the one-pass reader takes the file.
std::optional<Header> plain_header(const ByteSource& file, std::uint64_t size, const std::string& path)
{
    std::string head(static_cast<std::size_t>(std::min<std::uint64_t>(size, CsvReader::k_max_record_bytes)), '\0');
    head.resize(file.read_at(0, head.data(), head.size()));
    std::size_t pos = head.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF") || head.starts_with(std::string("\0\0", 2)))
        return std::nullopt;
    // Blank and comment lines may come before the header.
    for (;;) {
        const std::size_t lf = head.find('\n', pos);
        if (lf == std::string::npos) return std::nullopt;
        const std::string_view line = std::string_view(head).substr(pos, lf - pos);
        if (line.find_first_of(std::string_view("\"\0", 2)) != std::string_view::npos) return std::nullopt;
        if (line.find('\r') != std::string_view::npos && line.find('\r') + 1 != line.size()) return std::nullopt;
        pos = lf + 1;
        if (!line.empty() && line != "\r" && line.front() != '#') break;
    }
    Header header;
    std::istringstream in(head.substr(0, pos));
    TableReader table(in, path, header.diagnostics, event_columns());
    header.ok = table.ok();
    for (std::size_t c = 0; c < event_columns().size(); ++c)
        header.position.push_back(table.position(c));
    header.width = table.width();
    header.line = table.header_line();
    header.rows_start = pos;
    return header;
}

/// One row of a slice, as the row parser reads it.
class SliceRow {
public:
    SliceRow(const std::string& path, const std::vector<int>& position, Diagnostics& diagnostics)
        : m_path(path), m_position(position), m_diagnostics(diagnostics)
    {
    }

    void set(std::span<const std::string_view> fields, int line)
    {
        m_fields = fields;
        m_line = line;
    }
    [[nodiscard]] std::string_view get(std::size_t column) const
    {
        const int p = m_position[column];
        return p < 0 ? std::string_view{} : m_fields[static_cast<std::size_t>(p)];
    }
    [[nodiscard]] int line() const { return m_line; }
    void error(std::size_t column, std::string message)
    {
        m_diagnostics.error(m_path, m_line, m_position[column] + 1, std::move(message));
    }

private:
    const std::string& m_path;
    const std::vector<int>& m_position;
    Diagnostics& m_diagnostics;
    std::span<const std::string_view> m_fields;
    int m_line = 0;
};

/// What one slice read. Slices sit side by side and their counters change
/// on every row, so each takes whole cache lines of its own.
struct alignas(64) Slice {
    Diagnostics diagnostics;
    ActorRegistry actors; ///< ActorSource::events: the slice's own numbering
    std::vector<std::string> not_countries;
    std::uint32_t lines = 0;   ///< lines read, counted from the slice's start
    std::uint64_t records = 0; ///< records, valid or not (blank and comment lines aside)
    std::uint64_t rows = 0;    ///< valid rows
    bool refused = false;      ///< a line the one-pass reader must take
};

/// Reads one slice; stops early (refused) at a line it cannot take, or when another slice did.
template <class Actors>
void read_slice(const ByteSource& file, ByteRange range, const std::string& path, const Header& header,
                const CameoTable& cameo, Actors& actors, Slice& slice, std::size_t part, const ScanCallbacks& callbacks,
                const std::atomic<bool>& stop)
{
    SliceLines lines(file, range);
    std::array<std::string_view, CsvReader::k_max_fields + 1> fields{};
    SliceRow fields_of_row(path, header.position, slice.diagnostics);
    EventRowParser parser(cameo);
    EventRow row;
    const bool read_all = lines.for_each_row(
        ',', fields, CsvReader::k_max_record_bytes - 2, [&](std::string_view line, std::size_t count, bool ascii) {
            const int number = static_cast<int>(++slice.lines);
            if (line.empty() || line.front() == '#') return true; // a blank or comment line
            if (stop || count >= CsvReader::k_max_fields || (!ascii && first_invalid_utf8(line) != line.npos))
                return false;
            ++slice.records;
            if (count != header.width) {
                const int column = static_cast<int>(std::min(count, header.width)) + 1;
                slice.diagnostics.error(
                    path, number, column,
                    fmt::format("row has {} field{}; the header has {}", count, count == 1 ? "" : "s", header.width));
                return true;
            }
            fields_of_row.set(std::span<const std::string_view>(fields.data(), count), number);
            if (parser.parse(fields_of_row, actors, row, &callbacks.wanted)) {
                ++slice.rows;
                row.offset = lines.offset_of(line);
                callbacks.row(part, row);
            }
            return true;
        });
    slice.refused = !read_all;
}

/// The file in parallel slices; none when a slice met a line it cannot take.
std::optional<ScanOutcome> scan_in_slices(const ByteSource& file, std::uint64_t size, const std::string& path,
                                          ActorSource source, ActorRegistry& actors, const CameoTable& cameo,
                                          Diagnostics& diagnostics, std::size_t threads, const ScanCallbacks& callbacks)
{
    std::optional<Header> header = plain_header(file, size, path);
    if (!header) return std::nullopt;
    if (!header->ok) { // the one-pass reader would stop at the header too
        callbacks.prepare(1);
        diagnostics.append(header->diagnostics);
        return ScanOutcome{1, {{}}, {0}, 0};
    }
    const std::vector<ByteRange> ranges = line_slices(file, header->rows_start, size, threads);
    callbacks.prepare(std::max<std::size_t>(ranges.size(), 1));
    std::vector<Slice> slices(ranges.size());
    std::atomic<bool> stop{false};
    parallel_map(ranges.size(), threads, [&](std::size_t k) {
        Slice& slice = slices[k];
        if (source == ActorSource::events) {
            ActorsFromEvents found(slice.actors, [&](ActorIndex actor, std::string_view id) {
                if (callbacks.actor_named) callbacks.actor_named(k, actor, id);
            });
            read_slice(file, ranges[k], path, *header, cameo, found, slice, k, callbacks, stop);
            slice.not_countries = found.not_countries();
        } else {
            KnownActors known(actors);
            read_slice(file, ranges[k], path, *header, cameo, known, slice, k, callbacks, stop);
        }
        if (slice.refused) stop = true;
        return 0;
    });
    if (stop) return std::nullopt;

    ScanOutcome outcome;
    outcome.parts = std::max<std::size_t>(ranges.size(), 1);
    outcome.text_columns = header->position[c_summary] >= 0 || header->position[c_ref] >= 0;
    diagnostics.append(header->diagnostics);
    std::uint32_t base = static_cast<std::uint32_t>(header->line);
    std::uint64_t records = 0;
    std::vector<std::string> not_countries;
    std::unordered_set<std::string> listed;
    for (Slice& slice : slices) {
        outcome.line_base.push_back(base);
        diagnostics.append(slice.diagnostics, static_cast<int>(base));
        base += slice.lines;
        records += slice.records;
        outcome.rows += slice.rows;
        std::vector<ActorIndex> actor_of;
        if (source == ActorSource::events) {
            for (const Actor& actor : slice.actors.all()) {
                const auto known = actors.find(actor.id);
                actor_of.push_back(known ? *known : *actors.add(actor));
            }
            for (std::string& id : slice.not_countries)
                if (listed.insert(id).second) not_countries.push_back(std::move(id));
        } else {
            actor_of.resize(actors.size());
            std::iota(actor_of.begin(), actor_of.end(), ActorIndex{0});
        }
        outcome.actor_of.push_back(std::move(actor_of));
    }
    if (ranges.empty()) {
        outcome.line_base.push_back(base);
        outcome.actor_of.emplace_back();
    }
    if (records == 0) diagnostics.warning(path, 0, 0, "no rows after the header");
    if (const auto warning = not_countries_warning(not_countries)) diagnostics.warning(path, 0, 0, *warning);
    return outcome;
}

} // namespace

ScanOutcome scan_events(const std::string& path, ActorSource source, ActorRegistry& actors, const CameoTable& cameo,
                        Diagnostics& diagnostics, std::size_t threads, const ScanCallbacks& callbacks)
{
    {
        const ByteSource file(path);
        if (const std::optional<std::uint64_t> size = file.plain_size())
            if (auto outcome =
                    scan_in_slices(file, *size, path, source, actors, cameo, diagnostics, threads, callbacks))
                return std::move(*outcome);
    }
    return scan_in_one_pass(path, source, actors, cameo, diagnostics, callbacks);
}

std::vector<RowText> read_row_texts(const std::string& path, const std::vector<std::uint64_t>& offsets)
{
    std::vector<RowText> texts(offsets.size());
    if (offsets.empty()) return texts;
    const ByteSource file(path);
    const std::optional<std::uint64_t> size = file.plain_size();
    const std::optional<Header> header = size ? plain_header(file, *size, path) : std::nullopt;
    if (!header || !header->ok) throw InputError(fmt::format("{}: changed while it was read", path));
    const int summary = header->position[c_summary], ref = header->position[c_ref];
    if (summary < 0 && ref < 0) return texts;
    std::string line;
    for (std::size_t k = 0; k < offsets.size(); ++k) {
        // The line, read a block at a time until its LF (a slice's lines are within the CSV reader's bound).
        line.clear();
        char block[4096];
        for (std::uint64_t at = offsets[k]; line.size() <= CsvReader::k_max_record_bytes;) {
            const std::size_t got = file.read_at(at, block, sizeof block);
            const std::string_view read(block, got);
            const std::size_t lf = read.find('\n');
            line.append(read.substr(0, lf));
            if (got == 0 || lf != std::string_view::npos) break;
            at += got;
        }
        if (line.ends_with('\r')) line.pop_back();
        const std::vector<std::string> fields = split(line, ',');
        if (summary >= 0 && static_cast<std::size_t>(summary) < fields.size())
            texts[k].summary = fields[static_cast<std::size_t>(summary)];
        if (ref >= 0 && static_cast<std::size_t>(ref) < fields.size())
            texts[k].ref = fields[static_cast<std::size_t>(ref)];
    }
    return texts;
}

} // namespace entente::io
