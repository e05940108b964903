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
#include <random>
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

/// A bare events file of `rows` random rows of every kind the format allows, with comment and blank lines.
inline std::filesystem::path random_events_file(std::size_t rows, unsigned seed)
{
    const std::filesystem::path path = fresh_folder() / "events.csv";
    std::ofstream out(path);
    out << "date,source,target,code,weight,end,count,summary,ref,mutual,per\n";
    std::mt19937 random(seed);
    const std::vector<std::string> ids{"ECU", "COL", "PER", "USA", "FARC", "UN", "VEN"};
    const std::vector<std::string> weights{"", "1", "-7.5", "0.3", "3.3333333333333335", "10", "-0.05", "2.25"};
    for (std::size_t k = 0; k < rows; ++k) {
        if (k % 97 == 5) out << "# a comment\n\n";
        const std::size_t a = random() % ids.size(), b = (a + 1 + random() % (ids.size() - 1)) % ids.size();
        const int year = 1980 + static_cast<int>(random() % 40), month = 1 + static_cast<int>(random() % 12);
        const int day = 1 + static_cast<int>(random() % 28);
        const unsigned precision = random() % 4; // mostly days
        std::string date = precision == 0   ? fmt::format("{}", year)
                           : precision == 1 ? fmt::format("{}-{:02}", year, month)
                                            : fmt::format("{}-{:02}-{:02}", year, month, day);
        std::string end;
        if (random() % 5 == 0) end = random() % 2 == 0 ? fmt::format("{}", year + 1) : fmt::format("{}-12", year);
        const std::string count = random() % 6 == 0 ? std::to_string(2 + random() % 500) : "";
        const std::string summary = random() % 3 == 0 ? fmt::format("act {} of {}", k, ids[a]) : "";
        const std::string ref = random() % 4 == 0 ? fmt::format("https://example.org/{}", k) : "";
        out << date << ',' << ids[a] << ',' << ids[b] << ',' << (random() % 2 == 0 ? "042" : "190") << ','
            << weights[random() % weights.size()] << ',' << end << ',' << count << ',' << summary << ',' << ref << ','
            << (random() % 7 == 0 ? "yes" : "") << ',' << (!end.empty() && random() % 3 == 0 ? "year" : "") << '\n';
    }
    return path;
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
