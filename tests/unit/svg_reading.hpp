#pragma once
// Reading back the SVG the tool writes, for tests of what a drawing shows:
// the document as a property tree, its elements by tag, the numbers of an
// attribute (points, a path, a transform).
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace entente::test {

using boost::property_tree::ptree;

inline ptree parse_svg(const std::string& svg)
{
    std::istringstream in(svg);
    ptree document;
    boost::property_tree::read_xml(in, document);
    return document;
}

/// Every element named `tag` under `tree`, depth first.
inline void collect(const ptree& tree, const std::string& tag, std::vector<const ptree*>& out)
{
    for (const auto& [name, child] : tree) {
        if (name == tag) out.push_back(&child);
        collect(child, tag, out);
    }
}

inline std::vector<const ptree*> elements(const ptree& tree, const std::string& tag)
{
    std::vector<const ptree*> out;
    collect(tree, tag, out);
    return out;
}

inline std::string attribute(const ptree& element, const std::string& name)
{
    return element.get<std::string>("<xmlattr>." + name, "");
}

/// The numbers in `text`, in order: `M70.0,12.5H80` gives 70, 12.5, 80.
inline std::vector<double> numbers(const std::string& text)
{
    static const std::regex number(R"(-?\d+(\.\d+)?(e-?\d+)?)");
    std::vector<double> out;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it)
        out.push_back(std::stod(it->str()));
    return out;
}

} // namespace entente::test
