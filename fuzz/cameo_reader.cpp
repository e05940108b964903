// Fuzz target: a CAMEO table given with --cameo.
#include <cmath>
#include <sstream>

#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(fuzz::text_of(data, size));
    io::Diagnostics diagnostics;
    const CameoTable cameo = io::read_cameo_table(in, "cameo.csv", diagnostics);
    for (CodeIndex c = 0; c < cameo.size(); ++c) {
        const CameoCode& code = cameo.at(c);
        ENTENTE_FUZZ_CHECK(code.code.size() >= 2 && code.code.size() <= 4);
        ENTENTE_FUZZ_CHECK(cameo.find(code.code) == c);
        ENTENTE_FUZZ_CHECK(CameoTable::root(code.code) >= 0 && CameoTable::root(code.code) <= 99);
        ENTENTE_FUZZ_CHECK(std::isfinite(code.goldstein) && std::abs(code.goldstein) <= 10);
    }
    fuzz::check_diagnostics(diagnostics);
    return 0;
}
