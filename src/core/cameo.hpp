#pragma once
// The CAMEO event code table: every code with its name and Goldstein weight.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/text.hpp"

namespace entente {

/// Index of a code in its CameoTable.
using CodeIndex = std::uint16_t;

struct CameoCode {
    std::string code; ///< `057`, `1125`
    std::string name;
    double goldstein = 0.0;
};

class CameoTable {
public:
    /// Adds a code; returns false when it is already present.
    bool add(CameoCode code);
    [[nodiscard]] std::optional<CodeIndex> find(std::string_view code) const;
    [[nodiscard]] const CameoCode& at(CodeIndex index) const { return m_codes[index]; }
    [[nodiscard]] std::size_t size() const { return m_codes.size(); }
    [[nodiscard]] const std::vector<CameoCode>& codes() const { return m_codes; }

    /// The two-digit root of a code (`19` for `195`): 01-09 cooperation, 10-20 conflict.
    static int root(std::string_view code);

private:
    std::vector<CameoCode> m_codes;
    std::unordered_map<std::string, CodeIndex, TransparentHash, std::equal_to<>> m_index;
};

} // namespace entente
