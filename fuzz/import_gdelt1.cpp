// Fuzz target: `entente import --format gdelt1` of one file of GDELT 1.0 event
// rows (57 or 58 tab-separated columns, no header); the first byte holds the
// options (fuzz/import_fuzz.hpp).
#include "fuzz/import_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return entente::fuzz::fuzz_import(entente::io::ImportFormat::gdelt1, data, size);
}
