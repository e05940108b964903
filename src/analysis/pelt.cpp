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
    m_run_starts.push_back(0);
    for (std::size_t k = 1; k < series.size(); ++k)
        if (series[k] != series[k - 1]) m_run_starts.push_back(k);
    m_run_starts.push_back(series.size());
}

void Pelt::run()
{
    m_change_points.clear();
    m_cost = 0.0;
    if (m_size == 0) return;
    // Over the run starts r (positions m_run_starts[r]): best[r] is the optimal
    // penalised cost of x[0, position), with -penalty for the empty prefix so that
    // the first segment pays none; previous[r] is where its last segment starts.
    const std::size_t runs = m_run_starts.size();
    std::vector<double> best(runs);
    std::vector<std::size_t> previous(runs, 0);
    best[0] = -m_penalty;
    // Rounding must not prune a start that is optimal, so pruning keeps near-ties.
    const double slack = 1e-10 * (1.0 + m_segment_cost(0, m_size) + m_penalty);
    // The live starts, and what the cost of a segment from each needs, side by
    // side: the inner loop reads them in order and the compiler vectorises it.
    Starts starts;
    starts.add(0, -m_penalty, m_segment_cost, 0);
    std::vector<double> reach; // best[s] + cost(s, t) for each start s
    for (std::size_t r = 1; r < runs; ++r) {
        const std::size_t t = m_run_starts[r];
        const double sum_t = m_segment_cost.sum(t), sum2_t = m_segment_cost.sum2(t), at = static_cast<double>(t);
        const std::size_t live = starts.run.size();
        reach.resize(live);
        for (std::size_t k = 0; k < live; ++k) {
            const double s = sum_t - starts.sum[k];
            reach[k] = starts.best[k] + std::max(0.0, (sum2_t - starts.sum2[k]) - s * s / (at - starts.position[k]));
        }
        double minimum = std::numeric_limits<double>::infinity();
        std::size_t argmin = 0;
        for (std::size_t k = 0; k < live; ++k)
            if (reach[k] + m_penalty < minimum) {
                minimum = reach[k] + m_penalty;
                argmin = starts.run[k];
            }
        best[r] = minimum;
        previous[r] = argmin;
        // The starts before the first pruned one stay where they are: often all of them.
        const double bound = best[r] + slack;
        std::size_t kept = 0;
        while (kept < live && reach[kept] <= bound)
            ++kept;
        for (std::size_t k = kept; k < live; ++k)
            if (reach[k] <= bound) starts.move(k, kept++);
        starts.resize(kept);
        starts.add(r, best[r], m_segment_cost, t);
    }
    m_cost = best[runs - 1];
    for (std::size_t r = previous[runs - 1]; r > 0; r = previous[r])
        m_change_points.push_back(m_run_starts[r]);
    std::reverse(m_change_points.begin(), m_change_points.end());
}

void Pelt::Starts::add(std::size_t r, double best_r, const SegmentCost& cost, std::size_t position_r)
{
    run.push_back(r);
    best.push_back(best_r);
    sum.push_back(cost.sum(position_r));
    sum2.push_back(cost.sum2(position_r));
    position.push_back(static_cast<double>(position_r));
}

void Pelt::Starts::move(std::size_t from, std::size_t to)
{
    run[to] = run[from];
    best[to] = best[from];
    sum[to] = sum[from];
    sum2[to] = sum2[from];
    position[to] = position[from];
}

void Pelt::Starts::resize(std::size_t size)
{
    run.resize(size);
    best.resize(size);
    sum.resize(size);
    sum2.resize(size);
    position.resize(size);
}

} // namespace entente::analysis
