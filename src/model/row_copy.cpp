#include "model/row_copy.hpp"

#include <array>
#include <cmath>
#include <cstring>
#include <optional>

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
constexpr std::size_t k_chunk = std::size_t{1} << 20;
constexpr std::size_t k_remembered_actors = 1024; ///< a part's answers on pairs take at most 4 MiB

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

/// One part's records, gathered in a buffer and appended to its scratch file a chunk at a time.
struct RowCopy::Part {
    ScratchFile file;
    std::vector<unsigned char> buffer = std::vector<unsigned char>(k_chunk + k_max_record);
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

RowCopy::RowCopy(std::size_t parts)
{
    for (std::size_t p = 0; p < parts; ++p)
        m_parts.push_back(std::make_unique<Part>());
}

RowCopy::~RowCopy() = default;

void RowCopy::add(std::size_t part_index, const io::EventRow& row)
{
    Part& part = *m_parts[part_index];
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
    if (part.used >= k_chunk) part.flush();
}

void RowCopy::finish(const io::ScanOutcome& reading)
{
    for (auto& part : m_parts) {
        part->flush();
        std::vector<unsigned char>().swap(part->buffer); // nothing is added once finished
    }
    m_reading = reading;
    m_finished = true;
}

bool RowCopy::usable() const
{
    if (!m_finished || m_reading.parts != m_parts.size()) return false;
    for (const auto& part : m_parts)
        if (part->failed) return false;
    return true;
}

template <class Pick, class Use> void RowCopy::decode(std::size_t p, Pick pick, Use use) const
{
    const Part& part = *m_parts[p];
    std::vector<unsigned char> chunk(k_chunk + k_max_record);
    std::uint64_t at = 0;
    std::size_t held = 0;
    std::uint64_t rows = 0;
    std::uint32_t line = 0;
    std::uint64_t offset = 0;
    io::EventRow row;
    row.text_left = m_reading.text_columns; // a file without texts has none to read back
    while (rows < part.rows) {
        // Keep a whole record's bytes ahead of the reader.
        const std::size_t got = part.file.read_at(at, chunk.data() + held, k_chunk);
        at += got;
        held += got;
        Reader in(chunk.data());
        const unsigned char* const stop = chunk.data() + held;
        const bool last = got == 0 || at == part.file.size();
        while (rows < part.rows && (last || stop - in.at() >= static_cast<std::ptrdiff_t>(k_max_record))) {
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
            line += static_cast<std::uint32_t>(in.varint());
            offset += in.varint();
            ++rows;
            if (!pick(row.source, row.target)) continue;
            row.mutual = (flags & k_mutual) != 0U;
            row.per_year = (flags & k_per_year) != 0U;
            row.interval = {row.date.interval.start, row.end ? row.end->interval.end : row.date.interval.end};
            row.line = line;
            row.offset = offset;
            use(row);
        }
        held = static_cast<std::size_t>(stop - in.at());
        std::memmove(chunk.data(), in.at(), held);
        if (last) break;
    }
}

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

io::ScanOutcome RowCopy::read(std::size_t threads, std::size_t actors, const io::ScanCallbacks& callbacks) const
{
    callbacks.prepare(m_parts.size());
    parallel_map(m_parts.size(), threads, [&](std::size_t p) {
        const std::vector<ActorIndex>& actor_of = m_reading.actor_of[p];
        PairAnswers wanted(actor_of, [&](ActorIndex source, ActorIndex target) {
            return static_cast<std::uint32_t>(!callbacks.wanted || callbacks.wanted(source, target));
        });
        decode(
            p, [&](ActorIndex source, ActorIndex target) { return !callbacks.wanted || wanted(source, target) != 0; },
            [&](io::EventRow& row) {
                row.source = actor_of[row.source];
                row.target = actor_of[row.target];
                callbacks.row(p, row);
            });
        return 0;
    });
    io::ScanOutcome outcome;
    outcome.parts = m_parts.size();
    outcome.line_base = m_reading.line_base;
    for (const auto& part : m_parts)
        outcome.rows += part->rows; // the rows kept: a reading may leave some out (Dataset::keeps)
    return with_registry_actors(outcome, actors);
}

std::vector<std::unique_ptr<RowCopy>> RowCopy::split(std::size_t threads, std::size_t actors, std::size_t groups,
                                                     const GroupOf& group_of) const
{
    std::vector<std::unique_ptr<RowCopy>> copies;
    for (std::size_t g = 0; g < groups; ++g)
        copies.push_back(std::make_unique<RowCopy>(m_parts.size()));
    parallel_map(m_parts.size(), threads, [&](std::size_t p) {
        const std::vector<ActorIndex>& actor_of = m_reading.actor_of[p];
        PairAnswers group(actor_of, [&](ActorIndex source, ActorIndex target) {
            return static_cast<std::uint32_t>(std::min<std::size_t>(group_of(source, target), groups));
        });
        decode(
            p, [&](ActorIndex source, ActorIndex target) { return group(source, target) < groups; },
            [&](io::EventRow& row) {
                const std::uint32_t g = group(row.source, row.target);
                row.source = actor_of[row.source];
                row.target = actor_of[row.target];
                copies[g]->encode(*copies[g]->m_parts[p], row);
            });
        return 0;
    });
    const io::ScanOutcome reading = with_registry_actors(m_reading, actors);
    for (auto& copy : copies)
        copy->finish(reading);
    return copies;
}

} // namespace entente::model
