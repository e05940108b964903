#include "model/row_copy.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <stdexcept>

#include "core/parallel_map.hpp"
#include "io/field_parsers.hpp"

namespace entente::model {
namespace {

// A row's record: two bytes of flags, then its fields, integers as varints
// (7 bits a byte), signed ones zigzagged, the line and its offset as steps
// from the part's previous row.
constexpr unsigned k_has_end = 1U << 2U;
constexpr unsigned k_mutual = 1U << 5U;
constexpr unsigned k_per_year = 1U << 6U;
constexpr unsigned k_wide_actors = 1U << 7U; ///< actors as 4 bytes, not 2
constexpr unsigned k_weight_f64 = 1U << 8U;  ///< the weight's 8 bytes, not a count of tenths
constexpr unsigned k_has_count = 1U << 9U;   ///< a count other than 1
constexpr std::size_t k_max_record = 64;     // flags, start, length, end (2), actors, code, weight, count, line, offset
constexpr std::size_t k_chunk = std::size_t{1} << 20;       ///< bytes read at a time
constexpr std::size_t k_least_chunk = std::size_t{1} << 16; ///< bytes written at a time at least
constexpr std::size_t k_remembered_actors = 1024;           ///< a part's answers on pairs take at most 4 MiB

std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1U) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1U) ^ -static_cast<std::int64_t>(v & 1U);
}

class Writer {
public:
    explicit Writer(unsigned char* p) : m_p(p) {}
    void byte(unsigned v) { *m_p++ = static_cast<unsigned char>(v); }
    void varint(std::uint64_t v)
    {
        for (; v >= 0x80U; v >>= 7U)
            byte(static_cast<unsigned>(v & 0x7FU) | 0x80U);
        byte(static_cast<unsigned>(v));
    }
    template <typename T> void raw(T v)
    {
        std::memcpy(m_p, &v, sizeof v);
        m_p += sizeof v;
    }
    [[nodiscard]] unsigned char* at() const { return m_p; }

private:
    unsigned char* m_p;
};

class Reader {
public:
    explicit Reader(const unsigned char* p) : m_p(p) {}
    unsigned byte() { return *m_p++; }
    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (unsigned shift = 0;; shift += 7U) {
            const unsigned b = byte();
            v |= static_cast<std::uint64_t>(b & 0x7FU) << shift;
            if (b < 0x80U) return v;
        }
    }
    template <typename T> T raw()
    {
        T v;
        std::memcpy(&v, m_p, sizeof v);
        m_p += sizeof v;
        return v;
    }
    [[nodiscard]] const unsigned char* at() const { return m_p; }

private:
    const unsigned char* m_p;
};

/// The weight as a whole number of tenths when that gives back the same double (most weights).
std::optional<std::int64_t> tenths(double weight)
{
    if (!(std::abs(weight) < 1e12)) return std::nullopt;
    const auto k = static_cast<std::int64_t>(std::llround(weight * 10.0));
    if (static_cast<double>(k) / 10.0 != weight) return std::nullopt;
    return k;
}

} // namespace

/// One part's records (or its rows' groups), gathered in a buffer and
/// appended to its scratch file `chunk` bytes at a time. Parts are written
/// at once by the reading's threads, so each takes cache lines of its own.
struct alignas(64) RowCopy::Part {
    explicit Part(std::size_t chunk_) : chunk(chunk_) {}

    ScratchFile file;
    std::size_t chunk;
    std::vector<unsigned char> buffer = std::vector<unsigned char>(chunk + k_max_record);
    std::size_t used = 0;
    std::uint32_t last_line = 0;
    std::uint64_t last_offset = 0;
    std::uint64_t rows = 0;
    bool failed = !file.valid();

    void flush()
    {
        if (!failed && used > 0 && !file.append(buffer.data(), used)) failed = true;
        used = 0;
    }
};

RowCopy::RowCopy(std::size_t parts, std::size_t groups)
    : m_reading_parts(parts), m_groups(std::clamp<std::size_t>(groups, 1, k_max_groups))
{
    // A part's buffers together take about a chunk, so that a reading
    // writing every group at once keeps them in the cache.
    const std::size_t chunk = std::max(k_chunk / (m_groups + (m_groups > 1 ? 1 : 0)), k_least_chunk);
    for (std::size_t k = 0; k < m_groups * parts; ++k)
        m_parts.push_back(std::make_unique<Part>(chunk));
    for (std::size_t p = 0; m_groups > 1 && p < parts; ++p)
        m_sequences.push_back(std::make_unique<Part>(chunk));
}

RowCopy::~RowCopy() = default;

void RowCopy::add(std::size_t part_index, const io::EventRow& row, std::size_t group)
{
    Part& part = *m_parts[group * m_reading_parts + part_index];
    if (m_groups > 1) {
        // Which group each row went to, in the part's order: a whole reading follows it back.
        Part& sequence = *m_sequences[part_index];
        sequence.buffer[sequence.used++] = static_cast<unsigned char>(group);
        ++sequence.rows;
        if (sequence.used >= sequence.chunk) sequence.flush();
    }
    if (part.failed) return;
    if (row.offset == io::EventRow::k_no_offset || row.text_left || row.line < part.last_line ||
        row.offset < part.last_offset) {
        part.failed = true; // a row that could not find its text again
        return;
    }
    encode(part, row);
}

void RowCopy::encode(Part& part, const io::EventRow& row)
{
    if (part.failed) return;
    const std::optional<std::int64_t> weight = tenths(row.weight);
    const bool wide = row.source > 0xFFFFU || row.target > 0xFFFFU;
    unsigned flags = static_cast<unsigned>(row.date.precision);
    if (row.end) flags |= k_has_end | (static_cast<unsigned>(row.end->precision) << 3U);
    if (row.mutual) flags |= k_mutual;
    if (row.per_year) flags |= k_per_year;
    if (wide) flags |= k_wide_actors;
    if (!weight) flags |= k_weight_f64;
    if (row.count != 1) flags |= k_has_count;

    Writer out(part.buffer.data() + part.used);
    out.raw(static_cast<std::uint16_t>(flags));
    out.raw(static_cast<std::int32_t>(row.date.interval.start));
    out.varint(static_cast<std::uint64_t>(row.date.interval.length()));
    if (row.end) {
        out.varint(zigzag(static_cast<std::int64_t>(row.end->interval.start) - row.date.interval.start));
        out.varint(static_cast<std::uint64_t>(row.end->interval.length()));
    }
    if (wide) {
        out.raw(row.source);
        out.raw(row.target);
    } else {
        out.raw(static_cast<std::uint16_t>(row.source));
        out.raw(static_cast<std::uint16_t>(row.target));
    }
    out.raw(row.code);
    if (weight)
        out.varint(zigzag(*weight));
    else
        out.raw(row.weight);
    if (row.count != 1) out.varint(row.count);
    out.varint(row.line - part.last_line);
    out.varint(row.offset - part.last_offset);
    part.last_line = row.line;
    part.last_offset = row.offset;
    ++part.rows;
    part.used = static_cast<std::size_t>(out.at() - part.buffer.data());
    if (part.used >= part.chunk) part.flush();
}

void RowCopy::finish(const io::ScanOutcome& reading)
{
    for (auto* parts : {&m_parts, &m_sequences})
        for (auto& part : *parts) {
            part->flush();
            std::vector<unsigned char>().swap(part->buffer); // nothing is added once finished
        }
    m_reading = reading;
    m_finished = true;
}

bool RowCopy::usable() const
{
    if (!m_finished || m_reading.parts != m_reading_parts) return false;
    for (const auto* parts : {&m_parts, &m_sequences})
        for (const auto& part : *parts)
            if (part->failed) return false;
    return true;
}

/// Reads one part of one group back, record by record, a chunk of its scratch file at a time.
class RowCopy::Cursor {
public:
    /// Reads `chunk` bytes at a time.
    Cursor(const Part& part, bool text_left, std::size_t chunk) : m_part(&part), m_chunk(chunk + k_max_record)
    {
        m_row.text_left = text_left;
    }

    /// The next row, its actors the reading part's own (the caller may change
    /// it: the next call overwrites it); nullptr past the last.
    io::EventRow* next()
    {
        if (m_rows == m_part->rows) return nullptr;
        // Keep a whole record's bytes ahead of the reader.
        if (!m_last && m_held - m_pos < k_max_record) refill();
        Reader in(m_chunk.data() + m_pos);
        io::EventRow& row = m_row;
        const unsigned flags = in.raw<std::uint16_t>();
        row.date.precision = static_cast<DatePrecision>(flags & 3U);
        row.date.interval.start = in.raw<std::int32_t>();
        row.date.interval.end = row.date.interval.start + static_cast<Day>(in.varint());
        row.end.reset();
        if ((flags & k_has_end) != 0U) {
            PartialDate end;
            end.precision = static_cast<DatePrecision>((flags >> 3U) & 3U);
            end.interval.start = row.date.interval.start + static_cast<Day>(unzigzag(in.varint()));
            end.interval.end = end.interval.start + static_cast<Day>(in.varint());
            row.end = end;
        }
        if ((flags & k_wide_actors) != 0U) {
            row.source = in.raw<ActorIndex>();
            row.target = in.raw<ActorIndex>();
        } else {
            row.source = in.raw<std::uint16_t>();
            row.target = in.raw<std::uint16_t>();
        }
        row.code = in.raw<CodeIndex>();
        row.weight = (flags & k_weight_f64) != 0U ? in.raw<double>() : io::tenths_value(unzigzag(in.varint()));
        row.count = (flags & k_has_count) != 0U ? static_cast<std::uint32_t>(in.varint()) : 1U;
        m_line += static_cast<std::uint32_t>(in.varint());
        m_offset += in.varint();
        row.mutual = (flags & k_mutual) != 0U;
        row.per_year = (flags & k_per_year) != 0U;
        row.interval = {row.date.interval.start, row.end ? row.end->interval.end : row.date.interval.end};
        row.line = m_line;
        row.offset = m_offset;
        m_pos = static_cast<std::size_t>(in.at() - m_chunk.data());
        ++m_rows;
        return &m_row;
    }

private:
    void refill()
    {
        m_held -= m_pos;
        std::memmove(m_chunk.data(), m_chunk.data() + m_pos, m_held);
        m_pos = 0;
        const std::size_t got = m_part->file.read_at(m_at, m_chunk.data() + m_held, m_chunk.size() - k_max_record);
        m_at += got;
        m_held += got;
        m_last = got == 0 || m_at == m_part->file.size();
    }

    const Part* m_part;
    std::vector<unsigned char> m_chunk;
    std::size_t m_pos = 0, m_held = 0; ///< the next record's place in the chunk, and the bytes the chunk holds
    std::uint64_t m_at = 0;            ///< the file's bytes read so far
    std::uint64_t m_rows = 0;          ///< records decoded so far
    std::uint32_t m_line = 0;
    std::uint64_t m_offset = 0;
    bool m_last = false; ///< the chunk holds the file's last byte
    io::EventRow m_row;
};

namespace {

/// What a reading of one part decides for each pair of its actors (whether
/// it wants the pair's rows, which group they go to), worked out once a pair
/// rather than once a row: it is the same answer.
template <class Answer> class PairAnswers {
public:
    PairAnswers(const std::vector<ActorIndex>& actor_of, Answer answer)
        : m_actor_of(actor_of), m_actors(actor_of.size()), m_answer(std::move(answer)),
          m_known(m_actors <= k_remembered_actors ? m_actors * m_actors : 0, k_unknown)
    {
    }
    /// The answer for the part's actors `source` and `target`.
    std::uint32_t operator()(ActorIndex source, ActorIndex target)
    {
        if (m_known.empty()) return m_answer(m_actor_of[source], m_actor_of[target]);
        std::uint32_t& known = m_known[std::size_t{source} * m_actors + target];
        if (known == k_unknown) known = m_answer(m_actor_of[source], m_actor_of[target]);
        return known;
    }

private:
    static constexpr std::uint32_t k_unknown = ~std::uint32_t{0};
    const std::vector<ActorIndex>& m_actor_of;
    std::size_t m_actors;
    Answer m_answer;
    std::vector<std::uint32_t> m_known;
};

/// The outcome of a reading that gave registry actors: actor_of is the identity.
io::ScanOutcome with_registry_actors(io::ScanOutcome outcome, std::size_t actors)
{
    std::vector<ActorIndex> identity(actors);
    for (std::size_t i = 0; i < actors; ++i)
        identity[i] = static_cast<ActorIndex>(i);
    outcome.actor_of.assign(outcome.parts, identity);
    return outcome;
}

} // namespace

std::uint64_t RowCopy::rows(std::size_t group, std::size_t p) const
{
    return part(group, p).rows;
}

void RowCopy::read_part(std::size_t p, std::vector<Cursor>& cursors, const io::ScanCallbacks& callbacks) const
{
    const std::vector<ActorIndex>& actor_of = m_reading.actor_of[p];
    PairAnswers wanted(actor_of, [&](ActorIndex source, ActorIndex target) {
        return static_cast<std::uint32_t>(!callbacks.wanted || callbacks.wanted(source, target));
    });
    const auto hand_out = [&](io::EventRow& row) {
        if (callbacks.wanted && wanted(row.source, row.target) == 0) return;
        row.source = actor_of[row.source];
        row.target = actor_of[row.target];
        callbacks.row(p, row);
    };
    if (cursors.size() == 1) {
        while (io::EventRow* row = cursors.front().next())
            hand_out(*row);
        return;
    }
    // The groups in the order the part's rows went to them.
    const Part& sequence = *m_sequences[p];
    std::vector<unsigned char> groups(sequence.chunk);
    for (std::uint64_t at = 0; at < sequence.rows;) {
        const std::size_t got = sequence.file.read_at(at, groups.data(), groups.size());
        if (got == 0) throw std::runtime_error("a row copy's scratch file ended early");
        for (std::size_t k = 0; k < got; ++k) {
            io::EventRow* row = cursors[groups[k]].next();
            if (!row) throw std::runtime_error("a row copy's group ended early");
            hand_out(*row);
        }
        at += got;
    }
}

io::ScanOutcome RowCopy::outcome(std::size_t actors, std::uint64_t rows) const
{
    io::ScanOutcome outcome;
    outcome.parts = m_reading_parts;
    outcome.line_base = m_reading.line_base;
    outcome.rows = rows;
    return with_registry_actors(outcome, actors);
}

io::ScanOutcome RowCopy::read(std::size_t threads, std::size_t actors, const io::ScanCallbacks& callbacks) const
{
    callbacks.prepare(m_reading_parts);
    parallel_map(m_reading_parts, threads, [&](std::size_t p) {
        // The cursors' chunks together take about one, as the writers' buffers did.
        std::vector<Cursor> cursors;
        for (std::size_t g = 0; g < m_groups; ++g)
            cursors.emplace_back(part(g, p), m_reading.text_columns, part(g, p).chunk);
        read_part(p, cursors, callbacks);
        return 0;
    });
    std::uint64_t rows = 0; // the rows kept: a reading may leave some out (Dataset::keeps)
    for (const auto& kept : m_parts)
        rows += kept->rows;
    return outcome(actors, rows);
}

io::ScanOutcome RowCopy::read_group(std::size_t group, std::size_t threads, std::size_t actors,
                                    const io::ScanCallbacks& callbacks) const
{
    callbacks.prepare(m_reading_parts);
    parallel_map(m_reading_parts, threads, [&](std::size_t p) {
        std::vector<Cursor> cursors;
        cursors.emplace_back(part(group, p), m_reading.text_columns, k_chunk);
        read_part(p, cursors, callbacks);
        return 0;
    });
    std::uint64_t kept = 0;
    for (std::size_t p = 0; p < m_reading_parts; ++p)
        kept += rows(group, p);
    return outcome(actors, kept);
}

} // namespace entente::model
