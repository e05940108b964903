#include "core/output_guard.hpp"

#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente {
namespace {

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b)
{
    std::error_code ec;
    // Both exist: compare devices and inodes, which sees through every link.
    if (std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec)) {
        const bool same = std::filesystem::equivalent(a, b, ec);
        return same && !ec;
    }
    // One is still to be made: compare where the paths lead.
    const auto canonical_a = std::filesystem::weakly_canonical(a, ec);
    if (ec) return false;
    const auto canonical_b = std::filesystem::weakly_canonical(b, ec);
    return !ec && canonical_a == canonical_b;
}

} // namespace

void refuse_input_as_output(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs)
{
    for (const auto& input : inputs) {
        if (!same_file(output, input)) continue;
        if (output == input)
            throw UsageError(fmt::format("refusing to write {}: it is an input of this command", output.string()));
        throw UsageError(fmt::format("refusing to write {}: it is the input {}", output.string(), input.string()));
    }
}

} // namespace entente
