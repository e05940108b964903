#pragma once
// The report page: one self-contained HTML file (inline CSS and SVG, no
// script, no network) that reads on a laptop and on a phone. The page is
// assembled from sections whose bodies the caller builds with the helpers
// below; this file only lays them out and escapes text.
#include <string>
#include <string_view>
#include <vector>

#include "render/table.hpp"

namespace entente::render {

struct ReportSection {
    std::string id; ///< anchor (`era-correa`)
    std::string title;
    std::string body; ///< HTML, already escaped
};

struct ReportPage {
    std::string title;
    std::string subtitle;
    std::vector<ReportSection> sections; ///< in page order; each gets a link in the navigation
    std::string footer;                  ///< HTML
};

/// The whole page. Deterministic.
std::string write_report_html(const ReportPage& page);

/// A table as HTML, at most `max_rows` rows (0: all); numbers to 2 decimals.
std::string html_table(const Table& table, std::size_t max_rows = 0);

/// Text escaped for HTML, in a paragraph.
std::string html_paragraph(std::string_view text);

/// An SVG document made fit to sit inside HTML: the XML declaration and
/// doctype dropped, the size left to the page's CSS.
std::string inline_svg(std::string_view svg);

} // namespace entente::render
