#include "model/dataset.hpp"

#include <algorithm>
#include <limits>

#include "core/errors.hpp"

#include "io/dataset_reader.hpp"
#include "io/input_file.hpp"
#include "io/table_reader.hpp"
#include "model/dyad_batches.hpp"

namespace entente::model {

const Era* Dataset::find_era(std::string_view id) const
{
    const auto it = std::find_if(eras.begin(), eras.end(), [&](const Era& e) { return e.id == id; });
    return it == eras.end() ? nullptr : &*it;
}

Day Dataset::open_end() const
{
    Day end = span.end;
    for (const Era& e : eras)
        end = std::max({end, e.start + 1, e.end.value_or(e.start + 1)});
    return end;
}

namespace {

/// A bare file's eras before its events are read: every valid id of the
/// eras file's actor column stands for an actor, so that the eras' dates
/// are known (the grid of a view needs them) before the events say which
/// actors exist; problems are reported when the eras are read for real.
std::vector<Era> provisional_eras(const std::filesystem::path& path)
{
    io::Diagnostics ignored;
    ActorRegistry named;
    {
        auto in = io::open_input(path, ignored);
        if (!in) return {};
        io::TableReader table(*in, path.string(), ignored, {{"actor", true}});
        while (table.next())
            if (is_valid_actor_id(table.get(0)))
                named.add(Actor{std::string(table.get(0)), std::string(table.get(0)), ActorKind::group, {}, {}});
    }
    auto in = io::open_input(path, ignored);
    return in ? io::read_eras(*in, path.string(), named, ignored) : std::vector<Era>{};
}

} // namespace

Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options, io::Diagnostics& diagnostics)
{
    Dataset dataset;
    dataset.path = path;
    // Named by its folder or file, also when given as `.` or `dir/`.
    const std::filesystem::path named = std::filesystem::absolute(path).lexically_normal();
    dataset.name = named.filename().empty() ? named.parent_path().filename().string() : named.filename().string();
    std::error_code ec;
    const bool folder = std::filesystem::is_directory(path, ec);
    if (!folder && !std::filesystem::is_regular_file(path, ec)) {
        diagnostics.error(path.string(), 0, 0,
                          std::filesystem::exists(path, ec)
                              ? "not a dataset (expected a folder with actors.csv and events.csv, or an events file)"
                              : "no such dataset folder or events file");
        return dataset;
    }

    if (options.cameo_file) {
        dataset.inputs.push_back(*options.cameo_file);
        if (auto in = io::open_input(*options.cameo_file, diagnostics))
            dataset.cameo = io::read_cameo_table(*in, options.cameo_file->string(), diagnostics);
    } else {
        dataset.cameo = io::builtin_cameo_table();
    }

    if (folder) {
        dataset.inputs.push_back(path / "actors.csv");
        if (auto in = io::open_input(path / "actors.csv", diagnostics))
            dataset.actors = io::read_actors(*in, (path / "actors.csv").string(), diagnostics);
        const std::filesystem::path eras =
            options.eras_file ? *options.eras_file
                              : (std::filesystem::exists(path / "eras.csv", ec) ? path / "eras.csv" : "");
        if (!eras.empty()) {
            dataset.inputs.push_back(eras);
            if (auto in = io::open_input(eras, diagnostics))
                dataset.eras = io::read_eras(*in, eras.string(), dataset.actors, diagnostics);
        }
        dataset.events_file = path / "events.csv";
        dataset.actor_source = io::ActorSource::registry;
    } else {
        dataset.events_file = path;
        dataset.actor_source = io::ActorSource::events;
        if (options.eras_file) {
            dataset.eras_after_events = *options.eras_file;
            dataset.eras = provisional_eras(*options.eras_file);
        }
    }
    dataset.inputs.insert(dataset.inputs.begin() + (folder ? 1 : 0), dataset.events_file);
    return dataset;
}

void select_kinds(Dataset& dataset, const EventKinds& kinds)
{
    dataset.kept_codes = kept_codes(dataset.cameo, kinds);
    dataset.kinds = describe(kinds);
}

namespace {

/// The RowCopy group of each row of a first reading: its dyad's batch
/// (model::dyad_batch of its actors' keys) among Dataset::copy_batches, in
/// the group RowCopy::group_of_batch keeps it. Known a pair of a part's
/// actors at a time.
class CopyGroups {
public:
    CopyGroups(const Dataset& dataset, std::size_t parts, const RowCopy& copy)
        : m_dataset(dataset), m_copy(copy), m_registry_keys(actor_keys(dataset.actors)), m_keys(parts), m_known(parts)
    {
    }
    /// An actor a part numbered on its own (io::ScanCallbacks::actor_named).
    void name(std::size_t part, ActorIndex actor, std::string_view id)
    {
        std::vector<std::uint64_t>& keys = m_keys[part];
        if (keys.size() <= actor) keys.resize(actor + 1);
        keys[actor] = actor_key(id);
    }
    /// The group of a row of `part` between `source` and `target` (the part's numbers).
    std::size_t of(std::size_t part, ActorIndex source, ActorIndex target)
    {
        if (m_copy.groups() == 1) return 0;
        if (source >= k_dense || target >= k_dense) return worked_out(part, source, target);
        std::vector<std::uint8_t>& known = m_known[part];
        if (known.empty()) known.assign(std::size_t{k_dense} * k_dense, k_unknown);
        std::uint8_t& group = known[std::size_t{source} * k_dense + target];
        if (group == k_unknown) group = static_cast<std::uint8_t>(worked_out(part, source, target));
        return group;
    }

private:
    static constexpr ActorIndex k_dense = 1024; ///< a part's answers on pairs take at most 1 MiB
    static constexpr std::uint8_t k_unknown = 0xFF;
    static_assert(RowCopy::k_max_groups < k_unknown);

    std::size_t worked_out(std::size_t part, ActorIndex source, ActorIndex target) const
    {
        return m_copy.group_of_batch(dyad_batch(key(part, source), key(part, target), m_dataset.copy_batches));
    }
    /// The registry's numbering when the part has none of its own (a dataset
    /// folder's actors.csv, or the one-pass reader).
    std::uint64_t key(std::size_t part, ActorIndex actor) const
    {
        const std::vector<std::uint64_t>& keys = m_keys[part].empty() ? m_registry_keys : m_keys[part];
        return actor < keys.size() ? keys[actor] : actor_key(m_dataset.actors.id(actor));
    }

    const Dataset& m_dataset;
    const RowCopy& m_copy;
    std::vector<std::uint64_t> m_registry_keys;
    std::vector<std::vector<std::uint64_t>> m_keys;
    std::vector<std::vector<std::uint8_t>> m_known;
};

} // namespace

io::ScanOutcome read_events(Dataset& dataset, io::Diagnostics& diagnostics, std::size_t threads,
                            const io::ScanCallbacks& callbacks)
{
    // Each part keeps its own span, on a cache line of its own: parts run at
    // once, and shared lines written on every row would slow them all.
    struct alignas(64) PartSpan {
        Interval span{std::numeric_limits<Day>::max(), std::numeric_limits<Day>::min()};
        std::uint64_t rows = 0;
    };
    std::vector<PartSpan> spans;
    // A second call of prepare: the slices gave way to one pass, whose rows cannot be copied.
    std::shared_ptr<RowCopy> copy;
    bool prepared = false;
    std::optional<CopyGroups> groups;
    io::ScanCallbacks wrapped{[&](std::size_t parts) {
                                  spans.assign(parts, PartSpan{});
                                  copy.reset();
                                  if (dataset.copy_rows && !prepared && !callbacks.wanted) {
                                      copy = std::make_shared<RowCopy>(parts, dataset.copy_batches);
                                      groups.emplace(dataset, parts, *copy);
                                  }
                                  prepared = true;
                                  callbacks.prepare(parts);
                              },
                              [&](std::size_t part, const io::EventRow& row) {
                                  if (!dataset.keeps(row.code)) return;
                                  ++spans[part].rows;
                                  Interval& span = spans[part].span;
                                  span.start = std::min(span.start, row.interval.start);
                                  span.end = std::max(span.end, row.interval.end);
                                  if (copy) copy->add(part, row, groups->of(part, row.source, row.target));
                                  callbacks.row(part, row);
                              }};
    wrapped.actor_named = [&](std::size_t part, ActorIndex actor, std::string_view id) {
        if (copy) groups->name(part, actor, id);
        if (callbacks.actor_named) callbacks.actor_named(part, actor, id);
    };
    io::ScanOutcome outcome;
    const std::string path = dataset.events_file.string();
    // No events file when the dataset itself was not found (load_dataset said so).
    if (!path.empty() && io::open_input(dataset.events_file, diagnostics)) {
        try {
            outcome = io::scan_events(path, dataset.actor_source, dataset.actors, dataset.cameo, diagnostics, threads,
                                      wrapped);
        } catch (const InputError& error) { // the file could not be read to its end
            std::string_view message = error.what();
            if (message.starts_with(path + ": ")) message.remove_prefix(path.size() + 2);
            diagnostics.error(path, 0, 0, std::string(message));
        }
    }
    dataset.span = {0, 0};
    dataset.rows = 0;
    for (const auto& [span, rows] : spans) {
        dataset.rows += rows;
        if (span.start < span.end)
            dataset.span = dataset.span.end <= dataset.span.start ? span
                                                                  : Interval{std::min(dataset.span.start, span.start),
                                                                             std::max(dataset.span.end, span.end)};
    }
    dataset.events_read = true;
    if (copy && !diagnostics.has_errors()) {
        copy->finish(outcome);
        if (copy->usable()) dataset.row_copy = std::move(copy);
    }
    read_eras_after_events(dataset, diagnostics);
    return outcome;
}

void read_eras_after_events(Dataset& dataset, io::Diagnostics& diagnostics)
{
    if (!dataset.eras_after_events) return;
    dataset.inputs.push_back(*dataset.eras_after_events);
    dataset.eras.clear();
    if (auto in = io::open_input(*dataset.eras_after_events, diagnostics))
        dataset.eras =
            io::read_eras(*in, dataset.eras_after_events->string(), dataset.actors, diagnostics, "no event names it");
    dataset.eras_after_events.reset();
}

io::ScanOutcome reread_events(const Dataset& dataset, std::size_t threads, const io::ScanCallbacks& callbacks)
{
    if (dataset.row_copy) return dataset.row_copy->read(threads, dataset.actors.size(), callbacks);
    io::Diagnostics ignored; // reported by the first reading
    ActorRegistry actors = dataset.actors;
    if (dataset.kept_codes.empty())
        return io::scan_events(dataset.events_file.string(), io::ActorSource::registry, actors, dataset.cameo, ignored,
                               threads, callbacks);
    const io::ScanCallbacks kept{callbacks.prepare,
                                 [&](std::size_t part, const io::EventRow& row) {
                                     if (dataset.keeps(row.code)) callbacks.row(part, row);
                                 },
                                 callbacks.wanted};
    return io::scan_events(dataset.events_file.string(), io::ActorSource::registry, actors, dataset.cameo, ignored,
                           threads, kept);
}

} // namespace entente::model
