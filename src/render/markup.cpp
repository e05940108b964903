#include "render/markup.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace entente::render {
namespace {

constexpr std::string_view k_replacement = "\xEF\xBF\xBD"; // U+FFFD

/// The length of the character at `i` when XML 1.0 cannot hold it (a
/// control character other than tab, line feed and carriage return, or the
/// noncharacters U+FFFE and U+FFFF, valid UTF-8 all the same), else 0.
std::size_t forbidden_at(std::string_view text, std::size_t i)
{
    const auto u = static_cast<unsigned char>(text[i]);
    if (u < 0x20) return u != '\t' && u != '\n' && u != '\r' ? 1 : 0;
    if (u == 0xEF && text.substr(i + 1, 1) == "\xBF" && i + 2 < text.size() &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
        return 3;
    return 0;
}

/// DOT escString escaping shared by labels and tooltips; `backslash` is what one backslash becomes.
std::string dot_escaped(std::string_view text, std::string_view backslash)
{
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (const std::size_t n = forbidden_at(text, i); n != 0) {
            out += k_replacement;
            i += n - 1;
            continue;
        }
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
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (const std::size_t n = forbidden_at(text, i); n != 0) {
            out += k_replacement;
            i += n - 1;
            continue;
        }
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
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (const std::size_t n = forbidden_at(text, i); n != 0) {
            out += k_replacement;
            i += n - 1;
            continue;
        }
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

double printed_value(double value)
{
    if (value == 0.0) return 0.0;
    if (!std::isfinite(value)) return value;
    return std::strtod(fmt::format("{:.15g}", value).c_str(), nullptr);
}

std::string number_text(double value)
{
    return fmt::format("{}", printed_value(value));
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

std::string count_text(std::size_t count)
{
    const std::string digits = std::to_string(count);
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) text += ',';
        text += digits[i];
    }
    return text;
}

} // namespace entente::render
