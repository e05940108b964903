// Fuzz target: `entente import --format icews` of one file of ICEWS coded
// events (tab-separated, a header naming the columns); the first byte holds
// the options (fuzz/import_fuzz.hpp).
#include "fuzz/import_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return entente::fuzz::fuzz_import(entente::io::ImportFormat::icews, data, size);
}
