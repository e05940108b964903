// The entente executable: registers the subcommands and maps the failure
// kinds to exit codes (0 success, 1 invalid data, 2 usage, 3 other).
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/progress.hpp"
#include "core/errors.hpp"

namespace {

/// CLI11 reads "-1" into an unsigned option as a huge number: `--top -1`
/// would mean "all". Every unsigned option of every command refuses a sign.
void refuse_negative_counts(CLI::App& app)
{
    const CLI::Validator unsigned_only(
        [](const std::string& text) {
            return text.find('-') == std::string::npos ? std::string() : "'" + text + "' is negative";
        },
        "");
    for (CLI::Option* option : app.get_options())
        if (option->get_type_name() == "UINT") option->check(unsigned_only);
    for (CLI::App* command : app.get_subcommands({}))
        refuse_negative_counts(*command);
}

/// `entente compare --help` when the error is in compare's options.
std::string help_command(const CLI::App& app)
{
    const auto parsed = app.get_subcommands();
    return parsed.empty() ? "entente --help" : "entente " + parsed.front()->get_name() + " --help";
}

} // namespace

int main(int argc, char** argv)
{
    CLI::App app{"entente: international relations as a signed, weighted, time-stamped graph.\n"
                 "Analyses alliances, ruptures and shifts across eras of an event dataset."};
    app.name("entente");
    app.set_version_flag("--version", std::string("entente ") + ENTENTE_VERSION);
    app.require_subcommand(1);
    app.footer("DATASET defaults to the bundled graphs/ecuador. Run 'entente <command> --help' for a command's\n"
               "options. Exit status: 0 success, 1 invalid data, 2 usage error, 3 other failure.");
    entente::cli::setup_validate(app);
    entente::cli::setup_summary(app);
    entente::cli::setup_metrics(app);
    entente::cli::setup_ruptures(app);
    entente::cli::setup_balance(app);
    entente::cli::setup_alliances(app);
    entente::cli::setup_import(app);
    entente::cli::setup_export(app);
    entente::cli::setup_timeline(app);
    entente::cli::setup_report(app);
    entente::cli::setup_compare(app);
    refuse_negative_counts(app);

    try {
        // Any progress line ends before an error message or the end.
        const struct EndProgress {
            ~EndProgress() { entente::cli::progress::finish(); }
        } end_progress;
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "entente: " << e.what() << "\nRun '" << help_command(app) << "' for usage.\n";
        return 2;
    } catch (const entente::InputError& e) {
        std::cerr << "entente: " << e.what() << '\n';
        return 1;
    } catch (const entente::UsageError& e) {
        std::cerr << "entente: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "entente: " << e.what() << '\n';
        return 3;
    }
    // What the command printed may still sit in a buffer: a full disk shows only here.
    std::cout.flush();
    if (!std::cout || std::fflush(stdout) != 0) {
        std::cerr << "entente: cannot write to standard output: " << std::strerror(errno) << '\n';
        return 3;
    }
    return 0;
}
