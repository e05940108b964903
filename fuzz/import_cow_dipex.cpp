// Fuzz target: `entente import --format cow-dipex` of one Correlates of War
// Diplomatic Exchange file (dyad-years, CSV with a header); the first byte
// holds the options (fuzz/import_fuzz.hpp).
#include "fuzz/import_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return entente::fuzz::fuzz_import(entente::io::ImportFormat::cow_dipex, data, size);
}
