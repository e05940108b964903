#include "io/input_file.hpp"

#include <cerrno>
#include <cstring>

namespace entente::io {

std::optional<std::ifstream> open_input(const std::filesystem::path& path, Diagnostics& diagnostics)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (!std::filesystem::exists(status)) {
        diagnostics.error(path.string(), 0, 0, "no such file");
        return std::nullopt;
    }
    if (std::filesystem::is_directory(status)) {
        diagnostics.error(path.string(), 0, 0, "is a directory, expected a file");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.error(path.string(), 0, 0, std::string("cannot read: ") + std::strerror(errno));
        return std::nullopt;
    }
    return in;
}

} // namespace entente::io
