#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <graphviz/cgraph.h>
#include <map>
#include <memory>

#include "core/errors.hpp"
#include "render/dot_writer.hpp"
#include "render/svg_renderer.hpp"
#include "render_fixtures.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
using entente::test::fixture;

namespace {

views::ViewSpec whole(const model::Dataset& dataset)
{
    views::ViewSpec spec;
    spec.window = dataset.span;
    spec.label = "all";
    return spec;
}

struct GraphCloser {
    void operator()(Agraph_t* g) const { agclose(g); }
};
using ParsedGraph = std::unique_ptr<Agraph_t, GraphCloser>;

ParsedGraph parse(const std::string& dot)
{
    ParsedGraph graph(agmemread(dot.c_str()));
    BOOST_REQUIRE(graph);
    return graph;
}

std::string attribute(void* object, const char* name)
{
    const char* value = agget(object, const_cast<char*>(name));
    return value ? value : "";
}

} // namespace

BOOST_AUTO_TEST_SUITE(dot_writer)

BOOST_AUTO_TEST_CASE(tiny_dataset_matches_the_golden_dot)
{
    const views::RelationGraph view = test::view_of(fixture("tiny"), whole(fixture("tiny")));
    const std::string dot = render::write_dot(render::make_diagram(view));
    BOOST_TEST(dot == test::read_text(std::string(ENTENTE_TEST_DATA) + "/golden/tiny.dot"));
}

BOOST_AUTO_TEST_CASE(graphviz_reads_back_the_same_nodes_edges_and_scores)
{
    const model::Dataset& dataset = fixture("tiny");
    const views::RelationGraph view = test::view_of(dataset, whole(dataset));
    const ParsedGraph graph = parse(render::write_dot(render::make_diagram(view)));

    BOOST_TEST(agnnodes(graph.get()) == static_cast<int>(view.actors().size()));
    BOOST_TEST(agnedges(graph.get()) == static_cast<int>(view.edge_count()));
    for (const ActorIndex a : view.actors()) {
        Agnode_t* node = agnode(graph.get(), const_cast<char*>(dataset.actors.id(a).c_str()), 0);
        BOOST_REQUIRE(node);
    }
    std::map<std::pair<std::string, std::string>, double> read;
    for (Agnode_t* n = agfstnode(graph.get()); n; n = agnxtnode(graph.get(), n))
        for (Agedge_t* e = agfstout(graph.get(), n); e; e = agnxtout(graph.get(), e))
            read[{agnameof(agtail(e)), agnameof(aghead(e))}] = std::stod(attribute(e, "score"));
    BOOST_TEST(read.size() == view.edge_count());
    for (const views::Dyad& d : view.dyads()) {
        const auto it = read.find({dataset.actors.id(d.a), dataset.actors.id(d.b)});
        BOOST_REQUIRE(it != read.end());
        BOOST_TEST(it->second == d.score); // written with round-trip precision
    }
    // The quoted name survives DOT quoting: \" is the only escape DOT itself undoes.
    Agnode_t* gamma = agnode(graph.get(), const_cast<char*>("CCC"), 0);
    BOOST_TEST(attribute(gamma, "label") == R"(The "Gamma" Union)");
}

BOOST_AUTO_TEST_CASE(hostile_names_give_valid_dot)
{
    const model::Dataset& dataset = fixture("hostile");
    const views::RelationGraph view = test::view_of(dataset, whole(dataset));
    const ParsedGraph graph = parse(render::write_dot(render::make_diagram(view), {.wrap = 0}));
    BOOST_TEST(agnnodes(graph.get()) == 3);
    BOOST_TEST(agnedges(graph.get()) == 3);
    // Labels hold Graphviz escString text: \\ for a backslash, \n for a line break, &amp; for &.
    BOOST_TEST(attribute(agnode(graph.get(), const_cast<char*>("QQQ"), 0), "label") ==
               R"(A "quoted" <b>&amp;amp; name)");
    BOOST_TEST(attribute(agnode(graph.get(), const_cast<char*>("NLN"), 0), "label") == R"(First line\nsecond line)");
    BOOST_TEST(attribute(agnode(graph.get(), const_cast<char*>("BSL"), 0), "label") ==
               R"(back\\slash \\N \\\\n and 'single' -- &amp;#92;)");
}

BOOST_AUTO_TEST_CASE(wrapping_keeps_every_character_whatever_the_line_ends)
{
    // A CR before a space used to join the word before it, and the break put there ate the space
    // (found by fuzz/markup.cpp).
    render::Diagram diagram;
    diagram.nodes.push_back({0, "AAA", "one\r two three\r\nfour", "state", "", 1.0, std::nullopt, {}});
    const ParsedGraph graph = parse(render::write_dot(diagram, {.wrap = 4}));
    BOOST_TEST(attribute(agnode(graph.get(), const_cast<char*>("AAA"), 0), "label") == R"(one\n two\nthree\nfour)");
}

BOOST_AUTO_TEST_CASE(blocs_become_clusters_and_fill_colours)
{
    const model::Dataset& dataset = fixture("tiny");
    const views::RelationGraph view = test::view_of(dataset, whole(dataset));
    render::Annotations annotations;
    annotations.blocs = {
        {*dataset.actors.find("AAA"), 1}, {*dataset.actors.find("ORG"), 1}, {*dataset.actors.find("BBB"), 2}};
    annotations.metrics[*dataset.actors.find("AAA")] = {{"pagerank", 0.25}};
    const std::string dot =
        render::write_dot(render::make_diagram(view, annotations), {.layout = render::Layout::fdp, .clusters = true});
    const ParsedGraph graph = parse(dot);

    Agraph_t* bloc1 = agsubg(graph.get(), const_cast<char*>("cluster_bloc_1"), 0);
    Agraph_t* bloc2 = agsubg(graph.get(), const_cast<char*>("cluster_bloc_2"), 0);
    BOOST_REQUIRE(bloc1);
    BOOST_REQUIRE(bloc2);
    BOOST_TEST(agnnodes(bloc1) == 2);
    BOOST_TEST(agnnodes(bloc2) == 1);
    BOOST_TEST(agsubnode(bloc1, agnode(graph.get(), const_cast<char*>("ORG"), 0), 0) != nullptr);
    Agnode_t* aaa = agnode(graph.get(), const_cast<char*>("AAA"), 0);
    BOOST_TEST(attribute(aaa, "fillcolor") == "#ffffb3");                                              // bloc 1
    BOOST_TEST(attribute(agnode(graph.get(), const_cast<char*>("CCC"), 0), "fillcolor") == "#dbe9f6"); // a state
    BOOST_TEST(attribute(aaa, "tooltip").find(R"(\nbloc 1\npagerank 0.25)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(blocs_are_clusters_only_for_layouts_that_keep_them_apart)
{
    // neato and the others would place the nodes as if there were no clusters and still draw
    // each cluster's box around its members, over the other blocs: those get fill colours only.
    const model::Dataset& dataset = fixture("tiny");
    const views::RelationGraph view = test::view_of(dataset, whole(dataset));
    render::Annotations annotations;
    annotations.blocs = {{*dataset.actors.find("AAA"), 1}, {*dataset.actors.find("BBB"), 2}};
    const render::Diagram diagram = render::make_diagram(view, annotations);
    for (const render::Layout layout : {render::Layout::neato, render::Layout::fdp, render::Layout::sfdp,
                                        render::Layout::circo, render::Layout::dot, render::Layout::twopi}) {
        const ParsedGraph graph = parse(render::write_dot(diagram, {.layout = layout, .clusters = true}));
        const bool clusters = agsubg(graph.get(), const_cast<char*>("cluster_bloc_1"), 0) != nullptr;
        BOOST_TEST(clusters == (layout == render::Layout::fdp || layout == render::Layout::dot), to_string(layout));
        BOOST_TEST(render::lays_out_clusters(layout) == clusters);
        BOOST_TEST(attribute(agnode(graph.get(), const_cast<char*>("BBB"), 0), "fillcolor") == "#bebada"); // bloc 2
    }
}

BOOST_AUTO_TEST_CASE(a_diagram_filled_by_hand_with_tiny_numbers_stays_valid_dot)
{
    // Decayed views leave scores like 3.7e-28; DOT would split an unquoted 3.7e-28 in two.
    render::Diagram diagram;
    diagram.dataset = "by hand";
    diagram.title = "a difference graph";
    diagram.window = {0, 365};
    diagram.difference = true;
    diagram.nodes = {{0, "A", "Alpha", "state", "", 3.7e-28, {}, {}}, {1, "B", "Beta", "group", "", 3.7e-28, {}, {}}};
    diagram.edges = {{0, 1, -3.7e-28, 0.0, 0.0, 1, render::EdgeChange::worsened, {}, 3.7e-28, 0.0}};
    const ParsedGraph graph = parse(render::write_dot(diagram));
    Agedge_t* edge = agedge(graph.get(), agnode(graph.get(), const_cast<char*>("A"), 0),
                            agnode(graph.get(), const_cast<char*>("B"), 0), nullptr, 0);
    BOOST_REQUIRE(edge);
    BOOST_TEST(std::stod(attribute(edge, "score")) == -3.7e-28);
    BOOST_TEST(std::stod(attribute(edge, "rate_a")) == 3.7e-28);
    BOOST_TEST(attribute(edge, "change") == "worsened");
}

BOOST_AUTO_TEST_CASE(directed_views_are_digraphs)
{
    const model::Dataset& dataset = fixture("tiny");
    views::ViewSpec spec = whole(dataset);
    spec.directed = true;
    const views::RelationGraph view = test::view_of(dataset, spec);
    const ParsedGraph graph = parse(render::write_dot(render::make_diagram(view)));
    BOOST_TEST(agisdirected(graph.get()));
    BOOST_TEST(agnedges(graph.get()) == static_cast<int>(view.edge_count()));
}

BOOST_AUTO_TEST_CASE(layouts_parse_by_name)
{
    BOOST_TEST(render::to_string(render::parse_layout("sfdp")) == "sfdp");
    BOOST_CHECK_EXCEPTION(render::parse_layout("spring"), UsageError, [](const UsageError& e) {
        return std::string(e.what()) == "unknown layout 'spring' (expected neato, fdp, sfdp, circo, dot or twopi)";
    });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(svg_renderer)

BOOST_AUTO_TEST_CASE(the_same_dot_gives_the_same_svg_bytes)
{
    const views::RelationGraph view = test::view_of(fixture("tiny"), whole(fixture("tiny")));
    for (const render::Layout layout : {render::Layout::neato, render::Layout::fdp, render::Layout::sfdp}) {
        const std::string dot = render::write_dot(render::make_diagram(view), {.layout = layout});
        const render::RenderedDrawing first = render::render_svg(dot, layout, 100);
        const render::RenderedDrawing second = render::render_svg(dot, layout, 100);
        BOOST_TEST(first.data == second.data);
        BOOST_TEST(first.data.find("<svg") != std::string::npos);
        BOOST_TEST(first.warnings.empty());
    }
}

BOOST_AUTO_TEST_CASE(hostile_names_are_drawn_literally)
{
    const views::RelationGraph view = test::view_of(fixture("hostile"), whole(fixture("hostile")));
    const std::string svg =
        render::render_svg(render::write_dot(render::make_diagram(view), {.wrap = 0}), render::Layout::neato, 100).data;
    // Graphviz writes the text XML-escaped, so the page shows exactly the name.
    BOOST_TEST(svg.find(">A &quot;quoted&quot; &lt;b&gt;&amp;amp; name</text>") != std::string::npos);
    BOOST_TEST(svg.find(">First line</text>") != std::string::npos);
    BOOST_TEST(svg.find(">second line</text>") != std::string::npos);
    BOOST_TEST(svg.find("xlink:title=\"A &quot;quoted&quot; &lt;b&gt;&amp;amp; name (QQQ)&#10;") != std::string::npos);
    BOOST_TEST(svg.find("xlink:title=\"First line&#10;second line (NLN)&#10;") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_graph_beyond_the_node_limit_is_refused)
{
    const views::RelationGraph view = test::view_of(fixture("tiny"), whole(fixture("tiny")));
    const std::string dot = render::write_dot(render::make_diagram(view));
    BOOST_CHECK_EXCEPTION(render::render_svg(dot, render::Layout::neato, 3), UsageError, [](const UsageError& e) {
        return std::string(e.what()) ==
               "the graph has 4 actors, more than the 3 a layout may hold: a layout that large is slow and unreadable";
    });
}

BOOST_AUTO_TEST_CASE(graphviz_errors_become_fatal_messages)
{
    BOOST_CHECK_EXCEPTION(render::render_svg("graph { a -- ; }", render::Layout::neato, 100), Fatal,
                          [](const Fatal& e) {
                              const std::string text = e.what();
                              return text.find("Graphviz could not read the DOT graph:") == 0 &&
                                     text.find("\n  Error: syntax error in line 1 near ';'") != std::string::npos;
                          });
    // A failed render leaves Graphviz usable.
    BOOST_TEST(render::render_svg("graph { a -- b }", render::Layout::dot, 100).data.find("<svg") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
