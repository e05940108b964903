#pragma once
// Escaping text for the formats the renderers write, so that any actor name,
// summary or reference shows literally: `A "quoted" <b>&amp; name` stays
// exactly that in DOT, SVG, GraphML and GEXF. What XML 1.0 forbids (the
// control characters below U+0020 but tab, line feed and carriage return,
// and the noncharacters U+FFFE and U+FFFF) becomes U+FFFD.
#include <cstddef>
#include <string>
#include <string_view>

namespace entente::render {

/// For XML text and attribute values alike: & < > " ' as entities, line
/// breaks and tabs as character references (so attributes keep them).
std::string xml_escape(std::string_view text);

/// For a DOT `label` (a Graphviz escString inside double quotes): \ " and
/// line breaks escaped, & as &amp; (Graphviz decodes entities in labels).
std::string dot_label(std::string_view text);

/// For a DOT `tooltip`: as dot_label, but a backslash is written four times
/// because Graphviz unescapes tooltips twice (checked against 2.43 output).
std::string dot_tooltip(std::string_view text);

/// For a DOT ID inside double quotes: " and \ escaped (Graphviz keeps \\ as two
/// characters, so the ID stays distinct; actor ids never hold either).
std::string dot_string(std::string_view text);

/// `value` rounded to 15 significant digits, as many as a double holds of
/// a decimal: sums of weights like 50 + 6.6 come out as the data wrote them
/// (56.6, not 56.599999999999994). -0 becomes 0.
double printed_value(double value);

/// The shortest text that reads back as printed_value(value), for files and
/// machines (CSV, JSON, DOT, GEXF).
std::string number_text(double value);

/// `value` rounded to `decimals` places without trailing zeros, for people:
/// -21.3, 0.25, 4; -0 is written 0.
std::string rounded_text(double value, int decimals = 2);

/// A count with a comma between thousands, for people: 2,373.
std::string count_text(std::size_t count);

} // namespace entente::render
