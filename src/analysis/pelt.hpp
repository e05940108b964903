#pragma once
// Optimal segmentation of a series into segments of constant mean.
#include <cstddef>
#include <span>
#include <vector>

namespace entente::analysis {

/// Squared-error cost of series segments, from prefix sums: O(n) to build, O(1) a query.
class SegmentCost {
public:
    explicit SegmentCost(std::span<const double> series);
    /// Sum of (x - mean)^2 over x[from, to), from < to.
    [[nodiscard]] double operator()(std::size_t from, std::size_t to) const;
    /// Mean of x[from, to), from < to.
    [[nodiscard]] double mean(std::size_t from, std::size_t to) const;
    /// The prefix sums the cost reads at position i: sum(from..to) needs those at both ends.
    [[nodiscard]] double sum(std::size_t i) const { return m_sum[i]; }
    [[nodiscard]] double sum2(std::size_t i) const { return m_sum2[i]; }

private:
    double m_offset = 0.0;             ///< the series' mean, subtracted to keep the cost's sums small
    std::vector<double> m_sum, m_sum2; ///< prefix sums of x - offset and of its square
    std::vector<double> m_raw;         ///< prefix sums of x: a stretch of zeros has mean exactly 0
};

/// PELT, Pruned Exact Linear Time (Killick, Fearnhead & Eckley 2012, JASA 107(500):1590-1598):
/// the change points minimising sum of segment costs + penalty × (number of change
/// points), with the squared-error (normal mean-shift) cost. Exact, like optimal
/// partitioning, but prunes start points that can never be optimal again:
/// expected O(n) when change points keep coming as n grows, O(n^2) at worst.
/// Only the starts of runs of equal values are tried as change points: moving a
/// change point inside a run changes the cost concavely, so a run's ends are
/// at least as good. A sparse series of events among zeros costs O(runs^2) at worst.
class Pelt {
public:
    /// penalty >= 0, in the cost's units (squared series units).
    Pelt(std::span<const double> series, double penalty);
    void run();

    /// Where each segment after the first starts, ascending, each in [1, n).
    [[nodiscard]] const std::vector<std::size_t>& change_points() const { return m_change_points; }
    /// The minimum: sum of the segments' costs + penalty × change points.
    [[nodiscard]] double cost() const { return m_cost; }
    /// The series' segment costs and means, for reading the segments found.
    [[nodiscard]] const SegmentCost& segments() const { return m_segment_cost; }

private:
    /// Start points still in play (run indexes) with their best cost and the
    /// prefix sums at their positions, as parallel columns.
    struct Starts {
        std::vector<std::size_t> run;
        std::vector<double> best, sum, sum2, position;
        void add(std::size_t r, double best_r, const SegmentCost& cost, std::size_t position_r);
        /// Start `from` put at `to` (to <= from), for keeping the unpruned in order.
        void move(std::size_t from, std::size_t to);
        void resize(std::size_t size);
    };

    std::size_t m_size;
    std::vector<std::size_t> m_run_starts; ///< 0, every k with x[k] != x[k-1], then n
    SegmentCost m_segment_cost;
    double m_penalty;
    std::vector<std::size_t> m_change_points;
    double m_cost = 0.0;
};

} // namespace entente::analysis
