#include "analysis/rupture_search.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "model/left_texts.hpp"

namespace entente::analysis {
namespace {

std::uint64_t undirected_key(ActorIndex a, ActorIndex b)
{
    if (b < a) std::swap(a, b);
    return (static_cast<std::uint64_t>(a) << 32U) | b;
}

/// A set of undirected dyads, asked about for every row of a reading: a bit
/// table for actors below k_dense (128 KiB), a hash set beyond.
class DyadSet {
public:
    void insert(std::uint64_t key)
    {
        const auto a = static_cast<std::uint32_t>(key >> 32U), b = static_cast<std::uint32_t>(key);
        if (a < k_dense && b < k_dense)
            m_bits[std::size_t{a} * k_dense + b] = true;
        else
            m_others.insert(key);
    }
    [[nodiscard]] bool contains(ActorIndex a, ActorIndex b) const
    {
        if (b < a) std::swap(a, b);
        if (b < k_dense) return m_bits[std::size_t{a} * k_dense + b];
        return m_others.contains((static_cast<std::uint64_t>(a) << 32U) | b);
    }

private:
    static constexpr std::uint32_t k_dense = 1024;
    std::vector<bool> m_bits = std::vector<bool>(std::size_t{k_dense} * k_dense, false);
    std::unordered_set<std::uint64_t> m_others;
};

/// Batches of dyads (undirected keys), each with at most `budget` rows unless one dyad has more.
std::vector<DyadSet> batches_of(const views::DyadCells& counts, const std::function<bool(views::DyadKey)>& keep,
                                std::uint64_t budget)
{
    std::map<std::uint64_t, std::uint64_t> rows; // by key, in key order: batches do not depend on the reading
    for (std::size_t i = 0; i < counts.size(); ++i) {
        const views::DyadKey d = counts.dyad(i);
        const views::DyadKey undirected{std::min(d.a, d.b), std::max(d.a, d.b)};
        if (!keep || keep(undirected)) rows[undirected_key(d.a, d.b)] += counts.rows(i);
    }
    std::vector<DyadSet> batches;
    std::uint64_t held = 0;
    for (const auto& [key, n] : rows) {
        if (batches.empty() || (held + n > budget && held != 0)) {
            batches.emplace_back();
            held = 0;
        }
        batches.back().insert(key);
        held += n;
    }
    return batches;
}

/// A cause's row with its own text, until every batch is done.
struct CauseRow {
    io::EventRow row;
    std::string summary, ref;
};

} // namespace

RuptureFindings find_ruptures(const model::Dataset& dataset, const views::SeriesSpec& spec, const RuptureParams& params,
                              const views::DyadCells& counts, const std::function<bool(views::DyadKey)>& keep,
                              std::size_t threads,
                              const std::function<void(std::size_t done, std::size_t total)>& batch_done)
{
    RuptureFindings findings;
    std::vector<CauseRow> causes;
    std::unordered_map<std::uint32_t, std::size_t> cause_of_line;
    const std::vector<DyadSet> batches = batches_of(counts, keep, k_rupture_batch_rows);
    // Several batches: the kept rows are parted among them in one reading, so
    // that each batch then reads little more than its own rows. Consecutive
    // batches share a part when there are many (each part buffers a chunk).
    std::vector<std::unique_ptr<model::RowCopy>> parted;
    const std::size_t parts = std::min(batches.size(), k_rupture_row_parts);
    const auto part_of_batch = [&](std::size_t k) { return k * parts / batches.size(); };
    if (dataset.row_copy && batches.size() > 1) {
        parted = dataset.row_copy->split(threads, dataset.actors.size(), parts, [&](ActorIndex a, ActorIndex b) {
            for (std::size_t k = 0; k < batches.size(); ++k)
                if (batches[k].contains(a, b)) return part_of_batch(k);
            return parts;
        });
        if (!std::all_of(parted.begin(), parted.end(), [](const auto& copy) { return copy->usable(); }))
            parted.clear(); // a full temporary folder: each batch reads the whole copy
    }
    for (const DyadSet& batch : batches) {
        const std::size_t k = static_cast<std::size_t>(&batch - batches.data());
        const views::DyadSeries series(
            dataset, spec, [&](ActorIndex a, ActorIndex b) { return batch.contains(a, b); }, threads,
            parted.empty() ? nullptr : parted[part_of_batch(k)].get());
        RuptureDetection detection(series, params, threads);
        detection.run();
        for (Rupture r : detection.ruptures()) {
            for (views::Evidence& cause : r.causes) {
                const io::EventRow row = series.rows().row(cause.event);
                const auto [it, added] = cause_of_line.emplace(row.line, causes.size());
                if (added) causes.push_back({row, std::string(row.summary), std::string(row.ref)});
                cause.event = static_cast<model::EventIndex>(it->second); // into `causes` until stored
            }
            findings.ruptures.push_back(std::move(r));
        }
        if (batch_done) batch_done(static_cast<std::size_t>(&batch - batches.data()) + 1, batches.size());
    }

    // The causes stored in time order; each rupture's indexes moved with them.
    std::vector<std::size_t> order(causes.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const io::EventRow &u = causes[x].row, &v = causes[y].row;
        return std::tie(u.interval.start, u.interval.end, u.line) < std::tie(v.interval.start, v.interval.end, v.line);
    });
    model::read_left_texts(dataset, causes);
    std::vector<model::EventIndex> stored(causes.size());
    model::EventStoreBuilder builder(true);
    for (const std::size_t k : order) {
        stored[k] = static_cast<model::EventIndex>(builder.size());
        CauseRow& c = causes[k];
        c.row.summary = c.summary;
        c.row.ref = c.ref;
        builder.add(c.row);
    }
    findings.rows = std::make_shared<const model::EventStore>(std::move(builder).build());
    for (Rupture& r : findings.ruptures)
        for (views::Evidence& cause : r.causes)
            cause.event = stored[cause.event];
    std::sort(findings.ruptures.begin(), findings.ruptures.end(), [](const Rupture& x, const Rupture& y) {
        return std::tie(y.magnitude, x.date, x.a, x.b) < std::tie(x.magnitude, y.date, y.a, y.b);
    });
    return findings;
}

} // namespace entente::analysis
