#include "analysis/pelt.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace entente::analysis {

SegmentCost::SegmentCost(std::span<const double> series)
    : m_sum(series.size() + 1, 0.0), m_sum2(series.size() + 1, 0.0), m_raw(series.size() + 1, 0.0)
{
    if (!series.empty()) m_offset = std::accumulate(series.begin(), series.end(), 0.0) / series.size();
    for (std::size_t i = 0; i < series.size(); ++i) {
        const double x = series[i] - m_offset;
        m_sum[i + 1] = m_sum[i] + x;
        m_sum2[i + 1] = m_sum2[i] + x * x;
        m_raw[i + 1] = m_raw[i] + series[i];
    }
}

double SegmentCost::operator()(std::size_t from, std::size_t to) const
{
    const double s = m_sum[to] - m_sum[from];
    return std::max(0.0, (m_sum2[to] - m_sum2[from]) - s * s / static_cast<double>(to - from));
}

double SegmentCost::mean(std::size_t from, std::size_t to) const
{
    return (m_raw[to] - m_raw[from]) / static_cast<double>(to - from);
}

Pelt::Pelt(std::span<const double> series, double penalty)
    : m_size(series.size()), m_segment_cost(series), m_penalty(penalty)
{
}

void Pelt::run()
{
    m_change_points.clear();
    m_cost = 0.0;
    if (m_size == 0) return;
    // best[t]: optimal penalised cost of x[0, t), with -penalty for the empty prefix so
    // that the first segment pays none; previous[t]: where its last segment starts.
    std::vector<double> best(m_size + 1);
    std::vector<std::size_t> previous(m_size + 1, 0);
    best[0] = -m_penalty;
    // Rounding must not prune a start that is optimal, so pruning keeps near-ties.
    const double slack = 1e-10 * (1.0 + m_segment_cost(0, m_size) + m_penalty);
    std::vector<std::size_t> starts{0}, kept;
    std::vector<double> reach; // best[s] + cost(s, t) for each start s
    for (std::size_t t = 1; t <= m_size; ++t) {
        reach.resize(starts.size());
        double minimum = std::numeric_limits<double>::infinity();
        std::size_t argmin = 0;
        for (std::size_t k = 0; k < starts.size(); ++k) {
            reach[k] = best[starts[k]] + m_segment_cost(starts[k], t);
            if (reach[k] + m_penalty < minimum) {
                minimum = reach[k] + m_penalty;
                argmin = starts[k];
            }
        }
        best[t] = minimum;
        previous[t] = argmin;
        kept.clear();
        for (std::size_t k = 0; k < starts.size(); ++k)
            if (reach[k] <= best[t] + slack) kept.push_back(starts[k]);
        kept.push_back(t);
        std::swap(starts, kept);
    }
    m_cost = best[m_size];
    for (std::size_t t = previous[m_size]; t > 0; t = previous[t]) m_change_points.push_back(t);
    std::reverse(m_change_points.begin(), m_change_points.end());
}

} // namespace entente::analysis
