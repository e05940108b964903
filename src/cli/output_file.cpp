#include "cli/output_file.hpp"

#include <fmt/format.h>
#include <iostream>

#include "core/atomic_file.hpp"
#include "core/errors.hpp"

namespace entente::cli {
namespace {

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b)
{
    std::error_code ec;
    if (std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec)) return std::filesystem::equivalent(a, b, ec);
    return std::filesystem::weakly_canonical(a, ec) == std::filesystem::weakly_canonical(b, ec);
}

} // namespace

void write_output(const std::string& path, std::string_view content, const model::Dataset& dataset,
                  const DatasetOptions& options)
{
    if (path.empty()) {
        std::cout << content;
        std::cout.flush();
        if (!std::cout) throw Fatal("cannot write to standard output");
        return;
    }
    std::vector<std::filesystem::path> inputs = {dataset.path / "actors.csv", dataset.path / "events.csv",
                                                 dataset.path / "eras.csv"};
    if (!options.cameo.empty()) inputs.emplace_back(options.cameo);
    for (const auto& input : inputs) {
        if (same_file(path, input))
            throw UsageError(fmt::format("refusing to write {}: it is an input file of the dataset", path));
    }
    write_file_atomically(path, content);
}

} // namespace entente::cli
