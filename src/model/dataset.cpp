#include "model/dataset.hpp"

#include <algorithm>

#include "io/dataset_reader.hpp"
#include "io/input_file.hpp"

namespace entente::model {

const Era* Dataset::find_era(std::string_view id) const
{
    const auto it = std::find_if(eras.begin(), eras.end(), [&](const Era& e) { return e.id == id; });
    return it == eras.end() ? nullptr : &*it;
}

Day Dataset::open_end() const
{
    Day end = events.span().end;
    for (const Era& e : eras)
        end = std::max({end, e.start + 1, e.end.value_or(e.start + 1)});
    return end;
}

Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options, io::Diagnostics& diagnostics)
{
    Dataset dataset;
    dataset.path = path;
    dataset.name = path.filename().empty() ? path.parent_path().filename().string() : path.filename().string();
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

    EventStoreBuilder builder(options.keep_text);
    const auto read_events = [&](const std::filesystem::path& events_path, bool bare) {
        dataset.inputs.push_back(events_path);
        auto in = io::open_input(events_path, diagnostics);
        if (!in) return;
        if (const auto bytes = std::filesystem::file_size(events_path, ec); !ec) builder.reserve_for_file(bytes);
        const auto add = [&](const io::EventRow& row) { builder.add(row); };
        if (bare)
            io::read_bare_events(*in, events_path.string(), dataset.actors, dataset.cameo, diagnostics, add);
        else
            io::read_events(*in, events_path.string(), dataset.actors, dataset.cameo, diagnostics, add);
    };
    const auto read_eras = [&](const std::filesystem::path& eras_path) {
        dataset.inputs.push_back(eras_path);
        if (auto in = io::open_input(eras_path, diagnostics))
            dataset.eras = io::read_eras(*in, eras_path.string(), dataset.actors, diagnostics,
                                         folder ? "not in actors.csv" : "no event names it");
    };
    if (folder) {
        dataset.inputs.push_back(path / "actors.csv");
        if (auto in = io::open_input(path / "actors.csv", diagnostics))
            dataset.actors = io::read_actors(*in, (path / "actors.csv").string(), diagnostics);
        if (options.eras_file)
            read_eras(*options.eras_file);
        else if (std::filesystem::exists(path / "eras.csv", ec))
            read_eras(path / "eras.csv");
        read_events(path / "events.csv", false);
    } else {
        // A bare events file: its actors come from its events, so eras are read after them.
        read_events(path, true);
        if (options.eras_file) read_eras(*options.eras_file);
    }
    dataset.events = std::move(builder).build();
    return dataset;
}

} // namespace entente::model
