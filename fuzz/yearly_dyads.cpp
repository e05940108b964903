// Fuzz target: the events file of `entente pipeline`, read in one pass and in
// parallel slices. Both readings must agree exactly: the same actors, years,
// sums and counts, or the same error.
#include <fstream>
#include <string>
#include <unistd.h>

#include "core/errors.hpp"
#include "fuzz/fuzz_check.hpp"
#include "io/yearly_dyads.hpp"

using namespace entente;

namespace {

/// The reading as text, or the error it gave.
std::string read_as_text(const std::string& path, std::size_t threads)
{
    try {
        const io::YearlyDyads read = io::read_yearly_dyads(path, threads);
        std::string out = std::to_string(read.rows) + " rows\n";
        for (const std::string& actor : read.actors)
            out += actor + "\n";
        for (const io::YearDyads& year : read.years) {
            ENTENTE_FUZZ_CHECK(!year.dyads.empty());
            for (const io::DyadSum& d : year.dyads) {
                ENTENTE_FUZZ_CHECK(d.a < d.b && d.b < read.actors.size() && d.count > 0);
                out += std::to_string(year.year) + " " + std::to_string(d.a) + " " + std::to_string(d.b) + " " +
                       std::to_string(d.sum10) + " " + std::to_string(d.count) + "\n";
            }
        }
        return out;
    } catch (const InputError& e) {
        return std::string("error: ") + e.what();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = "/tmp/entente-fuzz-yearly-" + std::to_string(::getpid()) + ".csv";
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    const std::string one_pass = read_as_text(path, 1);
    for (const std::size_t threads : {2, 3, 7})
        ENTENTE_FUZZ_CHECK(read_as_text(path, threads) == one_pass);
    return 0;
}
