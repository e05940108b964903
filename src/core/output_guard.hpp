#pragma once
// No command overwrites one of its inputs (DESIGN.md section 6).
#include <filesystem>
#include <vector>

namespace entente {

/// Throws UsageError when `output` is one of `inputs`: the same file under
/// another spelling (`./a.csv`, `dir/../a.csv`), through a symbolic link or
/// a hard link. Writers call it before opening their AtomicFile.
void refuse_input_as_output(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs);

} // namespace entente
