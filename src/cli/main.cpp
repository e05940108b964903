// The entente executable: parses the command line that cli/app.hpp sets up
// and maps the failure kinds to exit codes (0 success, 1 invalid data, 2
// usage, 3 other).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <malloc.h>
#include <string>

#include "cli/app.hpp"
#include "cli/command_words.hpp"
#include "cli/progress.hpp"
#include "cli/terminal.hpp"
#include "core/errors.hpp"
#include "render/table.hpp"

namespace {

/// `entente compare --help` when the error is in compare's options.
std::string help_command(const CLI::App& app)
{
    const auto parsed = app.get_subcommands();
    return parsed.empty() ? "entente --help" : "entente " + parsed.front()->get_name() + " --help";
}

/// Keeps the memory of freed large buffers for the next ones. The analyses
/// build and drop many buffers of tens of megabytes (a batch of ruptures'
/// rows, a window's tables); by default glibc maps each afresh and hands it
/// back on free, so every one is faulted in page by page again: a fifth of
/// `ruptures` on 10M events went to the kernel. Buffers under 32 MiB now come
/// from the heap, which keeps up to 256 MiB of free space at its top.
void keep_freed_memory()
{
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

} // namespace

int main(int argc, char** argv)
{
    keep_freed_memory();
    CLI::App app;
    entente::cli::setup_app(app);
    entente::cli::FirstWord first = entente::cli::read_first_word(app, {argv + 1, argv + argc});
    if (first.status) {
        (first.to_stderr ? std::cerr : std::cout) << first.text;
        return *first.status;
    }
    entente::render::set_terminal_width(entente::cli::stdout_terminal_width()); // --wide sets 0
    // CLI11 takes the arguments last first.
    std::reverse(first.args.begin(), first.args.end());

    try {
        // Any progress line ends before an error message or the end.
        const struct EndProgress {
            ~EndProgress() { entente::cli::progress::finish(); }
        } end_progress;
        app.parse(first.args);
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
