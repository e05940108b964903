// The entente executable: parses the command line that cli/app.hpp sets up
// and maps the failure kinds to exit codes (0 success, 1 invalid data, 2
// usage, 3 other).
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/app.hpp"
#include "cli/progress.hpp"
#include "core/errors.hpp"

namespace {

/// `entente compare --help` when the error is in compare's options.
std::string help_command(const CLI::App& app)
{
    const auto parsed = app.get_subcommands();
    return parsed.empty() ? "entente --help" : "entente " + parsed.front()->get_name() + " --help";
}

} // namespace

int main(int argc, char** argv)
{
    CLI::App app;
    entente::cli::setup_app(app);

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
