#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>

#include <cmath>

#include "cli/timeline_builder.hpp"
#include "dataset_builder.hpp"
#include "render/timeline_chart.hpp"
#include "svg_reading.hpp"

using namespace entente;
using entente::test::attribute;
using entente::test::elements;
using entente::test::numbers;
using entente::test::parse_svg;
using entente::test::ptree;

namespace {

/// A flat stretch of a drawn line: from x0 to x1 at height y.
struct Stretch {
    double x0, x1, y;
};

/// The stretches of a step line's path (M x,y H x, then V y H x or M x,y H x).
std::vector<Stretch> stretches(const std::string& d)
{
    std::vector<Stretch> out;
    double x = 0, y = 0;
    for (std::size_t i = 0; i < d.size();) {
        const char command = d[i];
        std::size_t next = d.find_first_of("MHV", i + 1);
        const std::vector<double> n = numbers(d.substr(i + 1, next == std::string::npos ? next : next - i - 1));
        if (command == 'M') {
            x = n.at(0);
            y = n.at(1);
        } else if (command == 'V') {
            y = n.at(0);
        } else {
            out.push_back({x, n.at(0), y});
            x = n.at(0);
        }
        i = next == std::string::npos ? d.size() : next;
    }
    return out;
}

struct Drawn {
    std::vector<Stretch> line;
    double plot_x, plot_width, zero_y;
};

/// The chart of `request` on a dataset whose events were read.
render::TimelineChart chart_of(const model::Dataset& dataset, const cli::TimelineRequest& request)
{
    model::Dataset read = dataset;
    io::Diagnostics problems;
    return cli::build_timeline_chart(read, request, problems);
}

Drawn draw(const model::Dataset& dataset, const cli::TimelineRequest& request)
{
    const ptree document = parse_svg(render::write_timeline_svg(chart_of(dataset, request)));
    Drawn drawn{};
    for (const ptree* g : elements(document, "g"))
        if (attribute(*g, "class") == "series") drawn.line = stretches(attribute(*elements(*g, "path").at(0), "d"));
    const ptree& plot = document.get_child("svg.defs.clipPath.rect");
    drawn.plot_x = std::stod(attribute(plot, "x"));
    drawn.plot_width = std::stod(attribute(plot, "width"));
    for (const ptree* l : elements(document, "line"))
        if (attribute(*l, "stroke") == "#777777") drawn.zero_y = std::stod(attribute(*l, "y1"));
    return drawn;
}

} // namespace

BOOST_AUTO_TEST_SUITE(timeline_builder)

BOOST_AUTO_TEST_CASE(a_one_day_event_moves_the_line_at_its_date_and_for_one_window)
{
    // One event on 2008-03-15; the axis covers 2007 to 2009, a step a month, a window a year.
    const model::Dataset dataset = test::make_dataset({"AAA", "BBB"}, {{"2008-03-15", "AAA", "BBB", -10}});
    cli::TimelineRequest request;
    request.dyads = {"AAA-BBB"};
    request.from = "2007";
    request.to = "2009";
    const Drawn drawn = draw(dataset, request);
    const Interval range{day_from_civil(2007, 1, 1), day_from_civil(2010, 1, 1)};
    const auto x = [&](Day day) {
        return drawn.plot_x + (day - range.start) / double(range.length()) * drawn.plot_width;
    };
    const double event_x = x(day_from_civil(2008, 3, 15));
    constexpr double tolerance = 0.06; // the SVG holds one decimal

    // The stretch drawn over the event's date holds the event: below zero.
    const auto over = std::find_if(drawn.line.begin(), drawn.line.end(),
                                   [&](const Stretch& s) { return s.x0 <= event_x && event_x < s.x1; });
    BOOST_REQUIRE(over != drawn.line.end());
    BOOST_TEST(over->y > drawn.zero_y + 1.0);
    // The line is off zero exactly from the month of the event to a year later:
    // never before the event, so never in the presidency before it.
    const double first = x(day_from_civil(2008, 3, 1)), last = x(day_from_civil(2009, 3, 1));
    for (const Stretch& s : drawn.line) {
        const bool low = std::abs(s.y - drawn.zero_y) > 1.0;
        if (low) {
            BOOST_TEST(s.x0 >= first - tolerance, "low from " << s.x0 << ", the event's month starts at " << first);
            BOOST_TEST(s.x1 <= last + tolerance, "low to " << s.x1 << ", a year after the month is " << last);
        } else {
            BOOST_TEST((s.x1 <= first + tolerance || s.x0 >= last - tolerance),
                       "at zero from " << s.x0 << " to " << s.x1);
        }
    }
    BOOST_TEST(std::abs(over->x0 - first) < tolerance);
}

BOOST_AUTO_TEST_CASE(steps_as_long_as_the_window_draw_each_window_over_itself)
{
    // --window 1y --step 1y: the step of 2008 holds 2008's events and nothing else.
    const model::Dataset dataset = test::make_dataset(
        {"AAA", "BBB"},
        {{"2007-12-31", "AAA", "BBB", 4}, {"2008-06-01", "AAA", "BBB", -10}, {"2009-01-01", "AAA", "BBB", 6}});
    cli::TimelineRequest request;
    request.dyads = {"AAA-BBB"};
    request.from = "2007";
    request.to = "2009";
    request.window = "1y";
    request.step = "1y";
    const render::TimelineChart chart = chart_of(dataset, request);
    BOOST_REQUIRE(chart.spans.size() == 3u);
    for (int k = 0; k < 3; ++k) {
        BOOST_TEST(chart.spans[k].start == day_from_civil(2007 + k, 1, 1));
        BOOST_TEST(chart.spans[k].end == day_from_civil(2008 + k, 1, 1));
    }
    BOOST_TEST(chart.series.at(0).values == (std::vector<double>{4, -10, 6}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_window_before_a_day_keeps_the_day_of_the_month)
{
    // A weekly step (Monday to Sunday) ends on Monday 2008-03-17: its year runs from 2007-03-17.
    const model::Dataset dataset =
        test::make_dataset({"AAA", "BBB"}, {{"2007-03-16", "AAA", "BBB", 5}, {"2007-03-17", "AAA", "BBB", 3}});
    cli::TimelineRequest request;
    request.dyads = {"AAA-BBB"};
    request.from = "2008-03-10";
    request.to = "2008-03-16";
    request.step = "1w";
    const render::TimelineChart chart = chart_of(dataset, request);
    BOOST_REQUIRE(chart.spans.size() == 1u);
    BOOST_TEST(chart.spans[0].end == day_from_civil(2008, 3, 17));
    BOOST_TEST(chart.series.at(0).values.at(0) == 3.0);
}

BOOST_AUTO_TEST_SUITE_END()
