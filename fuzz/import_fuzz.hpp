#pragma once
// What the four import targets share: one input file of a source format run
// through `entente import` (io::run_import) into a dataset folder, which must
// then load without an error and agree with the import's own counts.
//
// The first byte of an input chooses the options (bits 0-1: --aggregate
// none, day, month or year; bit 2: --countries ECU,COL; bit 3: --from 1990
// --to 2019; bit 4: --dedup daily; bit 5: --keep-repeated-ids); the rest is
// the file. The files live in a folder of
// /dev/shm (or the temporary folder) made once per process.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <numeric>
#include <set>
#include <unistd.h>

#include "core/errors.hpp"
#include "fuzz/fuzz_check.hpp"
#include "io/importer.hpp"
#include "model/dataset.hpp"

namespace entente::fuzz {

/// A folder removed at exit, holding `input` (the file imported) and `out/` (the dataset).
class ImportFolder {
public:
    ImportFolder()
    {
        const std::filesystem::path base = ::access("/dev/shm", W_OK) == 0 ? std::filesystem::path("/dev/shm")
                                                                           : std::filesystem::temp_directory_path();
        std::string pattern = (base / "entente-fuzz-import-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) std::abort();
        m_root = pattern;
        std::filesystem::create_directory(m_root / "out");
    }
    ImportFolder(const ImportFolder&) = delete;
    ImportFolder& operator=(const ImportFolder&) = delete;
    ~ImportFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_root, ignored);
    }
    [[nodiscard]] std::filesystem::path input() const { return m_root / "input"; }
    [[nodiscard]] std::filesystem::path out() const { return m_root / "out"; }

private:
    std::filesystem::path m_root;
};

/// The names in the dataset folder: an import leaves its three files and nothing else.
inline std::set<std::string> listing(const std::filesystem::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

inline int fuzz_import(io::ImportFormat format, const std::uint8_t* data, std::size_t size)
{
    static const ImportFolder folder;
    if (size == 0) return 0;
    {
        std::ofstream file(folder.input(), std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
        if (!file) std::abort();
    }
    io::ImportOptions options;
    options.format = format;
    options.inputs = {folder.input().string()};
    options.output = folder.out();
    options.aggregate = static_cast<io::Aggregation>(data[0] & 3U);
    if ((data[0] & 4U) != 0) options.countries = {"ECU", "COL"};
    if ((data[0] & 8U) != 0) {
        options.from = parse_date("1990").date;
        options.to = parse_date("2019").date;
    }
    if ((data[0] & 16U) != 0) options.dedup = io::Dedup::daily;
    options.keep_repeated_ids = (data[0] & 32U) != 0;

    const std::set<std::string> before = listing(folder.out());
    io::ImportResult result;
    try {
        result = io::run_import(options);
    } catch (const InputError& e) {
        // Not a file of the format at all: said in one line, and the dataset
        // of the previous input is left as it was, with no temporary beside it.
        const std::string message = e.what();
        ENTENTE_FUZZ_CHECK(!message.empty() && message.find('\n') == std::string::npos);
        ENTENTE_FUZZ_CHECK(listing(folder.out()) == before);
        return 0;
    }
    ENTENTE_FUZZ_CHECK(listing(folder.out()) == (std::set<std::string>{"README.md", "actors.csv", "events.csv"}));
    ENTENTE_FUZZ_CHECK(result.files.size() == 1);
    const io::FileTally& tally = result.files.front();
    const bool gzip = size >= 3 && data[1] == 0x1F && data[2] == 0x8B; // counted as unpacked
    ENTENTE_FUZZ_CHECK(gzip || tally.bytes == size - 1);
    // Every row is imported or skipped for one reason (COW rows hold two
    // observations, which become events only once all are read).
    if (format != io::ImportFormat::cow_dipex) {
        ENTENTE_FUZZ_CHECK(tally.events + tally.skipped_rows() == tally.rows);
        ENTENTE_FUZZ_CHECK(tally.events == result.events);
    }
    ENTENTE_FUZZ_CHECK(result.rows <= result.events);

    // What import writes, entente reads without a single error.
    io::Diagnostics diagnostics;
    model::Dataset dataset = model::load_dataset(folder.out(), {}, diagnostics);
    std::vector<std::uint64_t> events; // by part of the reading
    model::read_events(dataset, diagnostics, 2,
                       {[&](std::size_t parts) { events.assign(parts, 0); },
                        [&](std::size_t part, const io::EventRow& row) { events[part] += row.count; }});
    check_diagnostics(diagnostics);
    if (diagnostics.has_errors()) {
        diagnostics.print(std::cerr);
        fail("the imported dataset loads without errors", __FILE__, __LINE__);
    }
    ENTENTE_FUZZ_CHECK(dataset.rows == result.rows);
    ENTENTE_FUZZ_CHECK(dataset.actors.size() == result.actors);
    ENTENTE_FUZZ_CHECK(std::accumulate(events.begin(), events.end(), std::uint64_t{0}) == result.events);
    return 0;
}

} // namespace entente::fuzz
