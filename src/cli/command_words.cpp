#include "cli/command_words.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace entente::cli {
namespace {

/// Edits (insert, delete, replace, swap two neighbours) from a to b.
std::size_t edit_distance(const std::string& a, const std::string& b)
{
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

std::vector<std::string> command_names(const CLI::App& app)
{
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(command->get_name());
    return names;
}

bool is_command(const CLI::App& app, const std::string& word)
{
    const std::vector<std::string> names = command_names(app);
    return std::find(names.begin(), names.end(), word) != names.end();
}

FirstWord unknown(const CLI::App& app, const std::string& word)
{
    FirstWord answer;
    answer.status = 2;
    answer.to_stderr = true;
    const auto near = nearest_command(app, word);
    std::string list;
    for (const std::string& name : command_names(app))
        list += (list.empty() ? "" : ", ") + name;
    answer.text = near ? fmt::format("entente: unknown command '{}'; did you mean '{}'?\n", word, *near)
                       : fmt::format("entente: unknown command '{}'; the commands are {}\n", word, list);
    answer.text += "Run 'entente help' for what each does.\n";
    return answer;
}

} // namespace

std::optional<std::string> nearest_command(const CLI::App& app, const std::string& word)
{
    std::optional<std::string> best;
    std::size_t best_distance = 3; // more than two edits is another word
    std::vector<std::string> prefixed;
    for (const std::string& name : command_names(app)) {
        const std::size_t distance = edit_distance(word, name);
        if (distance < best_distance) {
            best = name;
            best_distance = distance;
        }
        if (!word.empty() && name.starts_with(word)) prefixed.push_back(name);
    }
    if (!best && prefixed.size() == 1) best = prefixed.front();
    return best;
}

FirstWord read_first_word(const CLI::App& app, std::vector<std::string> args)
{
    FirstWord answer;
    if (args.empty() || (args.front() == "help" && args.size() == 1)) {
        answer.status = 0;
        answer.text = app.help();
        return answer;
    }
    if (args.front() == "help") {
        if (args[1].starts_with('-') || !is_command(app, args[1])) return unknown(app, args[1]);
        answer.args = {args[1], "--help"};
        return answer;
    }
    if (!args.front().starts_with('-') && !is_command(app, args.front())) return unknown(app, args.front());
    answer.args = std::move(args);
    return answer;
}

} // namespace entente::cli
