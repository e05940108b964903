#include "analysis/positive_cliques.hpp"

#include <algorithm>
#include <boost/graph/bron_kerbosch_all_cliques.hpp>
#include <boost/graph/core_numbers.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "analysis/signed_graph.hpp"

namespace entente::analysis {
namespace {

struct PositiveTie {
    const views::Graph* graph = nullptr;
    bool operator()(views::Graph::edge_descriptor e) const { return (*graph)[e].score > 0; }
};

using PositiveGraph = boost::filtered_graph<views::Graph, PositiveTie>;

struct CliqueCollector {
    const views::RelationGraph* view;
    std::vector<std::vector<ActorIndex>>* cliques;
    template <typename Clique, typename Graph> void clique(const Clique& members, const Graph&) const
    {
        std::vector<ActorIndex>& clique = cliques->emplace_back();
        for (const auto v : members)
            clique.push_back(view->actors()[v]);
        std::sort(clique.begin(), clique.end());
    }
};

} // namespace

std::vector<std::vector<ActorIndex>> positive_cliques(const views::RelationGraph& graph, std::size_t min_size)
{
    require_undirected(graph);
    const PositiveGraph positive(graph.graph(), PositiveTie{&graph.graph()});
    std::vector<std::vector<ActorIndex>> cliques;
    boost::bron_kerbosch_all_cliques(positive, CliqueCollector{&graph, &cliques}, min_size);
    std::sort(cliques.begin(), cliques.end(),
              [](const auto& x, const auto& y) { return x.size() != y.size() ? x.size() > y.size() : x < y; });
    return cliques;
}

std::vector<ActorCore> positive_cores(const views::RelationGraph& graph)
{
    require_undirected(graph);
    PositiveGraph positive(graph.graph(), PositiveTie{&graph.graph()});
    std::vector<std::size_t> core(graph.actors().size(), 0);
    boost::core_numbers(positive, core.data());
    std::vector<ActorCore> cores;
    for (std::size_t v = 0; v < core.size(); ++v)
        cores.push_back({graph.actors()[v], core[v]});
    return cores;
}

} // namespace entente::analysis
