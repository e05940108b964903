// Fuzz target: the CSV reader, record by record, and reading back what it read.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/fuzz_check.hpp"
#include "io/csv_reader.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(fuzz::text_of(data, size));
    io::Diagnostics diagnostics;
    io::CsvReader reader(in, "fuzz.csv", diagnostics);
    io::CsvRecord record;
    std::size_t records = 0;
    int last_line = 0;
    std::vector<std::vector<std::string>> all;
    while (reader.next(record)) {
        all.emplace_back(record.fields.begin(), record.fields.end());
        ++records;
        ENTENTE_FUZZ_CHECK(records <= size); // every record consumes input
        ENTENTE_FUZZ_CHECK(record.line > last_line);
        ENTENTE_FUZZ_CHECK(!record.fields.empty() && record.fields.size() <= io::CsvReader::k_max_fields);
        ENTENTE_FUZZ_CHECK(record.fields.size() == record.lines.size());
        int field_line = record.line;
        for (std::size_t f = 0; f < record.fields.size(); ++f) {
            ENTENTE_FUZZ_CHECK(record.lines[f] >= field_line);
            field_line = record.lines[f];
            ENTENTE_FUZZ_CHECK(first_invalid_utf8(record.fields[f]) == std::string::npos);
            ENTENTE_FUZZ_CHECK(record.fields[f].find('\0') == std::string::npos);
        }
        last_line = field_line;
    }
    ENTENTE_FUZZ_CHECK(!reader.next(record)); // the end stays the end
    fuzz::check_diagnostics(diagnostics);

    // Written back with every field quoted, the records read the same.
    std::string written;
    for (const auto& fields : all) {
        for (std::size_t f = 0; f < fields.size(); ++f) {
            written += f == 0 ? "\"" : ",\"";
            for (const char c : fields[f])
                written += c == '"' ? std::string("\"\"") : std::string(1, c);
            written += '"';
        }
        written += "\r\n";
    }
    std::istringstream again(written);
    io::Diagnostics diagnostics_again;
    io::CsvReader reread(again, "again.csv", diagnostics_again);
    for (const auto& fields : all) {
        ENTENTE_FUZZ_CHECK(reread.next(record));
        ENTENTE_FUZZ_CHECK(std::equal(record.fields.begin(), record.fields.end(), fields.begin(), fields.end()));
    }
    ENTENTE_FUZZ_CHECK(!reread.next(record));
    ENTENTE_FUZZ_CHECK(diagnostics_again.all().empty());
    return 0;
}
