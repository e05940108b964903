#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <map>

#include "core/errors.hpp"
#include "render/diagram.hpp"
#include "render/dot_writer.hpp"
#include "render/shared_layout.hpp"
#include "render/svg_renderer.hpp"
#include "render_fixtures.hpp"
#include "svg_reading.hpp"
#include "views/relation_graph.hpp"

using namespace entente;
using entente::test::attribute;
using entente::test::elements;
using entente::test::fixture;
using entente::test::numbers;
using entente::test::parse_svg;
using entente::test::ptree;

namespace {

/// The two eras of tests/data/shift: Friendland and Foeland trade places.
std::vector<render::Diagram> shift_eras()
{
    const model::Dataset& dataset = fixture("shift");
    std::vector<render::Diagram> diagrams;
    for (const Era& era : dataset.eras) {
        views::ViewSpec spec;
        spec.kind = views::ViewKind::era;
        spec.window = era.window(dataset.open_end());
        spec.label = era.id;
        const views::RelationGraph view = test::view_of(dataset, spec);
        diagrams.push_back(render::make_diagram(view));
    }
    return diagrams;
}

std::vector<const render::Diagram*> pointers(const std::vector<render::Diagram>& diagrams)
{
    std::vector<const render::Diagram*> out;
    for (const render::Diagram& d : diagrams)
        out.push_back(&d);
    return out;
}

struct Page {
    std::string width, height, view_box;
    std::map<std::string, std::pair<double, double>> centres; ///< on the page: the graph's transform applied
};

/// Each node's ellipse centre moved by the graph's translate (Graphviz writes scale 1, rotate 0).
Page read_page(const std::string& svg)
{
    const ptree document = parse_svg(svg);
    const ptree& root = document.get_child("svg");
    Page page{attribute(root, "width"), attribute(root, "height"), attribute(root, "viewBox"), {}};
    std::vector<double> shift;
    for (const ptree* g : elements(root, "g")) {
        if (attribute(*g, "class") == "graph") {
            shift = numbers(attribute(*g, "transform")); // scale(1 1) rotate(0) translate(x y)
            BOOST_REQUIRE(shift.size() == 5u && shift[0] == 1.0 && shift[1] == 1.0 && shift[2] == 0.0);
        }
        if (attribute(*g, "class") != "node") continue;
        const std::vector<const ptree*> ellipses = elements(*g, "ellipse");
        BOOST_REQUIRE(ellipses.size() == 1u);
        page.centres[g->get<std::string>("title")] = {std::stod(attribute(*ellipses[0], "cx")) + shift.at(3),
                                                      std::stod(attribute(*ellipses[0], "cy")) + shift.at(4)};
    }
    return page;
}

} // namespace

BOOST_AUTO_TEST_SUITE(shared_layout)

BOOST_AUTO_TEST_CASE(the_union_holds_every_actor_at_its_largest_and_every_relation_summed)
{
    const std::vector<render::Diagram> eras = shift_eras();
    const render::Diagram all = render::union_diagram(pointers(eras));
    // By hand from tests/data/shift: strengths 23 (HOM), 13, 15, 2, 3 before; 20 (HOM), 9, 13, 5, 3 after.
    const std::map<std::string, double> shares = {{"HOM", 1.0},        {"FRI", 13.0 / 23.0}, {"FOE", 15.0 / 23.0},
                                                  {"NEU", 5.0 / 20.0}, {"NEW", 3.0 / 20.0},  {"OLD", 3.0 / 23.0}};
    BOOST_REQUIRE(all.nodes.size() == shares.size());
    for (const render::DiagramNode& n : all.nodes) {
        BOOST_TEST(std::abs(n.strength - shares.at(n.id)) < 1e-12, n.id);
        BOOST_TEST(!n.bloc);
    }
    std::map<std::string, double> scores;
    for (const render::DiagramEdge& e : all.edges)
        scores[all.nodes[e.source].id + "-" + all.nodes[e.target].id] = e.score;
    const std::map<std::string, double> expected = {{"HOM-FRI", 4.0}, {"HOM-FOE", -2.0}, {"HOM-NEU", 7.0},
                                                    {"HOM-NEW", 3.0}, {"HOM-OLD", 3.0},  {"FRI-FOE", -10.0}};
    BOOST_TEST(scores == expected);
}

BOOST_AUTO_TEST_CASE(an_actor_sits_at_the_same_place_in_every_drawing_on_pages_of_one_size)
{
    const std::vector<render::Diagram> eras = shift_eras();
    const render::PinnedPage page = render::lay_out_together(pointers(eras), {}, 100);
    render::DotStyle pinned{.layout = render::Layout::nop, .page = &page};
    std::vector<Page> drawn;
    for (const render::Diagram& d : eras) {
        const render::RenderedDrawing drawing =
            render::render_svg(render::write_dot(d, pinned), render::Layout::nop, 100);
        BOOST_TEST(drawing.warnings.empty());
        drawn.push_back(read_page(drawing.data));
        // The same diagram on the same page gives the same bytes.
        BOOST_TEST(render::render_svg(render::write_dot(d, pinned), render::Layout::nop, 100).data == drawing.data);
    }
    BOOST_TEST(drawn[0].view_box == drawn[1].view_box);
    BOOST_TEST(drawn[0].width == drawn[1].width);
    BOOST_TEST(drawn[0].centres.count("OLD") == 1u); // an actor of one era only
    BOOST_TEST(drawn[1].centres.count("OLD") == 0u);
    std::size_t shared = 0;
    for (const auto& [actor, at] : drawn[0].centres) {
        const auto other = drawn[1].centres.find(actor);
        if (other == drawn[1].centres.end()) continue;
        ++shared;
        BOOST_TEST(std::abs(at.first - other->second.first) < 0.01, actor);
        BOOST_TEST(std::abs(at.second - other->second.second) < 0.01, actor);
    }
    BOOST_TEST(shared == 4u); // HOM, FRI, FOE and NEU are in both eras
}

BOOST_AUTO_TEST_CASE(the_page_holds_the_widest_label_and_every_node)
{
    std::vector<render::Diagram> eras = shift_eras();
    eras[1].title = std::string(300, 'W'); // far wider than the nodes
    const render::PinnedPage page = render::lay_out_together(pointers(eras), {}, 100);
    BOOST_TEST(page.width > 300 * 10.0); // a capital W at 16 points is wider than 10
    const Page drawn =
        read_page(render::render_svg(render::write_dot(eras[0], {.layout = render::Layout::nop, .page = &page}),
                                     render::Layout::nop, 100)
                      .data);
    for (const auto& [actor, at] : drawn.centres) {
        BOOST_TEST((at.first > 0 && at.first < page.width), actor);
        BOOST_TEST((at.second > 0 && at.second < page.height), actor);
    }
}

BOOST_AUTO_TEST_CASE(pinned_drawings_need_a_place_for_every_node)
{
    const std::vector<render::Diagram> eras = shift_eras();
    BOOST_CHECK_THROW(render::write_dot(eras[0], {.layout = render::Layout::nop}), Fatal);
    render::PinnedPage page;
    page.centres["HOM"] = {10, 10};
    BOOST_CHECK_EXCEPTION(
        render::write_dot(eras[0], {.layout = render::Layout::nop, .page = &page}), Fatal,
        [](const Fatal& e) { return std::string(e.what()) == "no place for node FRI on the pinned page"; });
}

BOOST_AUTO_TEST_SUITE_END()
