#include "cli/dataset_option.hpp"

#include <fmt/format.h>
#include <iostream>

#include "core/errors.hpp"

namespace entente::cli {
namespace {

/// graphs/ecuador under the working folder, or else in the source tree the
/// executable was built from, so the default works from anywhere.
std::filesystem::path bundled_dataset()
{
    const std::filesystem::path relative = "graphs/ecuador";
    std::error_code ec;
    if (std::filesystem::is_directory(relative, ec)) return relative;
    return std::filesystem::path(ENTENTE_SOURCE_DIR) / relative;
}

} // namespace

void add_dataset_options(CLI::App& command, DatasetOptions& options, const std::string& eras_flag)
{
    command.add_option("DATASET", options.path,
                       "a dataset folder holding actors.csv, events.csv and eras.csv, or an events file "
                       "(date,source,target,code[,weight]...) whose actors come from its events "
                       "(default: graphs/ecuador)");
    command.add_option("--cameo", options.cameo,
                       "a CAMEO table (code,name,goldstein) to use instead of the built-in one");
    command.add_option(eras_flag, options.eras,
                       "an eras file (id,actor,label,start[,end]) to use instead of the dataset's eras.csv; "
                       "the only way to give an events file eras");
}

model::Dataset load_dataset(const DatasetOptions& options, io::Diagnostics& diagnostics, bool keep_text)
{
    model::LoadOptions load;
    if (!options.cameo.empty()) load.cameo_file = options.cameo;
    if (!options.eras.empty()) load.eras_file = options.eras;
    load.keep_text = keep_text;
    return model::load_dataset(options.path.empty() ? bundled_dataset() : std::filesystem::path(options.path), load,
                               diagnostics);
}

model::Dataset load_dataset(const DatasetOptions& options, bool keep_text)
{
    io::Diagnostics diagnostics;
    model::Dataset dataset = load_dataset(options, diagnostics, keep_text);
    report_problems(dataset, diagnostics);
    return dataset;
}

void report_problems(const model::Dataset& dataset, const io::Diagnostics& diagnostics)
{
    // Every command prints the same list as `entente validate`, so nothing here sends the user there.
    diagnostics.print(std::cerr);
    if (diagnostics.has_errors())
        throw InputError(fmt::format("{}: {} problem{} found", dataset.path.string(), diagnostics.error_count(),
                                     diagnostics.error_count() == 1 ? "" : "s"));
}

} // namespace entente::cli
