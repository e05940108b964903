#pragma once
// A loaded dataset: its actors, its events in time order, its eras and the
// CAMEO table its codes refer to.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor_registry.hpp"
#include "core/cameo.hpp"
#include "core/era.hpp"
#include "io/diagnostics.hpp"
#include "model/event_store.hpp"

namespace entente::model {

struct Dataset {
    std::string name;           ///< the folder's name (`ecuador`), or the events file's
    std::filesystem::path path; ///< as the user gave it
    CameoTable cameo;
    ActorRegistry actors;
    EventStore events;
    std::vector<Era> eras;
    /// The files read (actors.csv and events.csv or the bare events file, the
    /// eras file when one is read, the --cameo file), for writers to pass to
    /// refuse_input_as_output().
    std::vector<std::filesystem::path> inputs;

    /// The era with this id, or nullptr.
    [[nodiscard]] const Era* find_era(std::string_view id) const;
    /// The day after the last event ends (or today's eras' starts): where an ongoing era is cut.
    [[nodiscard]] Day open_end() const;
};

struct LoadOptions {
    std::optional<std::filesystem::path> cameo_file; ///< instead of the built-in table
    std::optional<std::filesystem::path> eras_file;  ///< instead of the folder's eras.csv
    bool keep_text = true;                           ///< keep summaries and refs
};

/// Reads and validates a dataset: a folder (actors.csv, events.csv, and
/// eras.csv when present), or a bare events file whose actors come from its
/// events (io::read_bare_events) and which has eras only from
/// `options.eras_file`. Every problem goes to `diagnostics`; the dataset is
/// only meaningful when it holds no errors.
Dataset load_dataset(const std::filesystem::path& path, const LoadOptions& options, io::Diagnostics& diagnostics);

} // namespace entente::model
