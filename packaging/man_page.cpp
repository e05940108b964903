#include "man_page.hpp"

#include <sstream>
#include <string_view>

#include "core/text.hpp"

namespace entente::packaging {
namespace {

/// Text safe in a roff line: a backslash printed as one, a hyphen as the
/// ASCII hyphen-minus (so options can be copied), and no line read as a
/// request because it starts with a dot or a quote.
std::string roff(std::string_view text)
{
    std::string out;
    bool line_start = true;
    for (const char c : text) {
        if (line_start && (c == '.' || c == '\'')) out += "\\&";
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
        line_start = c == '\n';
    }
    return out;
}

/// Free text as --help prints it: paragraphs between blank lines, filled;
/// runs of indented lines kept as they are.
void write_text(std::ostream& out, std::string_view text)
{
    bool verbatim = false;
    bool paragraph_open = false;
    for (const std::string& line : split(text, '\n')) {
        if (line.empty()) {
            if (verbatim) out << ".fi\n";
            verbatim = paragraph_open = false;
            continue;
        }
        if (!paragraph_open) out << ".PP\n";
        paragraph_open = true;
        const bool indented = line.front() == ' ';
        if (indented != verbatim) out << (indented ? ".nf\n" : ".fi\n");
        verbatim = indented;
        out << roff(line) << '\n';
    }
    if (verbatim) out << ".fi\n";
}

/// A tag may break after a comma (`\:`): a long list of choices
/// (`TEXT:{alliances,blocs,...}`) would not fit a terminal's line.
std::string breakable(std::string text)
{
    for (std::size_t at = text.find(','); at != std::string::npos; at = text.find(',', at + 3))
        text.insert(at + 1, "\\:");
    return text;
}

void write_option(std::ostream& out, const CLI::Formatter& format, const CLI::Option* option, bool positional)
{
    out << ".TP\n\\fB" << breakable(roff(format.make_option_name(option, positional))) << "\\fR"
        << breakable(roff(format.make_option_opts(option))) << '\n'
        << roff(format.make_option_desc(option)) << '\n';
}

/// The option groups in --help's order (CLI::Formatter::make_groups), each
/// under its heading; a command's pages leave out its -h,--help.
void write_options(std::ostream& out, const CLI::Formatter& format, const CLI::App& app, bool with_help)
{
    const auto positionals =
        app.get_options([](const CLI::Option* o) { return !o->get_group().empty() && o->get_positional(); });
    if (!positionals.empty()) out << ".PP\n\\fBPositionals:\\fR\n";
    for (const CLI::Option* option : positionals)
        write_option(out, format, option, true);
    for (const std::string& group : app.get_groups()) {
        const auto options = app.get_options([&](const CLI::Option* o) {
            return o->get_group() == group && o->nonpositional() && (with_help || o != app.get_help_ptr());
        });
        if (group.empty() || options.empty()) continue;
        out << ".PP\n\\fB" << roff(group) << ":\\fR\n";
        for (const CLI::Option* option : options)
            write_option(out, format, option, false);
    }
}

/// "entente metrics [OPTIONS] [DATASET]": --help's usage line less "Usage: ".
std::string usage(const CLI::Formatter& format, const CLI::App& app, const std::string& name)
{
    std::string line = format.make_usage(&app, name);
    line = line.substr(line.find(name));
    while (!line.empty() && line.back() == '\n')
        line.pop_back();
    return line;
}

} // namespace

std::string man_page(const CLI::App& app, const std::string& summary, const std::string& version)
{
    const CLI::Formatter format;
    std::ostringstream out;
    out << ".\\\" Written by packaging/make_docs from entente's command line: edit the --help texts, not this.\n"
        << ".TH ENTENTE 1 \"\" \"entente " << version << "\" \"User Commands\"\n"
        << ".nh\n.ad l\n"
        << ".SH NAME\nentente \\- " << roff(summary) << '\n'
        << ".SH SYNOPSIS\n"
        << roff(usage(format, app, app.get_name())) << '\n'
        << ".SH DESCRIPTION\n";
    write_text(out, app.get_description());
    write_options(out, format, app, true);
    write_text(out, app.get_footer());
    out << ".SH COMMANDS\n";
    for (const CLI::App* command : app.get_subcommands({})) {
        const std::string name = app.get_name() + " " + command->get_name();
        out << ".SS " << roff(command->get_name()) << '\n' << roff(usage(format, *command, name)) << '\n';
        write_text(out, command->get_description());
        write_options(out, format, *command, false);
        write_text(out, command->get_footer());
    }
    return out.str();
}

} // namespace entente::packaging
