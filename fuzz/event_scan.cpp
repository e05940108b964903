// Fuzz target: the parallel reader of events files against the one-pass
// reader. The input is written to a file and read both ways, in one slice
// and in three: the rows must be the same, and the problems too (in one
// slice word for word; in three, as many, since the "did you mean" hints
// are limited per slice).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unistd.h>

#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"
#include "io/event_scan.hpp"

using namespace entente;

namespace {

/// What a row holds, comparable.
using Row = std::tuple<std::uint32_t, Day, Day, ActorIndex, ActorIndex, CodeIndex, double, std::uint32_t, std::string,
                       std::string>;

Row row_of(const io::EventRow& r, std::uint32_t line)
{
    return {line, r.interval.start, r.interval.end, r.source, r.target, r.code, r.weight, r.count,
            std::string(r.summary), std::string(r.ref)};
}

std::vector<std::string> messages(const io::Diagnostics& diagnostics)
{
    std::vector<std::string> out;
    for (const io::Diagnostic& d : diagnostics.all())
        out.push_back(io::format_diagnostic(d));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ActorRegistry actors = fuzz::fixture_actors();
    static const std::string path =
        (std::filesystem::temp_directory_path() / ("entente-fuzz-scan-" + std::to_string(::getpid()) + ".csv"))
            .string();
    const std::string text = fuzz::text_of(data, size);
    std::ofstream(path, std::ios::binary) << text;
    const CameoTable& cameo = io::builtin_cameo_table();

    // Both actor sources: a dataset's actors.csv, and an events file on its own.
    for (const io::ActorSource source : {io::ActorSource::registry, io::ActorSource::events}) {
        std::istringstream in(text);
        io::Diagnostics one_pass;
        ActorRegistry one_pass_actors = source == io::ActorSource::registry ? actors : ActorRegistry{};
        std::vector<Row> expected;
        const auto keep = [&](const io::EventRow& r) { expected.push_back(row_of(r, r.line)); };
        if (source == io::ActorSource::registry)
            io::read_events(in, path, one_pass_actors, cameo, one_pass, keep);
        else
            io::read_bare_events(in, path, one_pass_actors, cameo, one_pass, keep);

        for (const std::size_t threads : {std::size_t{1}, std::size_t{3}}) {
            io::Diagnostics scanned;
            ActorRegistry scanned_actors = source == io::ActorSource::registry ? actors : ActorRegistry{};
            std::vector<std::vector<std::pair<io::EventRow, Row>>> parts;
            const io::ScanOutcome outcome = io::scan_events(
                path, source, scanned_actors, cameo, scanned, threads,
                {[&](std::size_t n) { parts.assign(n, {}); },
                 [&](std::size_t part, const io::EventRow& r) { parts[part].emplace_back(r, row_of(r, r.line)); }});
            std::vector<Row> rows;
            for (std::size_t p = 0; p < parts.size(); ++p)
                for (auto& [r, row] : parts[p]) {
                    std::get<0>(row) += outcome.line_base[p];
                    std::get<3>(row) = outcome.actor_of[p][std::get<3>(row)];
                    std::get<4>(row) = outcome.actor_of[p][std::get<4>(row)];
                    rows.push_back(std::move(row));
                }
            ENTENTE_FUZZ_CHECK(rows == expected);
            ENTENTE_FUZZ_CHECK(outcome.rows == expected.size());
            ENTENTE_FUZZ_CHECK(scanned.error_count() == one_pass.error_count());
            if (threads == 1) ENTENTE_FUZZ_CHECK(messages(scanned) == messages(one_pass));
            std::vector<std::string> ids, expected_ids;
            for (const Actor& a : scanned_actors.all())
                ids.push_back(a.id);
            for (const Actor& a : one_pass_actors.all())
                expected_ids.push_back(a.id);
            ENTENTE_FUZZ_CHECK(ids == expected_ids);
            fuzz::check_diagnostics(scanned);
        }
    }
    return 0;
}
