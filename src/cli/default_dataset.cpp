#include "cli/default_dataset.hpp"

#include <fmt/format.h>
#include <system_error>

#include "core/errors.hpp"

namespace entente::cli {
namespace {

const std::filesystem::path k_bundled = "graphs/ecuador";

/// The folder of the running executable, as the kernel names it; empty
/// when /proc is not mounted.
std::filesystem::path executable_folder()
{
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : self.parent_path();
}

} // namespace

std::filesystem::path default_dataset()
{
    const std::filesystem::path folder = executable_folder();
    const std::filesystem::path installed =
        folder.empty() ? std::filesystem::path() : (folder / ENTENTE_DATA_FROM_BIN / k_bundled).lexically_normal();
    std::error_code ec;
    if (!installed.empty() && std::filesystem::is_directory(installed, ec)) return installed;
    if (std::filesystem::is_directory(k_bundled, ec)) return k_bundled;
    const std::string beside = installed.empty() ? "beside the executable (/proc/self/exe is unreadable)"
                                                 : installed.string() + " (beside the executable)";
    const std::filesystem::path here = std::filesystem::current_path(ec) / k_bundled;
    throw UsageError(fmt::format("no DATASET given and no bundled dataset found: looked in {} and in {} (in the "
                                 "working folder); name a dataset folder or an events file",
                                 beside, ec ? k_bundled.string() : here.string()));
}

} // namespace entente::cli
