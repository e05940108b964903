#include "model/event_store.hpp"

#include <algorithm>
#include <numeric>

#include "core/dyad_index.hpp"
#include "core/parallel_map.hpp"
#include "io/dataset_reader.hpp"

namespace entente::model {
namespace {

/// Rows below which a thread more costs more than it gathers.
constexpr std::size_t k_rows_a_thread = std::size_t{1} << 16;

template <typename T> void permute(std::vector<T>& column, const std::vector<EventIndex>& order, std::size_t threads)
{
    if (column.empty()) return;
    std::vector<T> sorted(column.size());
    // One column at a time, its rows in ranges, one a thread: the memory held
    // beyond the store is one column however many threads gather.
    const std::size_t ranges = std::min(threads, 1 + column.size() / k_rows_a_thread);
    parallel_map(ranges, ranges, [&](std::size_t r) {
        const std::size_t end = (r + 1) * order.size() / ranges;
        for (std::size_t k = r * order.size() / ranges; k < end; ++k)
            sorted[k] = column[order[k]];
        return 0;
    });
    column = std::move(sorted);
}

PartialDate make_date(Day start, std::uint8_t precision)
{
    const auto p = static_cast<DatePrecision>(precision);
    Day end = start + 1;
    if (p == DatePrecision::month) end = add_months(start, 1);
    if (p == DatePrecision::year) end = add_months(start, 12);
    return {{start, end}, p};
}

} // namespace

PartialDate EventStore::date(EventIndex e) const
{
    return make_date(m_start[e], m_precision[e] & 3U);
}

std::optional<PartialDate> EventStore::end_date(EventIndex e) const
{
    const unsigned end_code = (m_precision[e] >> 2U) & 3U;
    if (end_code == 0) return std::nullopt;
    return make_date(m_end_date_start[e], static_cast<std::uint8_t>(end_code - 1));
}

std::string EventStore::date_text(EventIndex e) const
{
    std::string text = format_date(date(e));
    if (const auto end = end_date(e)) text += ".." + format_date(*end);
    return text;
}

std::string_view EventStore::summary(EventIndex e) const
{
    if (m_text_offset.empty()) return {};
    return std::string_view(m_text).substr(m_text_offset[e], m_summary_length[e]);
}

std::string_view EventStore::ref(EventIndex e) const
{
    if (m_text_offset.empty()) return {};
    return std::string_view(m_text).substr(m_text_offset[e] + m_summary_length[e], m_ref_length[e]);
}

io::EventRow EventStore::row(EventIndex e) const
{
    io::EventRow row;
    row.date = date(e);
    row.end = end_date(e);
    row.interval = interval(e);
    row.source = m_source[e];
    row.target = m_target[e];
    row.code = m_code[e];
    row.weight = m_weight[e];
    row.count = count(e);
    row.mutual = mutual(e);
    row.per_year = per_year(e);
    row.summary = summary(e);
    row.ref = ref(e);
    row.line = m_line[e];
    if (!m_text_at.empty() && m_text_at[e] != io::EventRow::k_no_offset) {
        row.offset = m_text_at[e];
        row.text_left = true;
    }
    return row;
}

Interval EventStore::span() const
{
    if (m_start.empty()) return {0, 0};
    return {m_start.front(), m_max_end};
}

void EventStoreBuilder::reserve_for_file(std::uintmax_t bytes)
{
    // Real rows take at least 16 bytes (`1990,ECU,COL,01` and a line end);
    // past that guess, and past 64 million events, the columns grow as usual.
    reserve(static_cast<std::size_t>(std::min<std::uintmax_t>(bytes / 16, std::uintmax_t{1} << 26)));
}

void EventStoreBuilder::reserve(std::size_t events)
{
    EventStore& s = m_store;
    s.m_start.reserve(events);
    s.m_end.reserve(events);
    s.m_source.reserve(events);
    s.m_target.reserve(events);
    s.m_code.reserve(events);
    s.m_precision.reserve(events);
    s.m_weight.reserve(events);
    s.m_line.reserve(events);
}

void EventStoreBuilder::add(const io::EventRow& row)
{
    EventStore& s = m_store;
    s.m_start.push_back(row.interval.start);
    s.m_end.push_back(row.interval.end);
    s.m_source.push_back(row.source);
    s.m_target.push_back(row.target);
    s.m_code.push_back(row.code);
    const unsigned end_code = row.end ? static_cast<unsigned>(row.end->precision) + 1U : 0U;
    s.m_precision.push_back(static_cast<std::uint8_t>(static_cast<unsigned>(row.date.precision) | (end_code << 2U)));
    // The end-date and count columns exist only once an event needs them.
    // (resize is a no-op once a column exists; it fills the events before the first that needs it)
    if (row.end || !s.m_end_date_start.empty()) {
        s.m_end_date_start.resize(s.m_start.size() - 1, 0);
        s.m_end_date_start.push_back(row.end ? row.end->interval.start : 0);
    }
    s.m_weight.push_back(row.weight);
    if (row.count != 1 || !s.m_count.empty()) {
        s.m_count.resize(s.m_start.size() - 1, 1);
        s.m_count.push_back(row.count);
    }
    const auto flags = static_cast<std::uint8_t>((row.mutual ? EventStore::k_mutual : 0U) |
                                                 (row.per_year ? EventStore::k_per_year : 0U));
    if (flags != 0 || !s.m_flags.empty()) {
        s.m_flags.resize(s.m_start.size() - 1, 0);
        s.m_flags.push_back(flags);
    }
    s.m_line.push_back(row.line);
    // The text columns too exist only once a row has a summary or a ref.
    if (m_keep_text && (!row.summary.empty() || !row.ref.empty() || !s.m_text_offset.empty())) {
        s.m_text_offset.resize(s.m_start.size() - 1, 0);
        s.m_summary_length.resize(s.m_start.size() - 1, 0);
        s.m_ref_length.resize(s.m_start.size() - 1, 0);
        s.m_text_offset.push_back(s.m_text.size());
        s.m_summary_length.push_back(static_cast<std::uint32_t>(row.summary.size()));
        s.m_ref_length.push_back(static_cast<std::uint32_t>(row.ref.size()));
        s.m_text.append(row.summary);
        s.m_text.append(row.ref);
    }
    if (m_keep_text && (row.text_left || !s.m_text_at.empty())) {
        s.m_text_at.resize(s.m_start.size() - 1, io::EventRow::k_no_offset);
        s.m_text_at.push_back(row.text_left ? row.offset : io::EventRow::k_no_offset);
    }
}

namespace {

/// Appends `later` to `column`; an optional column (empty when every value
/// is `fill`) first grows to the rows it stands for.
template <typename T>
void append_column(std::vector<T>& column, std::size_t rows, std::vector<T>&& later, std::size_t later_rows, T fill)
{
    if (column.empty() && later.empty()) return;
    column.resize(rows, fill);
    later.resize(later_rows, fill);
    column.insert(column.end(), later.begin(), later.end());
    later = {};
}

template <typename T> void append_column(std::vector<T>& column, std::vector<T>&& later)
{
    if (column.empty()) {
        column = std::move(later);
        return;
    }
    column.insert(column.end(), later.begin(), later.end());
    later = {};
}

} // namespace

void EventStoreBuilder::append(EventStoreBuilder&& later, std::uint32_t line_base)
{
    EventStore& s = m_store;
    EventStore& t = later.m_store;
    const std::size_t rows = s.size(), later_rows = t.size();
    for (std::uint32_t& line : t.m_line)
        line += line_base;
    for (std::uint64_t& offset : t.m_text_offset)
        offset += s.m_text.size();
    s.m_text += t.m_text;
    append_column(s.m_end_date_start, rows, std::move(t.m_end_date_start), later_rows, Day{0});
    append_column(s.m_count, rows, std::move(t.m_count), later_rows, std::uint32_t{1});
    append_column(s.m_flags, rows, std::move(t.m_flags), later_rows, std::uint8_t{0});
    append_column(s.m_start, std::move(t.m_start));
    append_column(s.m_end, std::move(t.m_end));
    append_column(s.m_source, std::move(t.m_source));
    append_column(s.m_target, std::move(t.m_target));
    append_column(s.m_code, std::move(t.m_code));
    append_column(s.m_precision, std::move(t.m_precision));
    append_column(s.m_weight, std::move(t.m_weight));
    append_column(s.m_line, std::move(t.m_line));
    append_column(s.m_text_offset, rows, std::move(t.m_text_offset), later_rows, std::uint64_t{0});
    append_column(s.m_summary_length, rows, std::move(t.m_summary_length), later_rows, std::uint32_t{0});
    append_column(s.m_ref_length, rows, std::move(t.m_ref_length), later_rows, std::uint32_t{0});
    append_column(s.m_text_at, rows, std::move(t.m_text_at), later_rows, io::EventRow::k_no_offset);
}

std::vector<EventIndex> EventStoreBuilder::time_order() const
{
    const EventStore& s = m_store;
    const auto earlier = [&](EventIndex a, EventIndex b) {
        return std::tie(s.m_start[a], s.m_end[a], s.m_line[a]) < std::tie(s.m_start[b], s.m_end[b], s.m_line[b]);
    };
    std::vector<EventIndex> order(s.size());
    std::iota(order.begin(), order.end(), EventIndex{0});
    bool in_order = true;
    for (EventIndex e = 1; e < s.size() && in_order; ++e)
        in_order = !earlier(e, e - 1);
    if (!in_order) std::sort(order.begin(), order.end(), earlier);
    return order;
}

EventStore EventStoreBuilder::arranged(const std::vector<EventIndex>& order, std::size_t threads)
{
    EventStore& s = m_store;
    if (!std::is_sorted(order.begin(), order.end())) {
        permute(s.m_start, order, threads);
        permute(s.m_end, order, threads);
        permute(s.m_source, order, threads);
        permute(s.m_target, order, threads);
        permute(s.m_code, order, threads);
        permute(s.m_precision, order, threads);
        permute(s.m_end_date_start, order, threads);
        permute(s.m_weight, order, threads);
        permute(s.m_count, order, threads);
        permute(s.m_flags, order, threads);
        permute(s.m_line, order, threads);
        permute(s.m_text_offset, order, threads);
        permute(s.m_summary_length, order, threads);
        permute(s.m_ref_length, order, threads);
        permute(s.m_text_at, order, threads);
    }
    s.m_max_end = s.empty() ? 0 : *std::max_element(s.m_end.begin(), s.m_end.end());
    s.m_text.shrink_to_fit();
    return std::move(m_store);
}

EventStore EventStoreBuilder::build() &&
{
    return arranged(time_order());
}

EventStore EventStoreBuilder::build_by_dyad(std::size_t threads) &&
{
    // A stable counting sort of the time order by dyad: O(rows), the dyads
    // numbered by first appearance (their order among themselves is free).
    const std::vector<EventIndex> by_time = time_order();
    const EventStore& s = m_store;
    DyadIndex number;
    std::vector<std::uint32_t> dyad_of(s.size()), rows_of;
    for (const EventIndex e : by_time) {
        const auto [a, b] = std::minmax(s.m_source[e], s.m_target[e]);
        const std::uint32_t d =
            number.find_or_add((static_cast<std::uint64_t>(a) << 32U) | b, static_cast<std::uint32_t>(rows_of.size()));
        if (d == rows_of.size()) rows_of.push_back(0);
        ++rows_of[d];
        dyad_of[e] = d;
    }
    std::vector<EventIndex> next(rows_of.size()); // where each dyad's next row goes
    std::exclusive_scan(rows_of.begin(), rows_of.end(), next.begin(), EventIndex{0});
    std::vector<EventIndex> order(s.size());
    for (const EventIndex e : by_time)
        order[next[dyad_of[e]]++] = e;
    return arranged(order, threads);
}

} // namespace entente::model
