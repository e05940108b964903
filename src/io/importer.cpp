#include "io/importer.hpp"

#include <fmt/format.h>
#include <fstream>

#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "io/byte_source.hpp"
#include "io/dataset_reader.hpp"
#include "io/event_importers.hpp"
#include "io/import_writer.hpp"
#include "io/line_reader.hpp"

namespace entente::io {
namespace {

namespace fs = std::filesystem;

/// Whether `dir` holds a dataset that entente import wrote (its README.md says so).
bool written_by_import(const fs::path& dir)
{
    std::ifstream readme(dir / "README.md");
    return is_import_readme(readme);
}

/// Refuses an output folder that is not new, empty or a dataset an earlier
/// import wrote (a hand-made dataset is never replaced), or whose files would
/// replace an input.
void check_output(const ImportOptions& options)
{
    const fs::path& dir = options.output;
    std::error_code ec;
    bool stdin_seen = false;
    for (const std::string& input : options.inputs) {
        if (input == "-") {
            if (stdin_seen) throw UsageError("standard input (-) can be read only once");
            stdin_seen = true;
            continue;
        }
        if (!fs::exists(input, ec)) throw InputError(fmt::format("{}: no such file", input));
        if (fs::is_directory(input, ec)) throw InputError(fmt::format("{}: is a directory, expected a file", input));
        for (const char* name : {"actors.csv", "events.csv", "README.md"}) {
            if (fs::exists(dir / name, ec) && fs::equivalent(input, dir / name, ec)) {
                throw UsageError(
                    fmt::format("{}: would be overwritten by the import; write into another folder", input));
            }
        }
    }
    if (fs::exists(dir, ec)) {
        if (!fs::is_directory(dir, ec)) throw UsageError(fmt::format("{}: exists and is not a folder", dir.string()));
        if (!fs::is_empty(dir, ec) && !written_by_import(dir))
            throw UsageError(fmt::format("{}: a folder that is not empty and not a dataset written by entente import "
                                         "(its README.md would say so); import into a new or empty folder",
                                         dir.string()));
    }
}

/// Removes the output folder it created when the import fails before writing it.
class CreatedFolder {
public:
    explicit CreatedFolder(const fs::path& dir)
    {
        std::error_code ec;
        m_created = fs::create_directories(dir, ec);
        if (ec) throw Fatal(fmt::format("{}: cannot create the folder: {}", dir.string(), ec.message()));
        if (m_created) m_dir = dir;
    }
    CreatedFolder(const CreatedFolder&) = delete;
    CreatedFolder& operator=(const CreatedFolder&) = delete;
    ~CreatedFolder()
    {
        std::error_code ec;
        if (!m_dir.empty() && fs::is_empty(m_dir, ec)) fs::remove(m_dir, ec);
    }
    void keep() { m_dir.clear(); }

private:
    fs::path m_dir;
    bool m_created = false;
};

std::string_view expected_shape(ImportFormat format)
{
    switch (format) {
    case ImportFormat::gdelt1:
        return "no row has 57 or 58 tab-separated columns (is it a GDELT 1.0 events file?)";
    case ImportFormat::gdelt2:
        return "no row has 61 tab-separated columns (is it a GDELT 2.0 events file?)";
    case ImportFormat::icews:
        return "no row has as many tab-separated columns as the header (is it an ICEWS file?)";
    case ImportFormat::cow_dipex:
        return "no row has as many columns as the header (is it a Correlates of War Diplomatic Exchange file?)";
    }
    return "";
}

/// What the first line of an input should be.
std::string_view expected_first_line(ImportFormat format)
{
    switch (format) {
    case ImportFormat::gdelt1:
        return "a GDELT 1.0 event row";
    case ImportFormat::gdelt2:
        return "a GDELT 2.0 event row";
    case ImportFormat::icews:
    case ImportFormat::cow_dipex:
        return "a header row";
    }
    return "";
}

} // namespace

ImportResult run_import(const ImportOptions& options)
{
    check_output(options);
    CreatedFolder folder(options.output);
    const CameoTable& cameo = builtin_cameo_table();
    ImportWriter writer(options);
    ImportResult result;
    IdSet imported;
    DipexImport dipex(cameo);
    for (std::size_t i = 0; i < options.inputs.size(); ++i) {
        ByteSource source(options.inputs[i]);
        LineReader lines(source);
        FileTally& tally = result.files.emplace_back();
        tally.name = source.name();
        switch (options.format) {
        case ImportFormat::gdelt1:
        case ImportFormat::gdelt2:
            import_gdelt(lines, options.format, cameo, imported, writer, tally);
            break;
        case ImportFormat::icews:
            import_icews(lines, cameo, options.keep_repeated_ids ? nullptr : &imported, writer, tally);
            break;
        case ImportFormat::cow_dipex:
            dipex.read(lines, i, tally);
            break;
        }
        tally.bytes = lines.bytes();
        if (lines.line_number() == 0) // not a source without events: a download that failed, a wrong file
            throw InputError(
                fmt::format("{}:1: empty file (expected {})", tally.name, expected_first_line(options.format)));
        if (tally.rows > 0 && tally.skipped[static_cast<std::size_t>(Skip::columns)] == tally.rows)
            throw InputError(fmt::format("{}: {}", tally.name, expected_shape(options.format)));
    }
    if (options.format == ImportFormat::cow_dipex) dipex.write(writer, result.files);
    writer.commit();
    result.events = writer.events();
    result.rows = writer.rows();
    result.actors = writer.actors();
    write_file_atomically(options.output / "README.md", import_readme(options, result));
    folder.keep();
    return result;
}

} // namespace entente::io
