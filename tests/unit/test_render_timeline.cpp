#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>

#include "core/date.hpp"
#include "render/timeline_chart.hpp"
#include "svg_reading.hpp"

using namespace entente;
using entente::test::attribute;
using entente::test::elements;
using entente::test::numbers;
using entente::test::parse_svg;
using entente::test::ptree;

namespace {

render::TimelineChart sample_chart()
{
    render::TimelineChart chart;
    chart.title = "A & B <over> time";
    chart.subtitle = "scores";
    chart.y_label = "score per 1y";
    chart.range = {day_from_civil(2000, 1, 1), day_from_civil(2010, 1, 1)};
    for (int year = 2000; year < 2010; ++year)
        chart.spans.push_back({day_from_civil(year, 1, 1), day_from_civil(year + 1, 1, 1)});
    chart.series.push_back({"Ecuador – Colombia", {0, 1, 2, 3, 0, -11, 0, 1, 1, 1}});
    chart.series.push_back({"Ecuador – \"UK\"", {0, 0, 0, 0, 0, 0, 0, -8, 0, 0}});
    chart.bands.push_back({{day_from_civil(1999, 1, 1), day_from_civil(2007, 1, 15)}, "First <one>", "first", "hover"});
    chart.bands.push_back({{day_from_civil(2007, 1, 15), day_from_civil(2017, 5, 24)}, "Second", "second", "hover"});
    chart.marks.push_back({day_from_civil(2005, 3, 1), "raid & rupture"});
    chart.marks.push_back({day_from_civil(2011, 1, 1), "outside the axis"});
    return chart;
}

std::vector<std::string> texts(const ptree& document)
{
    std::vector<std::string> out;
    for (const ptree* t : elements(document, "text"))
        out.push_back(t->get_value<std::string>());
    return out;
}

bool has(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

/// The group of `document` with this class attribute.
const ptree& group(const ptree& document, const std::string& name)
{
    for (const ptree* g : elements(document, "g"))
        if (attribute(*g, "class") == name) return *g;
    BOOST_FAIL("no group of class " + name);
    throw std::logic_error("unreachable");
}

/// A mark's label as drawn: the text runs up from its anchor, the glyphs
/// left of the baseline. The box is generous: an em across (ascent 0.9 em
/// left of the baseline, descent 0.25 em right) and 0.62 em a character.
struct LabelBox {
    double x0, x1, y0, y1;
    double baseline;
    std::string text;
};

std::vector<LabelBox> mark_labels(const ptree& document)
{
    std::vector<LabelBox> boxes;
    for (const ptree* t : elements(group(document, "mark-labels"), "text")) {
        const std::vector<double> at = numbers(attribute(*t, "transform")); // translate(x y) rotate(-90)
        BOOST_REQUIRE(at.size() == 3u && at[2] == -90.0);
        const std::string text = t->get_value<std::string>();
        const double size = 11.0, length = 0.62 * size * static_cast<double>(text.size());
        boxes.push_back({at[0] - 0.9 * size, at[0] + 0.25 * size, at[1], at[1] + length, at[0], text});
    }
    return boxes;
}

bool overlap(const LabelBox& a, const LabelBox& b)
{
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

} // namespace

BOOST_AUTO_TEST_SUITE(timeline_chart)

BOOST_AUTO_TEST_CASE(chart_is_xml_with_lines_bands_marks_ticks_and_legend)
{
    const ptree document = parse_svg(render::write_timeline_svg(sample_chart()));
    const ptree& svg = document.get_child("svg");
    BOOST_TEST(svg.get<std::string>("<xmlattr>.xmlns") == "http://www.w3.org/2000/svg");
    BOOST_TEST(svg.get<std::string>("<xmlattr>.width") == "1400.0");

    const std::vector<const ptree*> paths = elements(group(document, "series"), "path");
    BOOST_TEST(paths.size() == 2u);
    // Ten touching yearly steps: one piece (M) of ten flat stretches (H).
    const std::string d = attribute(*paths[0], "d");
    BOOST_TEST(std::count(d.begin(), d.end(), 'M') == 1);
    BOOST_TEST(std::count(d.begin(), d.end(), 'H') == 10);

    const std::vector<std::string> words = texts(document);
    BOOST_TEST(has(words, "A & B <over> time"));
    BOOST_TEST(has(words, "First <one>")); // band labels, clipped to the axis
    BOOST_TEST(has(words, "Second"));
    BOOST_TEST(has(words, "2005-03-01 raid & rupture"));
    BOOST_TEST(!has(words, "2011-01-01 outside the axis"));
    BOOST_TEST(has(words, "Ecuador – Colombia")); // legend
    BOOST_TEST(has(words, "Ecuador – \"UK\""));
    for (const char* year : {"2000", "2002", "2004", "2006", "2008"})
        BOOST_TEST(has(words, year), year);
    for (const char* value : {"-15", "-10", "-5", "0", "5"})
        BOOST_TEST(has(words, value), value);
}

BOOST_AUTO_TEST_CASE(each_value_is_drawn_flat_over_its_span)
{
    // Plot from x 70 to 1376 over ten years: a year is 130.6 pixels wide.
    const ptree document = parse_svg(render::write_timeline_svg(sample_chart()));
    const std::string d = attribute(*elements(group(document, "series"), "path")[0], "d");
    const std::vector<double> n = numbers(d); // M x,y H x (V y H x) * 9
    BOOST_REQUIRE(n.size() == 3u + 2u * 9u);
    const auto x = [](int year) {
        return 70.0 + (day_from_civil(year, 1, 1) - day_from_civil(2000, 1, 1)) /
                          double(day_from_civil(2010, 1, 1) - day_from_civil(2000, 1, 1)) * (1376.0 - 70.0);
    };
    BOOST_TEST(std::abs(n[0] - x(2000)) < 0.06);
    for (int k = 0; k < 10; ++k) {
        const double end = k == 0 ? n[2] : n[3 + 2 * (k - 1) + 1];
        BOOST_TEST(std::abs(end - x(2001 + k)) < 0.06, "step " << k << " ends at " << end);
    }
    // 2005 (k = 5) is the lowest step: -11.
    double lowest = n[1];
    for (std::size_t i = 3; i < n.size(); i += 2)
        lowest = std::max(lowest, n[i]); // SVG y grows downwards
    BOOST_TEST(n[3 + 2 * 4] == lowest);
}

BOOST_AUTO_TEST_CASE(spans_with_a_gap_start_a_new_piece)
{
    render::TimelineChart chart = sample_chart();
    chart.spans[5] = {day_from_civil(2005, 1, 1), day_from_civil(2005, 7, 1)};
    const ptree document = parse_svg(render::write_timeline_svg(chart));
    const std::string d = attribute(*elements(group(document, "series"), "path")[0], "d");
    BOOST_TEST(std::count(d.begin(), d.end(), 'M') == 2);
}

BOOST_AUTO_TEST_CASE(mark_labels_crowded_together_do_not_overlap)
{
    render::TimelineChart chart = sample_chart();
    chart.marks.clear();
    // Four marks in one week, two in the next month, one on each edge of the axis.
    for (const int day : {1, 3, 5, 7})
        chart.marks.push_back({day_from_civil(2008, 3, static_cast<unsigned>(day)), "rupture"});
    chart.marks.push_back({day_from_civil(2008, 4, 2), "rapprochement"});
    chart.marks.push_back({day_from_civil(2008, 4, 20), "rupture"});
    chart.marks.push_back({day_from_civil(2000, 1, 1), "first day"});
    chart.marks.push_back({day_from_civil(2009, 12, 31), "last day"});
    const ptree document = parse_svg(render::write_timeline_svg(chart));
    const std::vector<LabelBox> boxes = mark_labels(document);
    BOOST_REQUIRE(boxes.size() == chart.marks.size()); // all fit across the plot
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        BOOST_TEST(boxes[i].x0 >= 70.0 - 1.0, boxes[i].text); // inside the plot
        BOOST_TEST(boxes[i].x1 <= 1376.0 + 1.0, boxes[i].text);
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            BOOST_TEST(!overlap(boxes[i], boxes[j]), boxes[i].text << " overlaps " << boxes[j].text);
    }
    // Each label is beside its own line or hangs from a leader that starts on it.
    std::map<std::string, double> lines; // by title
    for (const ptree* g : elements(group(document, "marks"), "g"))
        lines[g->get<std::string>("title")] = std::stod(attribute(g->get_child("line"), "x1"));
    BOOST_TEST(lines.size() == chart.marks.size());
    for (const ptree* g : elements(group(document, "mark-labels"), "g")) {
        const double line_x = lines.at(g->get<std::string>("title"));
        const std::vector<double> at = numbers(attribute(g->get_child("text"), "transform"));
        if (const auto leader = g->get_child_optional("polyline")) {
            const std::vector<double> p = numbers(attribute(*leader, "points"));
            BOOST_TEST(std::abs(p[0] - line_x) < 0.06);
            BOOST_TEST(std::abs(p[2] - (at[0] + 3.0)) < 0.06);
        } else {
            BOOST_TEST(std::abs(at[0] + 3.0 - line_x) < 0.06);
        }
    }
}

BOOST_AUTO_TEST_CASE(marks_beyond_room_keep_their_line_and_the_first_listed_keep_labels)
{
    render::TimelineChart chart = sample_chart();
    chart.width = 480; // a plot of 386 pixels: room for 29 labels
    chart.marks.clear();
    for (int i = 0; i < 60; ++i)
        chart.marks.push_back({day_from_civil(2004, 1, 1) + i, fmt::format("m{}", i)});
    const ptree document = parse_svg(render::write_timeline_svg(chart));
    const std::vector<LabelBox> boxes = mark_labels(document);
    BOOST_TEST(boxes.size() == 29u);
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t j = i + 1; j < boxes.size(); ++j)
            BOOST_TEST(!overlap(boxes[i], boxes[j]));
    BOOST_TEST(elements(group(document, "marks"), "line").size() == 60u);
    std::vector<std::string> labelled;
    for (const LabelBox& b : boxes)
        labelled.push_back(b.text);
    BOOST_TEST(has(labelled, "2004-01-01 m0"));
    BOOST_TEST(has(labelled, "2004-01-29 m28"));
    BOOST_TEST(!has(labelled, "2004-01-30 m29"));
}

BOOST_AUTO_TEST_CASE(short_ranges_tick_months)
{
    render::TimelineChart chart = sample_chart();
    chart.range = {day_from_civil(2008, 1, 1), day_from_civil(2008, 7, 1)};
    const std::vector<std::string> words = texts(parse_svg(render::write_timeline_svg(chart)));
    BOOST_TEST(has(words, "2008-01"));
    BOOST_TEST(has(words, "2008-06"));
}

BOOST_AUTO_TEST_CASE(the_same_chart_gives_the_same_bytes)
{
    BOOST_TEST(render::write_timeline_svg(sample_chart()) == render::write_timeline_svg(sample_chart()));
}

BOOST_AUTO_TEST_SUITE_END()
