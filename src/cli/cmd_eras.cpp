// `entente eras`: a leader list (REIGN, Archigos) into eras.csv rows.
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/country_option.hpp"
#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "core/output_guard.hpp"
#include "io/leader_eras.hpp"

namespace entente::cli {
namespace {

struct ErasCommand {
    std::string source;
    std::string input;
    std::string countries;
    std::string output;
};

io::LeaderSource leader_source(const std::string& name)
{
    if (name == "reign") return io::LeaderSource::reign;
    if (name == "archigos") return io::LeaderSource::archigos;
    throw UsageError(fmt::format("--from: unknown leader list '{}' (expected reign or archigos)", name));
}

void run_eras(const ErasCommand& c)
{
    const io::LeaderSource source = leader_source(c.source);
    const std::vector<std::string> countries =
        c.countries.empty() ? std::vector<std::string>{} : country_list(c.countries);
    std::error_code ec;
    if (!std::filesystem::exists(c.input, ec)) throw UsageError(fmt::format("{}: no such file", c.input));
    if (!c.output.empty()) refuse_input_as_output(c.output, {c.input});
    std::ifstream in(c.input, std::ios::binary);
    if (!in) throw Fatal(fmt::format("{}: cannot be read", c.input));
    io::Diagnostics diagnostics;
    const std::vector<io::LeaderSpell> spells = io::read_leader_list(in, c.input, source, countries, diagnostics);
    std::vector<io::EraRow> eras;
    if (!diagnostics.has_errors()) eras = io::leader_eras(spells, c.input, diagnostics);
    diagnostics.print(std::cerr);
    if (diagnostics.has_errors())
        throw InputError(fmt::format("{}: {} problem{} found; nothing written", c.input, diagnostics.error_count(),
                                     diagnostics.error_count() == 1 ? "" : "s"));
    const std::string text = io::eras_csv(eras);
    if (c.output.empty()) {
        std::cout << text;
        return;
    }
    write_file_atomically(c.output, text);
    std::cout << fmt::format("{}: {} era{} from {} spell{} in office\n", c.output, eras.size(),
                             eras.size() == 1 ? "" : "s", spells.size(), spells.size() == 1 ? "" : "s");
}

} // namespace

void setup_eras(CLI::App& app)
{
    auto options = std::make_shared<ErasCommand>();
    CLI::App* command = app.add_subcommand("eras", "Turn a leader list (REIGN, Archigos) into eras, one per leader");
    command->footer(
        "Writes eras.csv rows (id,actor,label,start,end) for the chosen countries, to use with --eras FILE\n"
        "or as a dataset's eras.csv. States come as Correlates of War codes (ccode), mapped to ISO 3166\n"
        "alpha-3 by the built-in table; Archigos numbers them as Gleditsch and Ward do, which is COW's\n"
        "numbering for most states (not all: GW 340 is Serbia, COW has 345).\n\n"
        "reign: REIGN's leaderlist CSV (ccode, leader, sdate, smonth, syear, emonth, eyear). The start is a\n"
        "day (sdate, the day of the month) or a month when sdate is empty or NA; the end is known to the\n"
        "month, so an era ends at the month after it (end 2017-06: in office through May 2017).\n"
        "archigos: Archigos 4.1's CSV (ccode, leader, startdate, enddate, exit); dates YYYY-MM-DD, or\n"
        "YYYY-MM and YYYY where the source does not know the day or month; an era ends the day after\n"
        "enddate.\n\n"
        "Precision follows the source. An era runs up to, not including, its end, and a successor who takes\n"
        "office within the predecessor's last date (the day, or the month REIGN gives) ends it, so eras\n"
        "touch. A leader still in office (an empty or NA end; Archigos's exit 'Still in Office', whose\n"
        "enddate is only the end of the data) has an empty end: ongoing. A spell that starts while another\n"
        "is surely in office (an interim, a shared rule) is warned about (path:line:column): it has the days\n"
        "they share, labelled '(interim, within X's spell)' when X goes on after it, and X's era resumes\n"
        "after it ('(resumed)'); eras of one country never overlap. Ids are <country>_<name> in lower-case\n"
        "ASCII (ecu_rafael_correa), _2 and on for the same name again.\n\n"
        "A bad row is reported as path:line:column (exit 1) and nothing is written. -o is written\n"
        "atomically and never over the input; without -o the rows go to standard output.\n\n"
        "Examples:\n"
        "  entente eras --from reign leaderlist.csv --countries ECU,COL -o eras.csv\n"
        "  entente eras --from archigos Archigos_4.1.csv --countries ECU > eras.csv");
    command->add_option("--from", options->source, "the leader list's format: reign or archigos")
        ->type_name("FORMAT")
        ->required();
    command->add_option("FILE", options->input, "the leader list (CSV)")->required();
    command->add_option("--countries", options->countries,
                        "keep these countries' leaders (ISO 3166 alpha-3), e.g. ECU,COL; all when not given");
    command->add_option("-o,--output", options->output, "the eras file to write; standard output when not given");
    command->callback([options] { run_eras(*options); });
}

} // namespace entente::cli
