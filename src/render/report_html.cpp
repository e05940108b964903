#include "render/report_html.hpp"

#include <cctype>
#include <fmt/format.h>

#include "render/markup.hpp"

namespace entente::render {
namespace {

constexpr std::string_view k_style = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2327;background:#fafafa;line-height:1.45}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1.5rem}
h1{font-size:1.7rem;margin:.2rem 0}
h2{font-size:1.35rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid #d0d7de;padding:.4rem 1rem;z-index:1;display:flex;flex-wrap:wrap;align-items:baseline;gap:.2rem .9rem}
nav a{color:#0b5cad;text-decoration:none;font-size:.92rem}
nav details{font-size:.92rem}
nav summary{cursor:pointer;color:#0b5cad}
nav details[open] div{display:flex;flex-wrap:wrap;gap:.2rem .9rem;max-height:50vh;overflow-y:auto;padding:.3rem 0}
section{background:#fff;border:1px solid #e1e4e8;border-radius:6px;padding:.2rem 1rem 1rem;margin:1rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.88rem;margin:.4rem 0}
th,td{border-bottom:1px solid #e1e4e8;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f3f5f7}
svg{max-width:100%;height:auto}
.figure{overflow:auto;text-align:center}
td.d{white-space:nowrap}
td details summary{cursor:pointer}
@media (max-width:700px){.figure svg{max-width:none}}
.muted{color:#57606a;font-size:.9rem}
footer{padding:1rem;color:#57606a;font-size:.85rem}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:.6rem 0}
.controls input[type=range]{flex:1 1 12rem}
#explore-graph{height:34rem;border:1px solid #e1e4e8;border-radius:4px;background:#fff}
.panel{border-left:3px solid #d0d7de;padding:.1rem .8rem;margin:.6rem 0;font-size:.9rem}
.barscroll{max-height:20rem;overflow-y:auto;position:relative}
table.bars{width:100%;table-layout:fixed}
table.bars td.lab{width:45%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
table.bars td.n{width:6rem}
.bar{height:.7rem;background:#2e8b57}
.bar.neg{background:#c0392b}
tr.current{background:#fff3c4}
)";

/// Text cells longer than this fold behind a disclosure showing their start.
constexpr std::size_t k_folded_length = 160;

/// Whether `text` is a date or a span of dates (`2008-03-01`, `1995-01..1998-10-26`): never wrapped.
bool is_date(std::string_view text)
{
    return !text.empty() && text.size() <= 23 && std::isdigit(static_cast<unsigned char>(text.front())) &&
           text.find_first_not_of("0123456789-.") == std::string_view::npos;
}

std::string cell_html(const Cell& cell)
{
    if (const auto* d = std::get_if<double>(&cell)) return fmt::format("<td class=\"n\">{:.2f}</td>", *d);
    if (std::holds_alternative<long long>(cell)) return "<td class=\"n\">" + cell_text(cell) + "</td>";
    const std::string text = cell_text(cell);
    if (is_date(text)) return "<td class=\"d\">" + text + "</td>";
    if (text.size() <= k_folded_length) return "<td>" + xml_escape(text) + "</td>";
    std::size_t cut = text.rfind(' ', k_folded_length / 2); // the start, cut at a word
    if (cut == std::string::npos || cut == 0) cut = k_folded_length / 2;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) // not inside a character
        --cut;
    return "<td><details><summary>" + xml_escape(text.substr(0, cut)) + " …</summary>" + xml_escape(text) +
           "</details></td>";
}

} // namespace

std::string html_table(const Table& table, std::size_t max_rows)
{
    std::string html = "<div class=\"scroll\"><table>\n<tr>";
    for (const auto& c : table.columns)
        html += "<th>" + xml_escape(c) + "</th>";
    html += "</tr>\n";
    std::size_t shown = 0;
    for (const auto& row : table.rows) {
        if (max_rows != 0 && shown++ >= max_rows) break;
        html += "<tr>";
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            html += cell_html(c < row.size() ? row[c] : Cell{});
        html += "</tr>\n";
    }
    html += "</table></div>\n";
    if (max_rows != 0 && table.rows.size() > max_rows)
        html += fmt::format("<p class=\"muted\">{} of {} rows shown.</p>\n", max_rows, table.rows.size());
    return html;
}

std::string html_paragraph(std::string_view text)
{
    return "<p>" + xml_escape(text) + "</p>\n";
}

std::string inline_svg(std::string_view svg, std::string_view prefix)
{
    const std::size_t open = svg.find("<svg");
    if (open == std::string_view::npos) return {};
    std::string text(svg.substr(open));
    for (const std::string_view mark : {" id=\"", "href=\"#", "url(#"}) {
        const std::string prefixed = std::string(mark) + std::string(prefix) + "-";
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + prefixed.size()))
            text.replace(at, mark.size(), prefixed);
    }
    return text;
}

std::string write_report_html(const ReportPage& page)
{
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    if (!page.content_policy.empty())
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"" + xml_escape(page.content_policy) + "\">\n";
    html +=
        "<title>" + xml_escape(page.title) + "</title>\n<style>" + std::string(k_style) + "</style>\n</head>\n<body>\n";
    html += "<header><h1>" + xml_escape(page.title) + "</h1>\n<p class=\"muted\">" + xml_escape(page.subtitle) +
            "</p></header>\n<nav>";
    for (std::size_t i = 0; i < page.sections.size();) {
        const std::string& group = page.sections[i].group;
        if (group.empty()) {
            html +=
                "<a href=\"#" + xml_escape(page.sections[i].id) + "\">" + xml_escape(page.sections[i].title) + "</a>";
            ++i;
            continue;
        }
        std::string links;
        std::size_t count = 0;
        for (; i < page.sections.size() && page.sections[i].group == group; ++i, ++count)
            links +=
                "<a href=\"#" + xml_escape(page.sections[i].id) + "\">" + xml_escape(page.sections[i].title) + "</a>";
        html +=
            fmt::format("<details><summary>{} ({})</summary><div>{}</div></details>", xml_escape(group), count, links);
    }
    html += "</nav>\n<main>\n";
    for (const auto& s : page.sections) {
        html += "<section id=\"" + xml_escape(s.id) + "\">\n<h2>" + xml_escape(s.title) + "</h2>\n" + s.body +
                "</section>\n";
    }
    html += "</main>\n<footer>" + page.footer + "</footer>\n</body>\n</html>\n";
    return html;
}

} // namespace entente::render
