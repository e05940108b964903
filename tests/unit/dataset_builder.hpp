#pragma once
// Hand-drawn datasets for unit tests: actors by id, events with explicit
// weights, eras. Each is written as a dataset folder (actors.csv,
// events.csv, eras.csv) under the system's temporary folder and read back
// through the same reader every command uses, since commands read the events
// again from their file for evidence and change detection.
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <unistd.h>
#include <vector>

#include "core/parallel_map.hpp"
#include "io/dataset_reader.hpp"
#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "views/accumulate.hpp"

namespace entente::test {

struct EventSpec {
    EventSpec(std::string date_, std::string source_, std::string target_, double weight_, std::string end_ = {},
              std::uint32_t count_ = 1, std::string code_ = "042")
        : date(std::move(date_)), source(std::move(source_)), target(std::move(target_)), weight(weight_),
          end(std::move(end_)), count(count_), code(std::move(code_))
    {
    }
    std::string date;   ///< `2017`, `2012-09`, `2008-03-02`
    std::string source; ///< actor id
    std::string target;
    double weight;
    std::string end; ///< empty: the event lasts its date only
    std::uint32_t count;
    std::string code; ///< CAMEO code (its Goldstein weight is not used: `weight` is)
};

struct EraSpec {
    std::string id;
    std::string actor;
    std::string start; ///< a day
    std::string end;   ///< a day, exclusive; empty: ongoing
};

inline PartialDate date_of(const std::string& text)
{
    const DateParse parsed = parse_date(text);
    if (!parsed.date) throw std::invalid_argument(parsed.error);
    return *parsed.date;
}

/// A new empty folder under the temporary folder, for this process.
inline std::filesystem::path fresh_folder()
{
    static std::atomic<int> made{0};
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / fmt::format("entente-test-{}-{}", ::getpid(), made++);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

/// Loads a dataset and reads its events once (the first reading, which a
/// command does before anything else); the problems go to `diagnostics`.
inline model::Dataset load_and_read(const std::filesystem::path& path, const model::LoadOptions& options,
                                    io::Diagnostics& diagnostics)
{
    model::Dataset dataset = model::load_dataset(path, options, diagnostics);
    model::read_events(dataset, diagnostics, 2, {[](std::size_t) {}, [](std::size_t, const io::EventRow&) {}});
    return dataset;
}

/// `actors` named "Actor <id>" (states, but those also listed in `organizations`), one event row per spec
/// (line 2 onwards, summary "event on line N"), eras.
inline model::Dataset make_dataset(const std::vector<std::string>& actors, const std::vector<EventSpec>& events,
                                   const std::vector<EraSpec>& eras = {},
                                   const std::vector<std::string>& organizations = {})
{
    const std::filesystem::path dir = fresh_folder();
    {
        std::ofstream out(dir / "actors.csv");
        out << "id,name,kind\n";
        for (const auto& id : actors) {
            const bool organization = std::find(organizations.begin(), organizations.end(), id) != organizations.end();
            out << id << ",Actor " << id << "," << (organization ? "organization" : "state") << "\n";
        }
    }
    {
        std::ofstream out(dir / "events.csv");
        out << "date,source,target,code,weight,end,count,summary\n";
        std::uint32_t line = 2;
        for (const EventSpec& e : events)
            out << fmt::format("{},{},{},{},{},{},{},event on line {}\n", e.date, e.source, e.target, e.code, e.weight,
                               e.end, e.count, line++);
    }
    if (!eras.empty()) {
        std::ofstream out(dir / "eras.csv");
        out << "id,actor,label,start,end\n";
        for (const EraSpec& e : eras)
            out << fmt::format("{},{},{},{},{}\n", e.id, e.actor, e.id, e.start, e.end);
    }
    io::Diagnostics diagnostics;
    model::Dataset dataset = load_and_read(dir, {}, diagnostics);
    if (diagnostics.has_errors()) throw std::invalid_argument(diagnostics.all().front().message);
    return dataset;
}

inline ActorIndex actor(const model::Dataset& dataset, const std::string& id)
{
    return *dataset.actors.find(id);
}

/// The view `spec` of a dataset whose events were read, with up to `evidence` rows of evidence per dyad
/// and each dyad's first event.
inline views::RelationGraph view_of(const model::Dataset& dataset, const views::ViewSpec& spec,
                                    std::size_t evidence = 10)
{
    return views::read_view(dataset, spec, evidence, true);
}

/// The events of a dataset whose events were read, accumulated on the boundaries of `specs`, plain.
inline views::DyadCells cells_for(const model::Dataset& dataset, const std::vector<views::ViewSpec>& specs,
                                  bool directed = false)
{
    auto spec = std::make_shared<views::CellsSpec>();
    spec->grid = views::grid_of(specs);
    spec->directed = directed;
    return std::move(views::accumulate(dataset, {spec}, 2).front());
}

/// The whole dataset as one view.
inline views::ViewSpec whole(const model::Dataset& dataset)
{
    views::ViewSpec spec;
    spec.window = dataset.span;
    spec.label = "all";
    return spec;
}

/// Every valid row of a dataset whose events were read, in time order.
inline model::EventStore stored_events(const model::Dataset& dataset)
{
    std::vector<model::EventStoreBuilder> parts;
    const io::ScanOutcome outcome =
        model::reread_events(dataset, 2,
                             {[&](std::size_t n) { parts.assign(n, model::EventStoreBuilder(true)); },
                              [&](std::size_t part, const io::EventRow& row) { parts[part].add(row); }});
    model::EventStoreBuilder all(true);
    for (std::size_t p = 0; p < parts.size(); ++p)
        all.append(std::move(parts[p]), outcome.line_base[p]);
    return std::move(all).build();
}

} // namespace entente::test
