#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <sstream>

#include "core/date.hpp"
#include "render/timeline_chart.hpp"

using namespace entente;
using boost::property_tree::ptree;

namespace {

render::TimelineChart sample_chart()
{
    render::TimelineChart chart;
    chart.title = "A & B <over> time";
    chart.subtitle = "scores";
    chart.y_label = "score per 1y";
    chart.range = {day_from_civil(2000, 1, 1), day_from_civil(2010, 1, 1)};
    for (int year = 2000; year < 2010; ++year)
        chart.at.push_back(day_from_civil(year, 7, 1));
    chart.series.push_back({"Ecuador – Colombia", {0, 1, 2, 3, 0, -11, 0, 1, 1, 1}});
    chart.series.push_back({"Ecuador – \"UK\"", {0, 0, 0, 0, 0, 0, 0, -8, 0, 0}});
    chart.bands.push_back({{day_from_civil(1999, 1, 1), day_from_civil(2007, 1, 15)}, "First <one>", "first", "hover"});
    chart.bands.push_back({{day_from_civil(2007, 1, 15), day_from_civil(2017, 5, 24)}, "Second", "second", "hover"});
    chart.marks.push_back({day_from_civil(2005, 3, 1), "raid & rupture"});
    chart.marks.push_back({day_from_civil(2011, 1, 1), "outside the axis"});
    return chart;
}

ptree parse(const std::string& svg)
{
    std::istringstream in(svg);
    ptree document;
    boost::property_tree::read_xml(in, document);
    return document;
}

/// Every element named `tag` under `tree`, depth first.
void collect(const ptree& tree, const std::string& tag, std::vector<const ptree*>& out)
{
    for (const auto& [name, child] : tree) {
        if (name == tag) out.push_back(&child);
        collect(child, tag, out);
    }
}

std::vector<std::string> texts(const ptree& document)
{
    std::vector<const ptree*> found;
    collect(document, "text", found);
    std::vector<std::string> out;
    for (const ptree* t : found)
        out.push_back(t->get_value<std::string>());
    return out;
}

bool has(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

} // namespace

BOOST_AUTO_TEST_SUITE(timeline_chart)

BOOST_AUTO_TEST_CASE(chart_is_xml_with_lines_bands_marks_ticks_and_legend)
{
    const ptree document = parse(render::write_timeline_svg(sample_chart()));
    const ptree& svg = document.get_child("svg");
    BOOST_TEST(svg.get<std::string>("<xmlattr>.xmlns") == "http://www.w3.org/2000/svg");
    BOOST_TEST(svg.get<std::string>("<xmlattr>.width") == "1400.0");

    std::vector<const ptree*> polylines;
    collect(svg, "polyline", polylines);
    BOOST_TEST(polylines.size() == 2u);
    std::istringstream points(polylines[0]->get<std::string>("<xmlattr>.points"));
    std::string point;
    int count = 0;
    while (points >> point)
        ++count;
    BOOST_TEST(count == 10);

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

BOOST_AUTO_TEST_CASE(short_ranges_tick_months)
{
    render::TimelineChart chart = sample_chart();
    chart.range = {day_from_civil(2008, 1, 1), day_from_civil(2008, 7, 1)};
    const std::vector<std::string> words = texts(parse(render::write_timeline_svg(chart)));
    BOOST_TEST(has(words, "2008-01"));
    BOOST_TEST(has(words, "2008-06"));
}

BOOST_AUTO_TEST_CASE(the_same_chart_gives_the_same_bytes)
{
    BOOST_TEST(render::write_timeline_svg(sample_chart()) == render::write_timeline_svg(sample_chart()));
}

BOOST_AUTO_TEST_SUITE_END()
