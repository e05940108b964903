#include "render/markup.hpp"

#include <fmt/format.h>

namespace entente::render {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD"; // U+FFFD

bool forbidden_control(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/// DOT escString escaping shared by labels and tooltips; `backslash` is what one backslash becomes.
std::string dot_escaped(std::string_view text, std::string_view backslash)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\')
            out += backslash;
        else if (c == '"')
            out += "\\\"";
        else if (c == '&')
            out += "&amp;";
        else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            continue;
        else if (c == '\n' || c == '\r')
            out += "\\n";
        else if (forbidden_control(c))
            out += k_replacement;
        else
            out += c;
    }
    return out;
}

} // namespace

std::string xml_escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\r':
            out += "&#13;";
            break;
        case '\t':
            out += "&#9;";
            break;
        default:
            if (forbidden_control(c))
                out += k_replacement;
            else
                out += c;
        }
    }
    return out;
}

std::string dot_label(std::string_view text)
{
    return dot_escaped(text, "\\\\");
}

std::string dot_tooltip(std::string_view text)
{
    return dot_escaped(text, "\\\\\\\\");
}

std::string dot_string(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (forbidden_control(c))
            out += k_replacement;
        else
            out += c;
    }
    return out;
}

std::string number_text(double value)
{
    return fmt::format("{}", value == 0.0 ? 0.0 : value);
}

std::string rounded_text(double value, int decimals)
{
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

} // namespace entente::render
