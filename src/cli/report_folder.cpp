#include "cli/report_folder.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <optional>
#include <string_view>

#include "core/atomic_file.hpp"
#include "core/errors.hpp"

namespace entente::cli {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::string_view, 5> k_report_files{"index.html", "report.json", "metrics.csv", "ruptures.csv",
                                                         "compare.csv"};

/// Whether `name` is an era's drawing (.svg, .dot), or the temporary a killed
/// report left of one (the next run removes it).
bool era_drawing(const fs::path& name)
{
    const fs::path drawing = temporary_owner(name.string(), name.stem().string()) ? name.stem() : name;
    return drawing.extension() == ".svg" || drawing.extension() == ".dot";
}

/// The first entry of `dir` that no report writes, if any, relative to `dir`.
std::optional<fs::path> foreign_entry(const fs::path& dir)
{
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with('.')) continue; // hidden housekeeping (.gitkeep): never written over
        if (name == "eras" && entry.is_directory(ec)) {
            for (const fs::directory_entry& drawing : fs::directory_iterator(entry.path(), ec)) {
                if (!drawing.is_regular_file(ec) || !era_drawing(drawing.path().filename()))
                    return fs::path("eras") / drawing.path().filename();
            }
            continue;
        }
        // A report's file, or the temporary a killed report left of one (the next run removes it).
        const bool report_file = std::any_of(k_report_files.begin(), k_report_files.end(), [&](std::string_view file) {
            return name == file || temporary_owner(name, file);
        });
        if (!report_file || !entry.is_regular_file(ec)) return entry.path().filename();
    }
    if (ec) throw Fatal(fmt::format("{}: cannot list the folder: {}", dir.string(), ec.message()));
    return std::nullopt;
}

} // namespace

void check_report_folder(const fs::path& dir, const model::Dataset& dataset)
{
    std::error_code ec;
    if (!fs::exists(dir, ec)) return;
    if (!fs::is_directory(dir, ec)) throw UsageError(fmt::format("{}: exists and is not a folder", dir.string()));
    const fs::path home = fs::is_directory(dataset.path, ec) ? dataset.path : dataset.path.parent_path();
    if (fs::equivalent(dir, home.empty() ? fs::path(".") : home, ec))
        throw UsageError(
            fmt::format("{}: is the dataset's own folder; write the report into another (-o)", dir.string()));
    if (const auto foreign = foreign_entry(dir))
        throw UsageError(fmt::format("{}: holds {}, which no report writes; write the report into a new or empty "
                                     "folder, or one an earlier report wrote (-o)",
                                     dir.string(), foreign->string()));
}

} // namespace entente::cli
