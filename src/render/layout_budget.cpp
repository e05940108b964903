#include "render/layout_budget.hpp"

namespace entente::render {

double routing_work(std::size_t nodes, std::size_t edges)
{
    const auto n = static_cast<double>(nodes);
    return n * n * static_cast<double>(edges);
}

bool routes_edges(std::size_t nodes, std::size_t edges)
{
    return routing_work(nodes, edges) <= k_routing_budget;
}

Layout fitting_layout(std::size_t nodes, std::size_t edges)
{
    return routes_edges(nodes, edges) ? Layout::neato : Layout::sfdp;
}

} // namespace entente::render
