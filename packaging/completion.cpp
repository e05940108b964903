#include "completion.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/dataset_lookup.hpp"
#include "core/errors.hpp"

namespace entente::packaging {
namespace {

/// `words` joined by spaces inside single quotes, for bash.
std::string quoted(const std::vector<std::string>& words)
{
    std::string out = "'";
    for (const std::string& word : words) {
        if (out.size() > 1) out += ' ';
        for (const char c : word)
            out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

/// Every name of every option of `command` (-o and --output both).
std::vector<std::string> option_names(const CLI::App& command)
{
    std::vector<std::string> names;
    for (const CLI::Option* option : command.get_options([](const CLI::Option* o) { return o->nonpositional(); })) {
        for (const std::string& name : option->get_snames())
            names.push_back("-" + name);
        for (const std::string& name : option->get_lnames())
            names.push_back("--" + name);
    }
    return names;
}

/// A case clause of "command --option" patterns, one per option of type
/// `type`, giving `ids`; empty when no option takes them.
std::string values_clause(const CLI::App& app, const std::string& type, const std::vector<std::string>& ids)
{
    std::vector<std::string> patterns;
    for (const CLI::App* command : app.get_subcommands({}))
        for (const CLI::Option* option : command->get_options(
                 [&](const CLI::Option* o) { return o->nonpositional() && o->get_type_name() == type; }))
            for (const std::string& name : option->get_lnames())
                patterns.push_back(quoted({command->get_name() + " --" + name}));
    if (patterns.empty()) return "";
    return fmt::format("        {})\n            words={}\n            ;;\n", fmt::join(patterns, " | "), quoted(ids));
}

void fill(std::string& script, std::string_view placeholder, const std::string& text)
{
    const std::size_t at = script.find(placeholder);
    if (at == std::string::npos) throw Fatal(fmt::format("the completion template has no {}", placeholder));
    script.replace(at, placeholder.size(), text);
}

/// Drops the newline after a placeholder that fills whole lines.
std::string without_last_newline(std::string text)
{
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

} // namespace

std::string completion_script(std::string_view script, const CLI::App& app, const DatasetIds& ids)
{
    std::vector<std::string> commands;
    std::string options;
    for (const CLI::App* command : app.get_subcommands({})) {
        commands.push_back(command->get_name());
        options += fmt::format("            {}) words={} ;;\n", command->get_name(), quoted(option_names(*command)));
    }
    std::string out(script);
    fill(out, "@COMMANDS@", quoted(commands));
    fill(out, "@VALUES@",
         without_last_newline(values_clause(app, cli::k_era_type, ids.eras) +
                              values_clause(app, cli::k_actor_type, ids.actors)));
    fill(out, "@OPTIONS@", without_last_newline(options));
    return out;
}

} // namespace entente::packaging
