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
    for (const Era& e : eras) end = std::max({end, e.start + 1, e.end.value_or(e.start + 1)});
    return end;
}

Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options, io::Diagnostics& diagnostics)
{
    Dataset dataset;
    dataset.path = path;
    dataset.name = path.filename().empty() ? path.parent_path().filename().string() : path.filename().string();
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
        diagnostics.error(path.string(), 0, 0,
                          std::filesystem::exists(path, ec)
                              ? "not a dataset folder (expected a folder with actors.csv and events.csv)"
                              : "no such dataset folder");
        return dataset;
    }

    if (options.cameo_file) {
        dataset.inputs.push_back(*options.cameo_file);
        if (auto in = io::open_input(*options.cameo_file, diagnostics))
            dataset.cameo = io::read_cameo_table(*in, options.cameo_file->string(), diagnostics);
    } else {
        dataset.cameo = io::builtin_cameo_table();
    }

    dataset.inputs.push_back(path / "actors.csv");
    if (auto in = io::open_input(path / "actors.csv", diagnostics))
        dataset.actors = io::read_actors(*in, (path / "actors.csv").string(), diagnostics);

    const auto eras_path = path / "eras.csv";
    if (std::filesystem::exists(eras_path, ec)) {
        dataset.inputs.push_back(eras_path);
        if (auto in = io::open_input(eras_path, diagnostics))
            dataset.eras = io::read_eras(*in, eras_path.string(), dataset.actors, diagnostics);
    }

    EventStoreBuilder builder(options.keep_text);
    dataset.inputs.push_back(path / "events.csv");
    if (auto in = io::open_input(path / "events.csv", diagnostics)) {
        io::read_events(*in, (path / "events.csv").string(), dataset.actors, dataset.cameo, diagnostics,
                        [&](const io::EventRow& row) { builder.add(row); });
    }
    dataset.events = std::move(builder).build();
    return dataset;
}

} // namespace entente::model
