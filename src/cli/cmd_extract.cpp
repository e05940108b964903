// `entente extract`: a foreign-relations article into a draft events file.
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "cli/commands.hpp"
#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "core/output_guard.hpp"
#include "core/text.hpp"
#include "io/article_actors.hpp"
#include "io/article_extract.hpp"
#include "io/country_tables.hpp"

namespace entente::cli {
namespace {

struct ExtractCommand {
    std::string input;
    std::string focus;
    std::string output;
    bool explain = false;
};

void check_focus(const std::string& focus)
{
    if (focus.empty() || io::is_known_actor(focus)) return;
    std::vector<std::string> known;
    for (const io::Country& c : io::countries())
        known.push_back(c.code);
    for (const Actor& a : io::builtin_organisations().all())
        known.push_back(a.id);
    const auto hint = closest_match(focus, known);
    throw UsageError(fmt::format("--focus: unknown actor '{}' ({})", focus,
                                 hint ? fmt::format("did you mean '{}'?", *hint)
                                      : std::string("expected an ISO 3166 alpha-3 code such as ECU")));
}

std::string read_bytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Fatal(fmt::format("{}: cannot be read", path));
    std::string bytes;
    bytes.resize(io::k_max_article_bytes + 1);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

void print_explanation(const io::Draft& draft, const std::string& input)
{
    for (const io::SkippedSentence& s : draft.skipped) {
        const std::string start = s.text.size() > 60 ? s.text.substr(0, 57) + "..." : s.text;
        std::cerr << fmt::format("{}:{}:{}: no row: {} \"{}\"\n", input, s.line, s.column, printable(s.reason),
                                 printable(replace_invalid_utf8(start)));
    }
}

void run_extract(const ExtractCommand& c)
{
    check_focus(c.focus);
    std::error_code ec;
    if (!std::filesystem::exists(c.input, ec)) throw UsageError(fmt::format("{}: no such file", c.input));
    if (std::filesystem::is_directory(c.input, ec))
        throw UsageError(fmt::format("{}: is a folder (expected an article in plain text)", c.input));
    if (!c.output.empty()) refuse_input_as_output(c.output, {c.input});
    io::Diagnostics diagnostics;
    const std::vector<io::ArticleSentence> sentences = io::read_article(read_bytes(c.input), c.input, diagnostics);
    diagnostics.print(std::cerr);
    if (diagnostics.has_errors())
        throw InputError(fmt::format("{}: not an article in plain text; nothing written", c.input));
    const std::string name = std::filesystem::path(c.input).filename().string();
    const io::Draft draft = io::draft_events(sentences, name, c.focus.empty() ? std::nullopt : std::optional(c.focus),
                                             io::builtin_act_phrases());
    if (draft.dates == 0)
        throw InputError(fmt::format("{}: no date in the article ({} sentence{}): an event needs one; nothing written",
                                     c.input, draft.sentences, draft.sentences == 1 ? "" : "s"));
    if (c.explain) print_explanation(draft, c.input);
    const std::string text = io::draft_csv(draft, name);
    const std::string tally =
        fmt::format("{} row{} drafted from {} sentence{}; {} gave none{}", draft.rows.size(),
                    draft.rows.size() == 1 ? "" : "s", draft.sentences, draft.sentences == 1 ? "" : "s",
                    draft.skipped.size(), c.explain ? "" : " (--explain says why)");
    if (c.output.empty()) {
        std::cout << text;
        std::cerr << fmt::format("{}: {}\n", c.input, tally);
        return;
    }
    write_file_atomically(c.output, text);
    std::cout << fmt::format("{}: {}\n", c.output, tally);
}

} // namespace

void setup_extract(CLI::App& app)
{
    auto options = std::make_shared<ExtractCommand>();
    CLI::App* command =
        app.add_subcommand("extract", "Draft events from an article in plain text, each row traced to its sentence");
    command->footer(
        "Reads a UTF-8 article (a 'Foreign relations of X' page, notes, a report) and drafts the events its\n"
        "sentences state, as an events file (date,source,target,code,end,mutual,summary,ref,confidence) that\n"
        "validate and every command read as they read a hand-made one. It is a draft: review each row.\n\n"
        "A sentence gives a row for each act it states with two sides and a date:\n"
        "  acts     phrases of data/act_phrases.csv mapped to CAMEO codes ('withdrew ... ambassador' 161,\n"
        "           'signed ... agreement' 057, 'condemned' 111); the weight is the code's Goldstein weight.\n"
        "           A negated or unreal act ('did not recognise', 'would sign') gives no row.\n"
        "  sides    countries by name, other name, demonym or capital ('Britain', 'Colombian', 'Washington'),\n"
        "           organisations by name or acronym (UN, OAS, Andean Community). The actor before the\n"
        "           phrase acts on the one after it ('was condemned by X' turns that round); an act of both\n"
        "           sides (a treaty, relations established) is one row per pair with mutual=yes.\n"
        "  --focus  the article's own country: the other side of an act when the sentence names only one\n"
        "           other actor, or none and its paragraph one before ('the relations improved significantly'\n"
        "           in a paragraph on the United States).\n"
        "  dates    '1980-01-02', '2 March 2008', 'March 2, 2008', 'July 1981', '1981', 'the 1990s' (a decade:\n"
        "           date and end), ranges ('between 1910 and 1963'), 'seven months later' from the date before;\n"
        "           at the precision the text gives. With none in the sentence, the last one of its paragraph.\n\n"
        "Each row's summary is its sentence and its ref ARTICLE:LINE; confidence (0.1 to 1) is lower when\n"
        "--focus or an earlier sentence gave a side or the date. A sentence that gives no row is counted;\n"
        "--explain lists each on standard error with why (no act phrase, negated, one side not named...).\n\n"
        "An empty file, a binary one, one not in UTF-8 or an article with no date is an error (exit 1) and\n"
        "nothing is written. -o is written atomically and never over the article; without -o the draft goes\n"
        "to standard output.\n\n"
        "Examples:\n"
        "  entente extract Foreign_relations_of_Ecuador.txt --focus ECU -o draft.csv\n"
        "  entente validate draft.csv\n"
        "  entente extract notes.txt --focus PER --explain > draft.csv");
    command->add_option("ARTICLE", options->input, "the article (UTF-8 plain text)")->required();
    command->add_option("--focus", options->focus, "the article's own country or actor (an ISO 3166 alpha-3 code)")
        ->type_name("ACTOR");
    command->add_option("-o,--output", options->output,
                        "the draft events file to write; standard output when not given");
    command->add_flag("--explain", options->explain, "list each sentence that gave no row, and why, on standard error");
    command->callback([options] { run_extract(*options); });
}

} // namespace entente::cli
