#pragma once
// What the analysis templates require of a graph and of its property maps,
// as C++20 concepts: Boost.Graph's concept checks (VertexListGraph,
// IncidenceGraph, EdgeListGraph, property maps), written here in the few
// lines the kernels use, so a template states its needs in its signature and
// a graph that lacks one fails at the call, not deep inside the kernel. As
// type constraints the graph comes last: `EdgeNumbers<Graph> WeightMap` is
// EdgeNumbers<WeightMap, Graph>.
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/property_map/property_map.hpp>
#include <concepts>
#include <cstddef>

namespace entente::analysis {

template <class G> using VertexOf = typename boost::graph_traits<G>::vertex_descriptor;
template <class G> using EdgeOf = typename boost::graph_traits<G>::edge_descriptor;

/// Boost's VertexListGraph: every vertex, and how many there are.
template <class G>
concept VertexListGraph = requires(const G& g)
{
    vertices(g);
    requires std::convertible_to<decltype(num_vertices(g)), std::size_t>;
};

/// Boost's EdgeListGraph: every edge, and its ends.
template <class G>
concept EdgeListGraph = requires(const G& g, EdgeOf<G> e)
{
    edges(g);
    requires std::convertible_to<decltype(source(e, g)), VertexOf<G>>;
    requires std::convertible_to<decltype(target(e, g)), VertexOf<G>>;
};

/// Boost's IncidenceGraph: the edges leaving a vertex (both ways in an
/// undirected graph), how many, and where each leads.
template <class G>
concept IncidenceGraph = requires(const G& g, VertexOf<G> v, EdgeOf<G> e)
{
    out_edges(v, g);
    requires std::convertible_to<decltype(out_degree(v, g)), std::size_t>;
    requires std::convertible_to<decltype(target(e, g)), VertexOf<G>>;
};

/// Vertices numbered by a vertex_index map (the whole graph's numbers, for a
/// filtered_graph), which the kernels index their own vectors by.
template <class G>
concept IndexedVertices = requires(const G& g, VertexOf<G> v)
{
    requires std::convertible_to<decltype(get(get(boost::vertex_index, g), v)), std::size_t>;
};

/// Boost's VertexAndEdgeListGraph: every vertex and every edge at once.
template <class G>
concept VertexAndEdgeListGraph = VertexListGraph<G> && EdgeListGraph<G>;

/// What the centrality kernels walk: every vertex, the edges leaving each,
/// and the vertex numbers they index their vectors by.
template <class G>
concept IndexedIncidenceGraph = VertexListGraph<G> && IncidenceGraph<G> && IndexedVertices<G>;

/// An IndexedIncidenceGraph whose edges can also be listed at once.
template <class G>
concept IndexedEdgeListGraph = IndexedIncidenceGraph<G> && EdgeListGraph<G>;

/// Every vertex and every edge, each edge carrying a bundled property of type
/// `Bundle` (g[e]): the relation graphs of views/, whose EdgeData holds the score.
template <class G, class Bundle>
concept BundledGraph = VertexAndEdgeListGraph<G> && requires(const G& g, EdgeOf<G> e)
{
    requires std::convertible_to<decltype(g[e]), const Bundle&>;
};

/// A readable property map giving each `Key` a number.
template <class Map, class Key>
concept NumberMap = requires(const Map& map, const Key& key)
{
    requires std::convertible_to<decltype(get(map, key)), double>;
};

/// A writable property map taking a number for each `Key`.
template <class Map, class Key>
concept NumberOutputMap = requires(Map map, const Key& key, double value)
{
    put(map, key, value);
};

/// A number on each edge of `G`: a weight, a length or a signed score.
template <class Map, class G>
concept EdgeNumbers = NumberMap<Map, EdgeOf<G>>;

/// Where a kernel puts its number for each vertex of `G`.
template <class Map, class G>
concept VertexResults = NumberOutputMap<Map, VertexOf<G>>;

} // namespace entente::analysis
