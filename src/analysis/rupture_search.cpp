#include "analysis/rupture_search.hpp"

#include <algorithm>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "model/dyad_batches.hpp"
#include "model/left_texts.hpp"

namespace entente::analysis {
namespace {

/// The batch of each dyad (model::dyad_batch of its actors' ids) among the
/// dyads `keep` lets through, asked for every row of a batch's reading: a
/// table for actors below k_dense (2 MiB), worked out beyond.
class DyadBatches {
public:
    static constexpr std::uint16_t k_none = 0xFFFF; ///< a dyad `keep` refuses

    DyadBatches(const model::Dataset& dataset, std::size_t batches, std::function<bool(views::DyadKey)> keep)
        : m_batches(batches), m_keep(std::move(keep)), m_keys(model::actor_keys(dataset.actors))
    {
        const std::size_t side = std::min<std::size_t>(m_keys.size(), k_dense);
        m_dense.resize(side * side);
        for (ActorIndex a = 0; a < side; ++a)
            for (ActorIndex b = 0; b < side; ++b)
                m_dense[a * side + b] = worked_out(a, b);
    }
    [[nodiscard]] std::size_t size() const { return m_batches; }
    /// The batch of the dyad of `a` and `b` (either order), or k_none.
    [[nodiscard]] std::uint16_t of(ActorIndex a, ActorIndex b) const
    {
        const std::size_t side = std::min<std::size_t>(m_keys.size(), k_dense);
        return a < side && b < side ? m_dense[a * side + b] : worked_out(a, b);
    }

private:
    static constexpr std::size_t k_dense = 1024;
    [[nodiscard]] std::uint16_t worked_out(ActorIndex a, ActorIndex b) const
    {
        if (m_keep && !m_keep({std::min(a, b), std::max(a, b)})) return k_none;
        return static_cast<std::uint16_t>(model::dyad_batch(m_keys[a], m_keys[b], m_batches));
    }

    std::size_t m_batches;
    std::function<bool(views::DyadKey)> m_keep;
    std::vector<std::uint64_t> m_keys; ///< model::actor_key of each actor
    std::vector<std::uint16_t> m_dense;
};

/// Batches of about `budget` rows for the rows of the dyads `keep` lets
/// through: all the dataset's rows, or those a reading of them counts.
std::size_t batches_for(const model::Dataset& dataset, const std::function<bool(views::DyadKey)>& keep,
                        std::uint64_t budget, std::size_t threads)
{
    std::uint64_t rows = dataset.rows;
    if (keep) {
        struct alignas(64) Count { // a cache line a part: parts count at once
            std::uint64_t rows = 0;
        };
        std::vector<Count> counts;
        const auto kept = [&](ActorIndex a, ActorIndex b) { return keep({std::min(a, b), std::max(a, b)}); };
        // The one-pass reader hands out every row: the row callback filters too.
        model::reread_events(dataset, threads,
                             {[&](std::size_t parts) { counts.assign(parts, Count{}); },
                              [&](std::size_t part, const io::EventRow& row) {
                                  if (kept(row.source, row.target)) ++counts[part].rows;
                              },
                              kept});
        rows = 0;
        for (const Count& c : counts)
            rows += c.rows;
    }
    return static_cast<std::size_t>(std::max<std::uint64_t>(1, (rows + budget - 1) / budget));
}

/// A cause's row with its own text, until every batch is done.
struct CauseRow {
    io::EventRow row;
    std::string summary, ref;
};

} // namespace

void copy_rows_in_batches(model::Dataset& dataset)
{
    dataset.copy_rows = true;
    std::error_code error;
    const std::uintmax_t bytes = std::filesystem::file_size(dataset.events_file, error);
    const std::uint64_t most_rows = error ? 0 : bytes / k_least_row_bytes;
    dataset.copy_batches = static_cast<std::size_t>(std::clamp<std::uint64_t>(
        (most_rows + k_rupture_batch_rows - 1) / k_rupture_batch_rows, 1, DyadBatches::k_none));
}

RuptureFindings find_ruptures(const model::Dataset& dataset, const views::SeriesSpec& spec, const RuptureParams& params,
                              const std::function<bool(views::DyadKey)>& keep, std::size_t threads,
                              const std::function<void(std::size_t done, std::size_t total)>& batch_done)
{
    RuptureFindings findings;
    std::vector<CauseRow> causes;
    std::unordered_map<std::uint32_t, std::size_t> cause_of_line;
    // Batches beyond 65535 would take more than 60 billion rows.
    const std::size_t count = std::min<std::size_t>(
        dataset.row_copy ? dataset.copy_batches : batches_for(dataset, keep, k_rupture_pass_rows, threads),
        DyadBatches::k_none);
    const DyadBatches batches(dataset, count, keep);
    // The largest batch first: the memory it takes serves every later one.
    std::vector<std::size_t> by_size(batches.size());
    std::vector<std::uint64_t> rows(batches.size());
    for (std::size_t k = 0; k < by_size.size(); ++k) {
        by_size[k] = k;
        for (std::size_t p = 0; dataset.row_copy && p < dataset.row_copy->parts(); ++p)
            rows[k] += dataset.row_copy->rows(dataset.row_copy->group_of_batch(k), p);
    }
    std::stable_sort(by_size.begin(), by_size.end(), [&](std::size_t x, std::size_t y) { return rows[x] > rows[y]; });
    const auto read_batch = [&](std::size_t k) {
        return std::make_unique<const views::DyadSeries>(
            dataset, spec, [&batches, k](ActorIndex a, ActorIndex b) { return batches.of(a, b) == k; }, threads,
            dataset.row_copy ? std::optional(dataset.row_copy->group_of_batch(k)) : std::nullopt);
    };
    // The next batch is read while this one is searched: a reading leaves
    // cores idle (merging its parts, indexing its dyads) that the search
    // fills. Two batches are held at once.
    std::future<std::unique_ptr<const views::DyadSeries>> next =
        std::async(std::launch::async, read_batch, by_size.front());
    for (std::size_t done = 0; done < by_size.size(); ++done) {
        const std::unique_ptr<const views::DyadSeries> read = next.get();
        const views::DyadSeries& series = *read;
        if (done + 1 < by_size.size()) next = std::async(std::launch::async, read_batch, by_size[done + 1]);
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
        if (batch_done) batch_done(done + 1, batches.size());
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
