#include "analysis/rank_shift.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

#include "analysis/rank_correlation.hpp"

namespace entente::analysis {

std::vector<std::size_t> competition_ranks(const std::vector<double>& values)
{
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return values[x] > values[y]; });
    std::vector<std::size_t> ranks(values.size());
    std::size_t leader = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double first = values[order[leader]], value = values[order[i]];
        if (i == 0 || std::abs(first - value) > 1e-9 * std::max(std::abs(first), std::abs(value))) leader = i;
        ranks[order[i]] = leader + 1;
    }
    return ranks;
}

RankShift compare_ranks(const std::vector<ActorMetric>& a, const std::vector<ActorMetric>& b)
{
    // Both lists are in actor order: a merge finds the actors present in both.
    std::vector<std::pair<const ActorMetric*, const ActorMetric*>> both;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (x->actor < y->actor) {
            ++x;
        } else if (y->actor < x->actor) {
            ++y;
        } else {
            both.emplace_back(&*x++, &*y++);
        }
    }
    RankShift shift;
    shift.actors = both.size();
    for (const std::string& name : unsigned_metric_names()) {
        std::vector<double> values_a, values_b;
        for (const auto& [in_a, in_b] : both) {
            values_a.push_back(*actor_metric_value(*in_a, name));
            values_b.push_back(*actor_metric_value(*in_b, name));
        }
        const std::vector<std::size_t> ranks_a = competition_ranks(values_a), ranks_b = competition_ranks(values_b);
        const std::vector<double> order_a(ranks_a.begin(), ranks_a.end()), order_b(ranks_b.begin(), ranks_b.end());
        MetricRankShift metric{name, kendall_tau_b(order_a, order_b), {}};
        for (std::size_t i = 0; i < both.size(); ++i)
            metric.ranks.push_back({both[i].first->actor, values_a[i], values_b[i], ranks_a[i], ranks_b[i]});
        std::stable_sort(metric.ranks.begin(), metric.ranks.end(), [](const ActorRank& x, const ActorRank& y) {
            return std::llabs(x.rise()) > std::llabs(y.rise());
        });
        shift.metrics.push_back(std::move(metric));
    }
    return shift;
}

} // namespace entente::analysis
