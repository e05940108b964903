#pragma once
// The yearly-window workload of the peer benchmark (bench/pipeline_bench.sh):
// per year, the graph of every dyad with events (G), of the positive dyads
// (P) and of the signed ones (S), and a handful of metrics on each, the
// years analysed in parallel.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/bloc_search.hpp"
#include "io/yearly_dyads.hpp"

namespace entente::analysis {

struct YearSummary {
    int year = 0;
    std::size_t nodes = 0;     ///< actors with a dyad that year
    std::size_t edges = 0;     ///< dyads of G
    std::size_t pos_edges = 0; ///< dyads of P (sum > 0)
    std::size_t components = 0;
    std::optional<std::uint32_t> top_pagerank;    ///< actor id; ties go to the actor seen first
    std::optional<std::uint32_t> top_betweenness; ///< none when every value is 0
    long long balanced = 0, triangles = 0;        ///< triangles of S
    std::size_t blocs = 0;
};

/// For each year: connected components of G; weighted PageRank of P (damping
/// 0.85, weight = sum); weighted betweenness of P with distance 1 / sum
/// (Brandes); signed triangles of S and how many are balanced; and the
/// number of Doreian-Mrvar blocs of S (BlocSearch with the given params: blocs, not
/// modularity communities). Reuses the kernels of pagerank.hpp,
/// betweenness.hpp, triangle_census and bloc_search; a year costs
/// O(V E + V^2 log V) (betweenness) plus the bloc search. Years are spread
/// over `threads` std::threads; the output is in year order whatever the count.
class YearlyPipeline {
public:
    YearlyPipeline(const io::YearlyDyads& input, BlocParams blocs, std::size_t threads)
        : m_input(input), m_blocs(blocs), m_threads(threads)
    {
    }
    void run();
    [[nodiscard]] const std::vector<YearSummary>& years() const { return m_years; }

private:
    const io::YearlyDyads& m_input;
    BlocParams m_blocs;
    std::size_t m_threads;
    std::vector<YearSummary> m_years;
};

/// The summary of one year; blocs by `blocs`.
YearSummary summarise_year(const io::YearDyads& year, const BlocParams& blocs);

} // namespace entente::analysis
