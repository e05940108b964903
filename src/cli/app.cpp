#include "cli/app.hpp"

#include <string>

#include "cli/commands.hpp"

namespace entente::cli {
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

} // namespace

void setup_app(CLI::App& app)
{
    app.name("entente");
    app.description("entente: international relations as a signed, weighted, time-stamped graph.\n"
                    "Analyses alliances, ruptures and shifts across eras of an event dataset.");
    app.set_version_flag("--version", std::string("entente ") + ENTENTE_VERSION);
    app.require_subcommand(1);
    app.footer("DATASET defaults to the bundled graphs/ecuador: " ENTENTE_DATA_FROM_BIN "/graphs/ecuador from the\n"
               "folder of the entente executable (where an install puts it), else graphs/ecuador in the\n"
               "working folder (a build run from the source tree). Run 'entente help <command>' (or\n"
               "'entente <command> --help') for a command's options.\n"
               "Exit status: 0 success; 1 invalid data (listed with path:line:column); 2 usage error (an\n"
               "unknown command or option, a bad value, a file named that is not there); 3 other failure\n"
               "(an output that cannot be written, as into a folder that does not exist).\n"
               "Reading cache: a command that adds up the events of a file of 8 MiB or more in one reading\n"
               "keeps the sums in $ENTENTE_CACHE_DIR, else $XDG_CACHE_HOME/entente, else ~/.cache/entente\n"
               "(1 GiB at most), so that the next command asking for the same views of the same, unchanged\n"
               "file reads them instead of the file: the same results, sooner. ENTENTE_CACHE=off turns it off.");
    setup_validate(app);
    setup_summary(app);
    setup_metrics(app);
    setup_ruptures(app);
    setup_balance(app);
    setup_alliances(app);
    setup_import(app);
    setup_export(app);
    setup_timeline(app);
    setup_report(app);
    setup_compare(app);
    setup_eras(app);
    setup_extract(app);
    refuse_negative_counts(app);
}

} // namespace entente::cli
