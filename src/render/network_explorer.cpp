#include "render/network_explorer.hpp"

#include <cmath>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

#include "render/embedded_script.hpp"
#include "render/markup.hpp"

namespace entente::render {
namespace {

using Json = nlohmann::ordered_json;

/// Places on the page to a hundredth of a point: finer than a pixel, and short.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

/// Each event of the steps' evidence listed once, in order of first mention.
class EventList {
public:
    std::size_t index_of(const EvidenceItem& e)
    {
        const auto key = std::make_tuple(e.date, e.source, e.target, e.code, e.weight, e.count, e.summary, e.ref);
        const auto [it, added] = m_index.try_emplace(key, m_events.size());
        if (added) {
            m_events.push_back(Json::array({e.date, e.source, e.target, e.code, e.weight, e.count, e.summary, e.ref}));
            m_codes[e.code] = e.code_name;
        }
        return it->second;
    }
    Json take_events() { return std::move(m_events); }
    Json take_codes() { return Json(m_codes); }

private:
    using Key =
        std::tuple<std::string, std::string, std::string, std::string, double, long long, std::string, std::string>;
    std::map<Key, std::size_t> m_index;
    Json m_events = Json::array();
    std::map<std::string, std::string> m_codes; ///< the CAMEO name of each code in the events
};

Json step_json(const ExplorerStep& step, const PinnedPage& page, EventList& events)
{
    const Diagram& d = *step.drawing;
    const Interval w = step.view->spec().window;
    Json actors = Json::array();
    for (const DiagramNode& n : d.nodes) {
        if (page.centres.count(n.id) == 0) continue;
        Json actor = {{"id", n.id}, {"strength", n.strength}};
        if (n.bloc) actor["bloc"] = *n.bloc;
        actors.push_back(std::move(actor));
    }
    Json relations = Json::array();
    std::size_t unplaced = 0;
    for (const DiagramEdge& e : d.edges) {
        const DiagramNode& a = d.nodes[e.source];
        const DiagramNode& b = d.nodes[e.target];
        if (page.centres.count(a.id) == 0 || page.centres.count(b.id) == 0) {
            ++unplaced;
            continue;
        }
        const views::Dyad* dyad = step.view->find(a.actor, b.actor);
        Json evidence = Json::array();
        for (const EvidenceItem& item : e.evidence)
            evidence.push_back(Json::array({events.index_of(item), item.contribution}));
        relations.push_back({{"source", a.id},
                             {"target", b.id},
                             {"score", e.score},
                             {"cooperation", dyad ? dyad->cooperation : 0.0},
                             {"conflict", dyad ? dyad->conflict : 0.0},
                             {"events", e.events},
                             {"evidence", std::move(evidence)}});
    }
    std::vector<std::string> notes;
    if (d.thinned) notes.push_back(fmt::format("Drawn: {}.", d.thinned->kept));
    if (unplaced > 0)
        notes.push_back(fmt::format("{} {} with an actor drawn in no era {} no place on the shared layout, not drawn.",
                                    count_text(unplaced), unplaced == 1 ? "relation" : "relations",
                                    unplaced == 1 ? "has" : "have"));
    const std::string not_drawn = fmt::format("{}", fmt::join(notes, " "));
    return {{"id", step.id},
            {"label", step.label},
            {"start", format_day(w.start)},
            {"end", format_day(w.end - 1)},
            {"not_drawn", not_drawn},
            {"actors", std::move(actors)},
            {"relations", std::move(relations)}};
}

/// JSON made safe inside a <script> element: no `<` can end it or open a comment.
std::string script_safe(const std::string& json)
{
    std::string text;
    text.reserve(json.size());
    for (const char c : json)
        text += c == '<' ? std::string("\\u003c") : std::string(1, c);
    return text;
}

} // namespace

std::string explorer_json(const ExplorerContent& content)
{
    const PinnedPage& page = content.page;
    Json actors = Json::array();
    for (const auto& [id, centre] : page.centres) {
        const ActorIndex actor = *content.dataset.actors.find(id);
        const Actor& a = content.dataset.actors.at(actor);
        actors.push_back({{"id", id},
                          {"name", a.name},
                          {"kind", std::string(to_string(a.kind))},
                          {"x", rounded(centre.first)},
                          {"y", rounded(page.height - centre.second)}});
    }
    EventList events;
    Json eras = Json::array(), windows = Json::array();
    for (const ExplorerStep& s : content.eras)
        eras.push_back(step_json(s, page, events));
    for (const ExplorerStep& s : content.windows)
        windows.push_back(step_json(s, page, events));
    std::ostringstream ruptures;
    write_table(ruptures, content.ruptures, Format::json);
    Json document = {{"dataset", content.dataset.name},
                     {"focal", content.dataset.actors.id(content.focal)},
                     {"window", content.window_length},
                     {"width", rounded(page.width)},
                     {"height", rounded(page.height)},
                     {"actors", std::move(actors)},
                     {"events", events.take_events()},
                     {"codes", events.take_codes()},
                     {"eras", std::move(eras)},
                     {"windows", std::move(windows)},
                     {"ruptures", Json::parse(ruptures.str())}};
    return document.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string_view report_content_policy()
{
    return "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";
}

std::string explorer_html(const ExplorerContent& content)
{
    std::string html =
        "<noscript><p>This view needs JavaScript. The eras' diagrams and tables below show the same relations "
        "without it.</p></noscript>\n"
        "<div id=\"explore-view\" hidden>\n"
        "<div class=\"controls\"><label>Steps <select id=\"explore-kind\"><option value=\"eras\">eras</option>";
    if (!content.windows.empty())
        html += "<option value=\"windows\">windows of " + xml_escape(content.window_length) + "</option>";
    html += "</select></label>\n"
            "<button type=\"button\" id=\"explore-play\">Play</button>\n"
            "<input type=\"range\" id=\"explore-slider\" min=\"0\" max=\"0\" value=\"0\" step=\"1\" "
            "aria-label=\"step\">\n"
            "<output id=\"explore-step\"></output></div>\n"
            "<p class=\"muted\" id=\"explore-note\"></p>\n"
            "<div id=\"explore-graph\"></div>\n"
            "<div id=\"explore-hover\" class=\"panel\" hidden></div>\n"
            "<div id=\"explore-detail\" class=\"panel\" hidden></div>\n"
            "<p class=\"muted\">Hover a line for the relation's score, its cooperation and conflict and the events "
            "behind it; click an actor for its ties and its strength through time, a line for the relation "
            "through time with its ruptures. Every actor keeps the place the eras' diagrams give it.</p>\n"
            "</div>\n";
    html +=
        "<script type=\"application/json\" id=\"explore-data\">" + script_safe(explorer_json(content)) + "</script>\n";
    html += "<script>\n" + std::string(cytoscape_js()) + "\n</script>\n";
    html += "<script>\n" + std::string(explorer_js()) + "</script>\n";
    return html;
}

} // namespace entente::render
