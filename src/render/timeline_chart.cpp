#include "render/timeline_chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <limits>

#include "render/markup.hpp"

namespace entente::render {
namespace {

// Tableau 10: distinct hues that stay apart for colour-blind readers too.
constexpr std::array k_palette{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                               "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
constexpr std::array k_band_fills{"#e3ebf5", "#f3f3f3"};
constexpr const char* k_font = "Helvetica, Arial, sans-serif";
constexpr int k_max_label_rows = 4;

/// Approximate width of `text` in a Helvetica-like face: narrow letters,
/// capitals and wide letters, digits and the rest each at their typical
/// advance (in ems); any non-ASCII character counts as an average letter.
double text_width(std::string_view text, double size)
{
    double ems = 0.0;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0) == 0x80) continue; // UTF-8 continuation byte
        if (std::string_view(" .,:;'!|()[]-ijlftrI").find(c) != std::string_view::npos)
            ems += 0.3;
        else if ((c >= 'A' && c <= 'Z') || c == 'm' || c == 'w')
            ems += 0.72;
        else
            ems += 0.56;
    }
    return ems * size;
}

/// The smallest of 1, 2, 5 × 10^k that is at least `raw`.
double nice_step(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= raw) return m * magnitude;
    return 10.0 * magnitude;
}

/// Linear map from data to pixels.
struct Scale {
    double d0, d1, p0, p1;
    double operator()(double v) const { return d1 == d0 ? p0 : p0 + (v - d0) / (d1 - d0) * (p1 - p0); }
};

struct Tick {
    double value;
    std::string label;
};

/// Calendar ticks: whole years, or months for short ranges, at most `max_ticks`.
std::vector<Tick> time_ticks(Interval range, int max_ticks)
{
    static constexpr std::array k_months{1, 2, 3, 6, 12, 24, 60, 120, 240, 300, 600, 1200, 2400, 6000};
    const double months = (range.end - range.start) / (365.2425 / 12.0);
    int step = k_months.back();
    for (const int m : k_months) {
        if (months / m <= max_ticks) {
            step = m;
            break;
        }
    }
    // Month numbers count from year 0, so steps align on round years (1990, 2000).
    const Day first = add_months(range.start - 1, 1); // first 1st of a month on or after the start
    const std::string date = format_day(first);
    const int month0 = year_of(first) * 12 + std::stoi(date.substr(5, 2)) - 1;
    std::vector<Tick> ticks;
    for (int m = (month0 + step - 1) / step * step;; m += step) {
        const Day d = day_from_civil(m / 12, static_cast<unsigned>(m % 12 + 1), 1);
        if (d >= range.end) break;
        const std::string text = format_day(d);
        ticks.push_back({static_cast<double>(d), step >= 12 ? text.substr(0, 4) : text.substr(0, 7)});
    }
    return ticks;
}

/// About six round ticks from at or below `lo` to at or above `hi`.
std::vector<Tick> value_ticks(double lo, double hi)
{
    const double step = nice_step((hi - lo) / 6.0);
    std::vector<Tick> ticks;
    const auto first = static_cast<long long>(std::floor(lo / step));
    const auto last = static_cast<long long>(std::ceil(hi / step));
    for (long long k = first; k <= last; ++k)
        ticks.push_back({k * step, rounded_text(k * step, 3)});
    return ticks;
}

struct PlacedLabel {
    double x;     ///< centre of the text
    double under; ///< the band's middle, where its leader line meets the plot
    int row;      ///< 0 next to the plot, higher rows further up
    std::string text;
};

/// Puts each band's label above its middle, on the row nearest the plot where
/// neither the text nor its leader line (down to the plot) runs into another
/// label. Longer bands choose first; bands with no room keep only their hover text.
std::vector<PlacedLabel> place_band_labels(const std::vector<TimelineBand>& bands, const Scale& x, double left,
                                           double right, double size)
{
    using Span = std::pair<double, double>;
    std::array<std::vector<Span>, k_max_label_rows> taken;
    auto free = [&](int row, Span span) {
        return std::none_of(taken[static_cast<std::size_t>(row)].begin(), taken[static_cast<std::size_t>(row)].end(),
                            [&](const Span& t) { return span.first < t.second + 6.0 && t.first < span.second + 6.0; });
    };
    std::vector<const TimelineBand*> order;
    for (const TimelineBand& band : bands)
        order.push_back(&band);
    std::stable_sort(order.begin(), order.end(),
                     [](const TimelineBand* a, const TimelineBand* b) { return a->days.length() > b->days.length(); });
    std::vector<PlacedLabel> placed;
    std::vector<const TimelineBand*> unplaced;
    auto place = [&](const TimelineBand& band, const std::string& label) {
        const double width = text_width(label, size);
        const double under = (x(band.days.start) + x(band.days.end)) / 2.0;
        const double centre = std::clamp(under, left + width / 2.0, right - width / 2.0);
        const Span text{centre - width / 2.0, centre + width / 2.0};
        const Span leader{under - 1.0, under + 1.0};
        for (int row = 0; row < k_max_label_rows; ++row) {
            bool room = free(row, text);
            for (int below = 0; below < row && room; ++below)
                room = free(below, leader);
            if (!room) continue;
            taken[static_cast<std::size_t>(row)].push_back(text);
            for (int below = 0; below < row; ++below)
                taken[static_cast<std::size_t>(below)].push_back(leader);
            placed.push_back({centre, under, row, label});
            return true;
        }
        return false;
    };
    for (const TimelineBand* band : order)
        if (!place(*band, band->label)) unplaced.push_back(band);
    for (const TimelineBand* band : unplaced)
        if (!band->short_label.empty()) place(*band, band->short_label);
    return placed;
}

std::string px(double v)
{
    return fmt::format("{:.1f}", v);
}

/// A mark's vertical label: its baseline runs up the plot at `text_x`, the
/// glyphs reaching about an em to its left; `line_x` is the mark's line.
struct PlacedMark {
    const TimelineMark* mark;
    double line_x;
    double text_x;
};

constexpr double k_mark_font = 11;
constexpr double k_mark_gap = 13;    // between baselines: a line of text and a little air
constexpr double k_mark_offset = 3;  // the baseline sits left of the line, clear of descenders
constexpr double k_mark_leader = 12; // height of the leader from the plot's top to a moved label

/// Puts the labels of the marks inside the plot so that no two are closer
/// than k_mark_gap: the baselines nearest their lines in the least-squares
/// sense (pool adjacent violators over x_i - i * gap, which must not
/// decrease), clamped to the plot. Marks beyond the number that fit across
/// the plot get no label, the ones listed first keeping theirs.
std::vector<PlacedMark> place_mark_labels(const std::vector<const TimelineMark*>& marks, const Scale& x, double left,
                                          double right)
{
    const double lo = left + k_mark_font, hi = right - k_mark_offset;
    const auto fit = static_cast<std::size_t>(std::max(0.0, std::floor((hi - lo) / k_mark_gap))) + 1;
    std::vector<PlacedMark> placed;
    for (std::size_t i = 0; i < marks.size() && i < fit; ++i)
        placed.push_back({marks[i], x(marks[i]->date), 0.0});
    std::stable_sort(placed.begin(), placed.end(),
                     [](const PlacedMark& a, const PlacedMark& b) { return a.line_x < b.line_x; });

    struct Block {
        double sum;
        std::size_t count;
        [[nodiscard]] double mean() const { return sum / static_cast<double>(count); }
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        blocks.push_back({placed[i].line_x - k_mark_offset - static_cast<double>(i) * k_mark_gap, 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            blocks[blocks.size() - 2].sum += blocks.back().sum;
            blocks[blocks.size() - 2].count += blocks.back().count;
            blocks.pop_back();
        }
    }
    const double z_max = hi - static_cast<double>(placed.size() > 0 ? placed.size() - 1 : 0) * k_mark_gap;
    std::size_t i = 0;
    for (const Block& block : blocks)
        for (std::size_t k = 0; k < block.count; ++k, ++i)
            placed[i].text_x = std::clamp(block.mean(), lo, std::max(lo, z_max)) + static_cast<double>(i) * k_mark_gap;
    return placed;
}

/// The series as a step line: flat over each value's span, a vertical rise
/// or fall where the next span starts, a new piece after a gap.
std::string step_path(const std::vector<double>& values, const std::vector<Interval>& spans, Interval range,
                      const Scale& x, const Scale& y)
{
    std::string d;
    Day joined = range.start - 1; // the end of the last span drawn
    for (std::size_t k = 0; k < values.size() && k < spans.size(); ++k) {
        const Interval span{std::max(spans[k].start, range.start), std::min(spans[k].end, range.end)};
        if (span.end <= span.start) continue;
        const std::string level = px(y(values[k]));
        if (!d.empty() && span.start == joined)
            d += fmt::format("V{}H{}", level, px(x(span.end)));
        else
            d += fmt::format("M{},{}H{}", px(x(span.start)), level, px(x(span.end)));
        joined = span.end;
    }
    return d;
}

} // namespace

std::string write_timeline_svg(const TimelineChart& chart)
{
    const double width = std::max(chart.width, 480);
    const double left = 70, right = width - 24;
    const Scale x{static_cast<double>(chart.range.start), static_cast<double>(chart.range.end), left, right};

    std::vector<TimelineBand> bands;
    for (TimelineBand band : chart.bands) {
        band.days = {std::max(band.days.start, chart.range.start), std::min(band.days.end, chart.range.end)};
        if (band.days.end > band.days.start) bands.push_back(std::move(band));
    }
    const std::vector<PlacedLabel> labels = place_band_labels(bands, x, left, right, 11);
    int rows = 0;
    for (const PlacedLabel& l : labels)
        rows = std::max(rows, l.row + 1);

    const double top = 66 + rows * 16 + 4;
    const double bottom = top + 340;
    double lo = 0, hi = 0;
    for (const TimelineSeries& s : chart.series)
        for (std::size_t i = 0; i < s.values.size() && i < chart.spans.size(); ++i) {
            if (chart.spans[i].end <= chart.range.start || chart.spans[i].start >= chart.range.end) continue;
            lo = std::min(lo, s.values[i]);
            hi = std::max(hi, s.values[i]);
        }
    if (hi - lo < 1e-9) hi = lo + 1;
    const double pad = (hi - lo) * 0.06;
    const std::vector<Tick> yticks = value_ticks(lo - pad, hi + pad);
    const Scale y{yticks.front().value, yticks.back().value, bottom, top};

    // The legend flows in rows under the time axis.
    struct Entry {
        double x, y;
    };
    std::vector<Entry> entries;
    double lx = left, ly = bottom + 46;
    for (const TimelineSeries& s : chart.series) {
        const double w = 34 + text_width(s.label, 12) + 22;
        if (lx + w > right && lx > left) {
            lx = left;
            ly += 20;
        }
        entries.push_back({lx, ly});
        lx += w;
    }
    const double height = (chart.series.empty() ? bottom + 30 : ly + 18) + 10;

    std::string out = fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
                                  "viewBox=\"0 0 {0} {1}\" font-family=\"{2}\">\n",
                                  px(width), px(height), k_font);
    out += fmt::format("  <title>{}</title>\n", xml_escape(chart.title));
    out += fmt::format("  <defs><clipPath id=\"plot\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/></clipPath>"
                       "</defs>\n",
                       px(left), px(top), px(right - left), px(bottom - top));
    out += fmt::format("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    out += fmt::format("  <text x=\"{}\" y=\"26\" font-size=\"18\" font-weight=\"bold\">{}</text>\n", px(left),
                       xml_escape(chart.title));
    out += fmt::format("  <text x=\"{}\" y=\"46\" font-size=\"12\" fill=\"#555555\">{}</text>\n", px(left),
                       xml_escape(chart.subtitle));

    out += "  <g class=\"eras\">\n";
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const TimelineBand& b = bands[i];
        out +=
            fmt::format("    <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}</title></rect>\n",
                        px(x(b.days.start)), px(top), px(x(b.days.end) - x(b.days.start)), px(bottom - top),
                        k_band_fills[i % k_band_fills.size()], xml_escape(b.tooltip));
    }
    for (const PlacedLabel& l : labels) {
        const double baseline = top - 8 - l.row * 16;
        out += fmt::format(
            "    <line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#9a9a9a\" stroke-width=\"0.7\"/>\n",
            px(l.under), px(baseline + 3), px(top));
        out += fmt::format(
            "    <text x=\"{}\" y=\"{}\" font-size=\"11\" fill=\"#333333\" text-anchor=\"middle\">{}</text>\n", px(l.x),
            px(baseline), xml_escape(l.text));
    }
    out += "  </g>\n  <g class=\"axes\" font-size=\"11\" fill=\"#333333\">\n";
    for (const Tick& t : yticks) {
        out += fmt::format(
            "    <line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"{3}\" stroke-width=\"{4}\"/>\n", px(left),
            px(right), px(y(t.value)), t.value == 0.0 ? "#777777" : "#d0d0d0", t.value == 0.0 ? "1.2" : "0.6");
        out += fmt::format("    <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", px(left - 6),
                           px(y(t.value) + 4), xml_escape(t.label));
    }
    const int max_ticks = std::max(2, static_cast<int>((right - left) / 90));
    for (const Tick& t : time_ticks(chart.range, max_ticks)) {
        out += fmt::format("    <line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#555555\"/>\n",
                           px(x(t.value)), px(bottom), px(bottom + 5));
        out += fmt::format("    <text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", px(x(t.value)),
                           px(bottom + 18), t.label);
    }
    out += fmt::format("    <rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#555555\"/>\n",
                       px(left), px(top), px(right - left), px(bottom - top));
    out += fmt::format("    <text transform=\"translate(18 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n",
                       px((top + bottom) / 2), xml_escape(chart.y_label));
    // The marks' lines under the series, their labels over them: a label's white halo keeps it readable.
    out += "  </g>\n  <g class=\"marks\">\n";
    std::vector<const TimelineMark*> shown;
    for (const TimelineMark& m : chart.marks)
        if (m.date >= chart.range.start && m.date < chart.range.end) shown.push_back(&m);
    for (const TimelineMark* m : shown)
        out += fmt::format("    <g><title>{0} {1}</title><line x1=\"{2}\" x2=\"{2}\" y1=\"{3}\" y2=\"{4}\" "
                           "stroke=\"#222222\" stroke-dasharray=\"4 3\"/></g>\n",
                           format_day(m->date), xml_escape(m->label), px(x(m->date)), px(top), px(bottom));
    out += "  </g>\n  <g class=\"series\" clip-path=\"url(#plot)\" fill=\"none\" stroke-width=\"2\" "
           "stroke-linejoin=\"round\">\n";
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const TimelineSeries& s = chart.series[i];
        out +=
            fmt::format("    <path stroke=\"{}\" d=\"{}\"><title>{}</title></path>\n", k_palette[i % k_palette.size()],
                        step_path(s.values, chart.spans, chart.range, x, y), xml_escape(s.label));
    }
    out += "  </g>\n  <g class=\"mark-labels\" font-size=\"11\" fill=\"#222222\">\n";
    for (const PlacedMark& label : place_mark_labels(shown, x, left, right)) {
        const TimelineMark& m = *label.mark;
        out += fmt::format("    <g><title>{} {}</title>", format_day(m.date), xml_escape(m.label));
        // A label pushed off its line hangs from a leader that starts on the line at the plot's top.
        if (std::abs(label.text_x + k_mark_offset - label.line_x) >= 0.05)
            out += fmt::format("<polyline class=\"leader\" points=\"{},{} {},{}\" fill=\"none\" stroke=\"#222222\" "
                               "stroke-width=\"0.7\"/>",
                               px(label.line_x), px(top), px(label.text_x + k_mark_offset), px(top + k_mark_leader));
        out += fmt::format("\n      <text transform=\"translate({} {}) rotate(-90)\" text-anchor=\"end\" "
                           "stroke=\"white\" stroke-width=\"3\" paint-order=\"stroke\">{} {}</text></g>\n",
                           px(label.text_x), px(top + k_mark_leader + 2), format_day(m.date), xml_escape(m.label));
    }
    out += "  </g>\n  <g class=\"legend\" font-size=\"12\" fill=\"#222222\">\n";
    for (std::size_t i = 0; i < chart.series.size(); ++i) {
        const Entry& e = entries[i];
        out += fmt::format("    <line x1=\"{}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"3\"/>\n",
                           px(e.x), px(e.x + 28), px(e.y - 4), px(e.y - 4), k_palette[i % k_palette.size()]);
        out += fmt::format("    <text x=\"{}\" y=\"{}\">{}</text>\n", px(e.x + 34), px(e.y),
                           xml_escape(chart.series[i].label));
    }
    out += "  </g>\n</svg>\n";
    return out;
}

} // namespace entente::render
