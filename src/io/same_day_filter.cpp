#include "io/same_day_filter.hpp"

namespace entente::io {

std::size_t SameDayFilter::KeyHash::operator()(const Key& k) const noexcept
{
    std::uint64_t h = k.source;
    h = h * 0x9E3779B97F4A7C15ULL + k.target;
    h = h * 0x9E3779B97F4A7C15ULL + k.code;
    h = h * 0x9E3779B97F4A7C15ULL + k.precision;
    return static_cast<std::size_t>(h ^ (h >> 29U));
}

SameDayFilter::Verdict SameDayFilter::check(const PartialDate& date, std::uint32_t source, std::uint32_t target,
                                            std::string_view code)
{
    const Day start = date.interval.start;
    if (!m_started || start > m_latest) {
        m_latest = start;
        m_started = true;
        m_dates.erase(m_dates.begin(), m_dates.lower_bound(m_latest - k_window_days));
    } else if (start < m_latest - k_window_days) {
        return Verdict::unchecked;
    }
    Key key{source, target, 0, static_cast<std::uint8_t>(date.precision)};
    for (const char c : code) // a CAMEO code has at most four characters
        key.code = key.code << 8U | static_cast<unsigned char>(c);
    return m_dates[start].insert(key).second ? Verdict::first : Verdict::repeat;
}

} // namespace entente::io
