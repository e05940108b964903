#include "render/report_content.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/backbone.hpp"
#include "render/markup.hpp"
#include "render/network_explorer.hpp"

namespace entente::render {
namespace {

std::string era_dates(const model::Dataset& dataset, const Era& era)
{
    const Interval w = era.window(dataset.open_end());
    return fmt::format("{} to {}", format_day(w.start), era.end ? format_day(w.end - 1) : std::string("today"));
}

/// `shown`, then how many more the analysis holds that the drawing does not: `A B and 40 more, not drawn`.
std::string with_more(const std::string& shown, std::size_t more)
{
    if (more == 0) return shown;
    return fmt::format("{}{} more, not drawn", shown.empty() ? "" : shown + " and ", count_text(more));
}

/// The blocs table of an era drawn as its backbone: each bloc's members that the drawing shows, and how many more.
Table drawn_blocs(const model::Dataset& dataset, const EraReport& r)
{
    Table table = r.blocs.blocs;
    const auto members = static_cast<std::size_t>(std::find(table.columns.begin(), table.columns.end(), "members") -
                                                  table.columns.begin());
    for (std::size_t b = 0; b < r.bloc_partition.blocs.size(); ++b) {
        std::string shown;
        std::size_t more = 0;
        for (const ActorIndex a : r.bloc_partition.blocs[b].members) {
            if (draws_actor(*r.diagram, a))
                shown += (shown.empty() ? "" : " ") + dataset.actors.id(a);
            else
                ++more;
        }
        table.rows[b][members] = with_more(shown, more);
    }
    return table;
}

/// The frustrating dyads of an era drawn as its backbone: those the drawing shows, and a row saying how many more.
Table drawn_frustrating(const EraReport& r)
{
    const Table& all = r.balance.dyads;
    Table table{all.name, all.columns, {}};
    for (std::size_t i = 0; i < r.frustrating.size(); ++i)
        if (draws_relation(*r.diagram, r.frustrating[i].a, r.frustrating[i].b)) table.add_row(all.rows[i]);
    if (const std::size_t more = all.rows.size() - table.rows.size(); more > 0)
        table.add_row({r.era->id, with_more("", more)});
    return table;
}

/// Rows of the ties against the best split shown on the page (report.json holds all).
constexpr std::size_t k_frustrating_shown = 10;

std::string era_body(const model::Dataset& dataset, const EraReport& r)
{
    std::string body = html_paragraph(fmt::format("{}: {}.", r.era->label, era_dates(dataset, *r.era)));
    if (r.view->dyads().empty()) return body + html_paragraph("No events fall in this era.");
    body += "<div class=\"figure\">" + inline_svg(r.svg, "era-" + r.era->id) + "</div>\n";
    body += "<p class=\"muted\">Green: cooperation, red: conflict; wider lines for stronger relations; node size "
            "by strength, colour by bloc. Every era is drawn on one layout: an actor sits at the same place in each "
            "era's diagram, and an actor absent from an era leaves its place empty. Hover a line for the events "
            "behind it.</p>\n";
    if (r.diagram->thinned)
        body += html_paragraph(
            fmt::format("Too many relations to draw them all, so only their backbone is: {}. The analyses use every "
                        "relation; the blocs and the ties against the best split below name what is drawn "
                        "(report.json names all).",
                        drawn_text(*r.diagram)));
    body += "<h3>Top relations</h3>\n" + html_table(r.relations[0]);
    body += "<h3>Their main events</h3>\n" + html_table(r.relations[1]);
    // The lists beside a backbone name what it draws; report.json and the CSV files hold every one.
    const bool thinned = r.diagram->thinned.has_value();
    body += "<h3>Blocs</h3>\n" + html_table(thinned ? drawn_blocs(dataset, r) : r.blocs.blocs);
    body += "<h3>Balance</h3>\n" + html_table(r.balance.balance);
    body += "<h3>Ties against the best split into two camps</h3>\n";
    body += r.balance.dyads.rows.empty()
                ? html_paragraph("None: the actors split into two camps, friends inside and foes across, that no tie "
                                 "goes against.")
                : html_table(thinned ? drawn_frustrating(r) : r.balance.dyads, k_frustrating_shown);
    return body;
}

} // namespace

ReportPage report_page(const ReportContent& content)
{
    ReportPage page;
    const std::string name = content.dataset.actors.at(content.focal).name;
    page.title = fmt::format("{}: relations across eras", name);
    page.subtitle =
        fmt::format("Dataset {}: {} actors, {} events from {} to {}, {} eras of {}.", content.dataset.label(),
                    content.dataset.actors.size(), content.summary.events, format_day(content.summary.span.start),
                    format_day(content.summary.span.end - 1), content.era_reports.size(), name);
    page.sections.push_back(
        {"summary", "Summary",
         html_paragraph("Each event between two actors carries a CAMEO code and a weight from -10 (war) to "
                        "+10 (alliance); a relation's score is the sum of its events' weights, each event "
                        "spread over the days it lasted. The eras below are those of " +
                        name + ".") +
             html_table(content.eras)});
    page.sections.push_back(
        {"timeline", "Timeline", "<div class=\"figure\">" + inline_svg(content.timeline_svg, "timeline") + "</div>\n"});
    if (!content.explorer.empty()) page.sections.push_back({"explore", "Explore", content.explorer});
    page.content_policy = report_content_policy();
    for (const EraReport& r : content.era_reports)
        page.sections.push_back({"era-" + r.era->id, r.era->label, era_body(content.dataset, r), "Eras"});
    page.sections.push_back(
        {"ruptures", "Ruptures and rapprochements",
         html_paragraph("The largest changes in " + name + "'s relations, with the events that caused them.") +
             html_table(content.ruptures, 30)});
    // Each pair's sentences, then each pair's table.
    std::string comparisons, changes;
    for (std::size_t i = 0; i < content.pairs.size(); ++i) {
        const std::string title = "<h3>" +
                                  xml_escape(fmt::format("{} → {}", content.era_reports[i].era->label,
                                                         content.era_reports[i + 1].era->label)) +
                                  "</h3>\n";
        comparisons += title;
        for (const auto& row : content.pairs[i].summary().rows)
            comparisons += html_paragraph(cell_text(row[2]));
        if (content.pairs[i].dyads().rows.empty()) continue;
        changes += title + html_table(content.pairs[i].dyads(), 8);
    }
    page.sections.push_back({"compare", "Era by era",
                             comparisons + "<h3>Tables</h3>\n" +
                                 html_paragraph("Scores per year in each era (rate_a, rate_b) and the change.") +
                                 changes});
    page.footer = xml_escape(
        fmt::format("Sources: the events of {} (see its README.md; every event row carries its reference). Made by: "
                    "{}. Files: eras/*.svg, eras/*.dot, metrics.csv, ruptures.csv, compare.csv, report.json.",
                    content.dataset.name, content.made_by));
    return page;
}

} // namespace entente::render
