#include "core/cameo.hpp"

namespace entente {

bool CameoTable::add(CameoCode code)
{
    if (m_index.count(code.code) != 0) return false;
    m_index.emplace(code.code, static_cast<CodeIndex>(m_codes.size()));
    m_codes.push_back(std::move(code));
    return true;
}

std::optional<CodeIndex> CameoTable::find(std::string_view code) const
{
    const auto it = m_index.find(code);
    if (it == m_index.end()) return std::nullopt;
    return it->second;
}

int CameoTable::root(std::string_view code)
{
    if (code.size() < 2) return -1;
    return (code[0] - '0') * 10 + (code[1] - '0');
}

} // namespace entente
