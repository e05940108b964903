#pragma once
// Hand-drawn datasets for unit tests: actors by id, events with explicit
// weights, eras; built in memory through the same EventStoreBuilder the
// reader feeds.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "io/dataset_reader.hpp"
#include "model/dataset.hpp"

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

/// Actors are states, but those also listed in `organizations`.
inline model::Dataset make_dataset(const std::vector<std::string>& actors, const std::vector<EventSpec>& events,
                                   const std::vector<EraSpec>& eras = {},
                                   const std::vector<std::string>& organizations = {})
{
    model::Dataset dataset;
    dataset.name = "hand-drawn";
    dataset.cameo = io::builtin_cameo_table();
    for (const auto& id : actors) {
        const bool organization = std::find(organizations.begin(), organizations.end(), id) != organizations.end();
        dataset.actors.add(Actor{id, "Actor " + id, organization ? ActorKind::organization : ActorKind::state, "", {}});
    }
    model::EventStoreBuilder builder(true);
    std::uint32_t line = 2;
    for (const EventSpec& e : events) {
        io::EventRow row;
        row.date = date_of(e.date);
        if (!e.end.empty()) row.end = date_of(e.end);
        row.interval = {row.date.interval.start, row.end ? row.end->interval.end : row.date.interval.end};
        row.source = *dataset.actors.find(e.source);
        row.target = *dataset.actors.find(e.target);
        row.code = *dataset.cameo.find(e.code);
        row.weight = e.weight;
        row.count = e.count;
        const std::string summary = "event on line " + std::to_string(line);
        row.summary = summary;
        row.line = line++;
        builder.add(row);
    }
    dataset.events = std::move(builder).build();
    for (const EraSpec& e : eras) {
        dataset.eras.push_back(Era{e.id, *dataset.actors.find(e.actor), e.id, date_of(e.start).interval.start,
                                   e.end.empty() ? std::nullopt : std::optional<Day>(date_of(e.end).interval.start)});
    }
    return dataset;
}

inline ActorIndex actor(const model::Dataset& dataset, const std::string& id)
{
    return *dataset.actors.find(id);
}

} // namespace entente::test
