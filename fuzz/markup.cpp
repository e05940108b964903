// Fuzz target: the escaping of the render layer (render/markup.hpp) where it
// meets its readers. Texts from the input (split at 0xFE bytes, which UTF-8
// never holds; invalid UTF-8 replaced as the readers do) become actor names,
// a region, an event's summary and reference, a CAMEO code name and the
// labels of a timeline chart. Then:
// - xml_escape reads back (expat) as the text it was given;
// - the timeline chart's SVG is well-formed XML;
// - the diagram's DOT reads back in Graphviz (agmemread) with the same nodes
//   and edges, each label decoding to its text;
// - Graphviz's SVG of it is well-formed XML whose node titles, label lines
//   and tooltips give the texts back.
// In every case a forbidden control character stands as U+FFFD and a line
// break as a line feed.
#include <cstring>
#include <expat.h>
#include <graphviz/cgraph.h>
#include <memory>
#include <vector>

#include "fuzz/fuzz_check.hpp"
#include "render/diagram.hpp"
#include "render/dot_writer.hpp"
#include "render/markup.hpp"
#include "render/svg_renderer.hpp"
#include "render/timeline_chart.hpp"

using namespace entente;

namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD";

/// The input's texts, valid UTF-8.
std::vector<std::string> texts_of(const std::uint8_t* data, std::size_t size, std::size_t count)
{
    std::vector<std::string> texts;
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0xFE) {
            texts.push_back(replace_invalid_utf8(current));
            current.clear();
        } else {
            current += static_cast<char>(data[i]);
        }
    }
    texts.push_back(replace_invalid_utf8(current));
    texts.resize(std::max(texts.size(), count));
    return texts;
}

/// A text as the escapers promise to keep it: line breaks (CR LF, CR) as
/// LF when `lines`, and what XML 1.0 cannot hold as U+FFFD.
std::string kept(std::string_view text, bool lines)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (lines && c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') continue;
            out += '\n';
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += k_replacement;
        } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xBE ||
                    static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
            out += k_replacement; // U+FFFE, U+FFFF
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

/// Spaces and line breaks of all kinds as one space, none at the ends: how a
/// text compares with the lines Graphviz drew it in (it wraps and keeps runs
/// of spaces as no-break spaces).
std::string words(std::string_view text)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = text.substr(i, 2) == "\xC2\xA0";
        if (nbsp || text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
            space = !out.empty();
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

/// An SVG or XML document as the checks need it: whether it is well-formed,
/// and for each group (`<g class="node|edge">`) its title, text lines and
/// the first link's title.
struct Group {
    std::string kind, title, tooltip;
    std::vector<std::string> lines;
};
struct XmlDocument {
    bool ok = false;
    std::string root_text;      ///< all character data, for a plain element
    std::string root_attribute; ///< the root's `t` attribute
    std::vector<Group> groups;
    std::vector<std::string> open; ///< names of the open elements
    std::string* capture = nullptr;
};

void on_start(void* user, const XML_Char* name, const XML_Char** attributes)
{
    auto& doc = *static_cast<XmlDocument*>(user);
    const std::string_view element = name;
    auto attribute = [&](std::string_view key) -> const char* {
        for (const XML_Char** a = attributes; *a; a += 2)
            if (key == a[0]) return a[1];
        return nullptr;
    };
    if (doc.open.empty()) {
        if (const char* t = attribute("t")) doc.root_attribute = t;
    }
    doc.open.emplace_back(element);
    const char* cls = attribute("class");
    if (element == "g" && cls && (std::string_view(cls) == "node" || std::string_view(cls) == "edge")) {
        doc.groups.push_back({cls, {}, {}, {}});
    } else if (!doc.groups.empty() && element == "title" && doc.groups.back().title.empty()) {
        doc.capture = &doc.groups.back().title;
    } else if (!doc.groups.empty() && element == "text") {
        doc.capture = &doc.groups.back().lines.emplace_back();
    } else if (!doc.groups.empty() && element == "a" && doc.groups.back().tooltip.empty()) {
        if (const char* title = attribute("xlink:title")) doc.groups.back().tooltip = title;
    }
}

void on_end(void* user, const XML_Char*)
{
    auto& doc = *static_cast<XmlDocument*>(user);
    doc.open.pop_back();
    doc.capture = nullptr;
}

void on_text(void* user, const XML_Char* text, int length)
{
    auto& doc = *static_cast<XmlDocument*>(user);
    const std::string_view part(text, static_cast<std::size_t>(length));
    if (doc.capture) doc.capture->append(part);
    if (doc.open.size() == 1) doc.root_text.append(part);
}

XmlDocument parse_xml(std::string_view text)
{
    XmlDocument doc;
    const std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                              XML_ParserFree);
    XML_SetUserData(parser.get(), &doc);
    XML_SetElementHandler(parser.get(), on_start, on_end);
    XML_SetCharacterDataHandler(parser.get(), on_text);
    doc.ok = XML_Parse(parser.get(), text.data(), static_cast<int>(text.size()), XML_TRUE) == XML_STATUS_OK;
    if (!doc.ok) std::fprintf(stderr, "XML error: %s\n", XML_ErrorString(XML_GetErrorCode(parser.get())));
    return doc;
}

/// A DOT label attribute as Graphviz shows it: its escapes (\\ \n \l \r) and
/// the entity &amp; decoded. The escapers write nothing else, so anything
/// else fails.
std::string decode_label(std::string_view attribute)
{
    std::string out;
    for (std::size_t i = 0; i < attribute.size(); ++i) {
        const char c = attribute[i];
        if (c == '\\') {
            ENTENTE_FUZZ_CHECK(i + 1 < attribute.size());
            const char next = attribute[++i];
            ENTENTE_FUZZ_CHECK(next == '\\' || next == 'n');
            out += next == 'n' ? '\n' : next;
        } else if (c == '&') {
            ENTENTE_FUZZ_CHECK(attribute.substr(i, 5) == "&amp;");
            out += '&';
            i += 4;
        } else {
            out += c;
        }
    }
    return out;
}

std::string attribute_of(void* object, const char* name)
{
    char* value = agget(object, const_cast<char*>(name));
    return value ? value : "";
}

void check_xml_escape(const std::string& text)
{
    const std::string escaped = render::xml_escape(text);
    const XmlDocument doc = parse_xml("<x t=\"" + escaped + "\">" + escaped + "</x>");
    ENTENTE_FUZZ_CHECK(doc.ok);
    ENTENTE_FUZZ_CHECK(doc.root_text == kept(text, false));
    ENTENTE_FUZZ_CHECK(doc.root_attribute == kept(text, false));
}

void check_timeline(const std::vector<std::string>& t)
{
    render::TimelineChart chart;
    chart.title = t[0];
    chart.subtitle = t[7];
    chart.y_label = t[8];
    chart.range = {0, 3650};
    chart.spans = {{0, 1000}, {1000, 2000}, {2000, 3000}};
    chart.series = {{t[1] + " – " + t[2], {1.0, -2.5, 0.0}}};
    chart.bands = {{{365, 2000}, t[7], t[3], t[4]}};
    chart.marks = {{1000, t[5]}};
    const XmlDocument doc = parse_xml(render::write_timeline_svg(chart));
    ENTENTE_FUZZ_CHECK(doc.ok);
}

render::Diagram diagram_of(const std::vector<std::string>& t, std::uint8_t flags)
{
    static constexpr const char* k_kinds[] = {"state", "organization", "group", "state"};
    render::Diagram d;
    d.dataset = t[0];
    d.view = "all";
    d.title = t[8];
    d.directed = (flags & 4U) != 0;
    d.nodes.push_back({0, "AAA", t[1], k_kinds[flags & 3U], t[3], 2.0, std::nullopt, {{t[6], 0.5}}});
    d.nodes.push_back({1, "B_2", t[2], "group", "", 1.0, 1, {}});
    render::DiagramEdge edge;
    edge.source = 0;
    edge.target = 1;
    edge.score = (flags & 8U) != 0 ? -2.0 : 2.0;
    edge.pos = edge.score > 0 ? 2.0 : 0.0;
    edge.neg = edge.score < 0 ? 2.0 : 0.0;
    edge.events = 1;
    edge.evidence.push_back({"2008-03-01", "AAA", "B_2", "057", t[6], edge.score, 1, edge.score, t[4], t[5], {}});
    d.edges.push_back(edge);
    return d;
}

void check_dot(const render::Diagram& diagram, const std::string& dot)
{
    std::unique_ptr<Agraph_t, decltype(&agclose)> graph(agmemread(dot.c_str()), agclose);
    ENTENTE_FUZZ_CHECK(graph != nullptr);
    ENTENTE_FUZZ_CHECK(agnnodes(graph.get()) == 2 && agnedges(graph.get()) == 1);
    ENTENTE_FUZZ_CHECK(
        decode_label(attribute_of(graph.get(), "label")).starts_with(kept(diagram.dataset, true) + ": "));
    for (const render::DiagramNode& n : diagram.nodes) {
        Agnode_t* node = agnode(graph.get(), const_cast<char*>(n.id.c_str()), 0);
        ENTENTE_FUZZ_CHECK(node != nullptr);
        ENTENTE_FUZZ_CHECK(attribute_of(node, "id") == "node_" + n.id);
        // The label is the name, wrapped at spaces.
        std::string label = decode_label(attribute_of(node, "label"));
        std::string name = kept(n.name, true);
        std::replace(label.begin(), label.end(), '\n', ' ');
        std::replace(name.begin(), name.end(), '\n', ' ');
        ENTENTE_FUZZ_CHECK(label == name);
    }
}

void check_svg(const render::Diagram& diagram, std::string_view svg)
{
    const XmlDocument doc = parse_xml(svg);
    ENTENTE_FUZZ_CHECK(doc.ok);
    std::size_t nodes = 0, edges = 0;
    for (const Group& g : doc.groups) {
        if (g.kind == "edge") {
            ++edges;
            const render::EvidenceItem& e = diagram.edges.front().evidence.front();
            if (!e.summary.empty() && !e.ref.empty())
                ENTENTE_FUZZ_CHECK(words(g.tooltip).find(words(kept(e.summary + " [" + e.ref + "]", true))) !=
                                   std::string::npos);
            continue;
        }
        const auto node = std::find_if(diagram.nodes.begin(), diagram.nodes.end(),
                                       [&](const render::DiagramNode& n) { return n.id == g.title; });
        ENTENTE_FUZZ_CHECK(node != diagram.nodes.end());
        ++nodes;
        std::string drawn;
        for (const std::string& line : g.lines)
            drawn += line + ' ';
        ENTENTE_FUZZ_CHECK(words(drawn) == words(kept(node->name, true)));
        ENTENTE_FUZZ_CHECK(words(g.tooltip).starts_with(words(kept(node->name, true) + " (" + node->id + ")")));
    }
    ENTENTE_FUZZ_CHECK(nodes == 2 && edges == 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const std::uint8_t flags = data[0];
    const std::vector<std::string> t = texts_of(data + 1, size - 1, 9);
    for (const std::string& text : t)
        check_xml_escape(text);
    check_timeline(t);

    const render::Diagram diagram = diagram_of(t, flags);
    render::DotStyle style;
    style.clusters = (flags & 16U) != 0;
    if (style.clusters) style.layout = render::Layout::fdp; // neato ignores clusters (and leaks their labels)
    const std::string dot = render::write_dot(diagram, style);
    check_dot(diagram, dot);
    check_svg(diagram, render::render_svg(dot, style.layout, 10).data);
    return 0;
}
