// README.md of an imported dataset: where it came from and what was left out.
#include <filesystem>
#include <fmt/format.h>
#include <istream>
#include <string>
#include <string_view>

#include "io/importer.hpp"
#include "io/same_day_filter.hpp"

namespace entente::io {
namespace {

std::string_view format_title(ImportFormat format)
{
    switch (format) {
    case ImportFormat::gdelt1:
        return "GDELT 1.0 events";
    case ImportFormat::gdelt2:
        return "GDELT 2.0 events";
    case ImportFormat::icews:
        return "ICEWS coded events";
    case ImportFormat::cow_dipex:
        return "Correlates of War Diplomatic Exchange dyad-years";
    }
    return "";
}

std::string_view format_mapping(ImportFormat format)
{
    switch (format) {
    case ImportFormat::gdelt1:
    case ImportFormat::gdelt2:
        return "Actors are the states of Actor1CountryCode and Actor2CountryCode, CAMEO country codes mapped to\n"
               "ISO 3166 alpha-3 where they differ (ROM is ROU, TMP is TLS, MTN is MNE, IMY is IMN). Dates come\n"
               "from SQLDATE, the code from EventCode, the weight from GoldsteinScale and the ref from SOURCEURL\n"
               "(the 57-column historical rows have none). A GLOBALEVENTID is imported once.";
    case ImportFormat::icews:
        return "Actors are the states of Source Country and Target Country, country names mapped to ISO 3166\n"
               "alpha-3. Dates come from Event Date, the code from CAMEO Code and the weight from Intensity (the\n"
               "code's Goldstein weight where it is NA); the ref names the ICEWS Event ID. NA is a missing value.\n"
               "ICEWS repeats some events under one Event ID, sometimes with another date: the first row of an\n"
               "Event ID is kept, the later ones are skipped and counted below (unless --keep-repeated-ids).";
    case ImportFormat::cow_dipex:
        return "Actors are the states of ccode1 and ccode2, Correlates of War state codes mapped to ISO 3166\n"
               "alpha-3 (a COW_ id for a state ISO never coded). A representative of one state at another\n"
               "(DR_at_1, DR_at_2: 1 chargé d'affaires, 2 minister, 3 ambassador) is a tie of diplomatic\n"
               "cooperation (CAMEO 050) from the sender to the host, weighing its level each year (`per` = year;\n"
               "1 to 3 on the [-10, 10] scale, an ambassador near CAMEO 050's Goldstein 3.5), held from the\n"
               "observation's year to the year before the dyad's next observed level (`end`; the last one as\n"
               "long as the gap before the last observation, or its year alone). A level below the one last\n"
               "observed is also a downgrade (CAMEO 161) weighing the levels lost (ambassador to chargé\n"
               "d'affaires: -2; to none, 0: -3). 9 is a missing observation, not the absence of a representative:\n"
               "the level known before holds through it (COW codes whole surveys 9, 1950 to 1965 among them), so\n"
               "a gap in the survey is neither a break nor, when it ends, a renewal. The summary says which, the\n"
               "ref gives the row. Each observation is one fact: read this dataset with --min-events 1.";
    }
    return "";
}

std::string command_line(const ImportOptions& o)
{
    std::string line = "entente import " + option_words(o);
    for (const std::string& input : o.inputs)
        line += " " + input;
    return line + " -o " + o.output.string();
}

/// What --dedup daily removed, and what it could not check.
std::string dedup_line(const std::vector<FileTally>& files)
{
    std::uint64_t removed = 0, unchecked = 0;
    for (const FileTally& f : files) {
        removed += f.skipped[static_cast<std::size_t>(Skip::same_day)];
        unchecked += f.unchecked_for_same_day;
        for (const auto& [label, count] : f.notes)
            if (label == k_same_day_note) removed += count;
    }
    std::string line = fmt::format("- `--dedup daily`: {} event{} removed, each with the date, source, target and "
                                   "code of an event kept (one a day, before any --aggregate).",
                                   removed, removed == 1 ? "" : "s");
    if (unchecked != 0) {
        line += fmt::format(" {} event{} kept unchecked: dated more than {} days before a date read earlier (sort "
                            "the input by date to check every one).",
                            unchecked, unchecked == 1 ? "" : "s", SameDayFilter::k_window_days);
    }
    return line + '\n';
}

/// The third line of an import's README.md begins so.
constexpr std::string_view k_imported_by = "Imported by entente from ";

} // namespace

bool is_import_readme(std::istream& readme)
{
    std::string title, blank, said;
    std::getline(readme, title);
    std::getline(readme, blank);
    std::getline(readme, said);
    return title.starts_with("# ") && blank.empty() && said.starts_with(k_imported_by);
}

std::string import_readme(const ImportOptions& options, const ImportResult& result)
{
    const auto& files = result.files;
    std::string out =
        fmt::format("# {}\n\n{}{} with\n\n    {}\n\n{}\n",
                    options.output.filename().empty() ? options.output.parent_path().filename().string()
                                                      : options.output.filename().string(),
                    k_imported_by, format_title(options.format), command_line(options), format_mapping(options.format));

    out += "\n## Sources\n\n| file | bytes | rows | imported | skipped |\n| --- | ---: | ---: | ---: | ---: |\n";
    std::uint64_t bytes = 0, rows = 0, events = 0, skipped = 0;
    for (const FileTally& f : files) {
        out += fmt::format("| `{}` | {} | {} | {} | {} |\n", f.name, f.bytes, f.rows, f.events, f.skipped_rows());
        bytes += f.bytes;
        rows += f.rows;
        events += f.events;
        skipped += f.skipped_rows();
    }
    if (files.size() > 1) out += fmt::format("| total | {} | {} | {} | {} |\n", bytes, rows, events, skipped);
    if (options.format == ImportFormat::cow_dipex)
        out += "\nA row holds two observations; `imported` counts the events made from them.\n";

    out += "\n## Skipped rows\n\nEach skipped row is counted once, under the first reason that applies, in this "
           "order.\n\n| reason |";
    for (const FileTally& f : files)
        out += fmt::format(" `{}` |", f.name);
    out += files.size() > 1 ? " total |\n| --- |" : "\n| --- |";
    for (std::size_t i = 0; i < files.size() + (files.size() > 1 ? 1 : 0); ++i)
        out += " ---: |";
    out += '\n';
    for (const Skip reason : skip_reasons(options)) {
        out += fmt::format("| {} |", skip_text(options.format, reason));
        std::uint64_t total = 0;
        for (const FileTally& f : files) {
            const std::uint64_t n = f.skipped[static_cast<std::size_t>(reason)];
            out += fmt::format(" {} |", n);
            total += n;
        }
        out += files.size() > 1 ? fmt::format(" {} |\n", total) : "\n";
    }

    if (!files.empty() && !files.front().notes.empty()) {
        out += "\n## Observations\n\n| count |";
        for (const FileTally& f : files)
            out += fmt::format(" `{}` |", f.name);
        out += "\n| --- |";
        for (std::size_t i = 0; i < files.size(); ++i)
            out += " ---: |";
        out += '\n';
        for (std::size_t n = 0; n < files.front().notes.size(); ++n) {
            out += fmt::format("| {} |", files.front().notes[n].first);
            for (const FileTally& f : files)
                out += fmt::format(" {} |", f.notes[n].second);
            out += '\n';
        }
    }

    out += "\n## Output\n\n";
    if (options.aggregate == Aggregation::none) {
        out += fmt::format("- `events.csv`: {} events, one a row.\n", result.rows);
    } else {
        out += fmt::format("- `events.csv`: {} rows holding {} events, one row per dyad, CAMEO root code and {} "
                           "(`count` events; `weight` is their mean, so weight × count is their total).\n",
                           result.rows, result.events, to_string(options.aggregate));
    }
    if (options.dedup == Dedup::daily) out += dedup_line(files);
    out += fmt::format("- `actors.csv`: {} states.\n", result.actors);
    std::error_code ec;
    if (std::filesystem::exists(options.output / "eras.csv", ec))
        out += "- `eras.csv`: the folder's own, left as it was.\n";
    std::uint64_t refs = 0;
    for (const FileTally& f : files)
        refs += f.refs_left_out;
    if (refs != 0) {
        out += fmt::format("- {} ref{} left out: not valid UTF-8, or holding control characters.\n", refs,
                           refs == 1 ? "" : "s");
    }
    return out;
}

} // namespace entente::io
