#pragma once
// The `--countries` list of `import` and `eras`: ISO 3166 alpha-3 codes.
#include <string>
#include <vector>

namespace entente::cli {

/// `ECU,COL,PER` as a list: ISO codes of the country table, or the COW_ ids
/// of states ISO never coded. Throws UsageError for an unknown code, naming
/// the nearest known one.
std::vector<std::string> country_list(const std::string& text);

} // namespace entente::cli
