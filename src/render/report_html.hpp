#pragma once
// The report page: one self-contained HTML file (inline CSS, SVG and
// scripts, nothing from the network) that reads on a laptop and on a phone,
// and without JavaScript: its diagrams and tables are static. The page is
// assembled from sections whose bodies the caller builds with the helpers
// below; this file only lays them out and escapes text.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/table.hpp"

namespace entente::render {

struct ReportSection {
    ReportSection(std::string id_, std::string title_, std::string body_, std::string group_ = {})
        : id(std::move(id_)), title(std::move(title_)), body(std::move(body_)), group(std::move(group_))
    {
    }

    std::string id; ///< anchor (`era-correa`)
    std::string title;
    std::string body; ///< HTML, already escaped
    /// Sections of one group (the eras) sit in the navigation behind one
    /// disclosure named by it, so that every link fits a screen; empty: a link of its own.
    std::string group;
};

struct ReportPage {
    std::string title;
    std::string subtitle;
    std::vector<ReportSection> sections; ///< in page order; each gets a link in the navigation
    std::string footer;                  ///< HTML
    std::string content_policy;          ///< the page's Content-Security-Policy; empty: none
};

/// The whole page. Deterministic.
std::string write_report_html(const ReportPage& page);

/// A table as HTML, at most `max_rows` rows (0: all); numbers to 2 decimals.
std::string html_table(const Table& table, std::size_t max_rows = 0);

/// Text escaped for HTML, in a paragraph.
std::string html_paragraph(std::string_view text);

/// An SVG document made fit to sit inside HTML: the XML declaration and
/// doctype dropped, the size left to the page's CSS, and every id (and each
/// reference to one) prefixed with `prefix`, so that the page's ids stay
/// unique although each Graphviz drawing names its graph `graph0`.
std::string inline_svg(std::string_view svg, std::string_view prefix);

} // namespace entente::render
