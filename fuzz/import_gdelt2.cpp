// Fuzz target: `entente import --format gdelt2` of one file of GDELT 2.0 event
// rows (61 tab-separated columns, no header); the first byte holds the
// options (fuzz/import_fuzz.hpp).
#include "fuzz/import_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return entente::fuzz::fuzz_import(entente::io::ImportFormat::gdelt2, data, size);
}
