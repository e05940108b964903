// Fuzz target: eras.csv, against a fixed set of actors.
#include <sstream>

#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ActorRegistry actors = fuzz::fixture_actors();
    std::istringstream in(fuzz::text_of(data, size));
    io::Diagnostics diagnostics;
    const std::vector<Era> eras = io::read_eras(in, "eras.csv", actors, diagnostics);
    constexpr Day open = std::numeric_limits<Day>::max();
    for (std::size_t i = 0; i < eras.size(); ++i) {
        const Era& e = eras[i];
        ENTENTE_FUZZ_CHECK(e.actor < actors.size());
        ENTENTE_FUZZ_CHECK(!e.id.empty());
        ENTENTE_FUZZ_CHECK(!e.end || *e.end > e.start);
        for (std::size_t j = 0; j < i; ++j) { // eras of one actor never overlap
            const Era& f = eras[j];
            ENTENTE_FUZZ_CHECK(e.id != f.id);
            if (e.actor == f.actor)
                ENTENTE_FUZZ_CHECK(e.end.value_or(open) <= f.start || f.end.value_or(open) <= e.start);
        }
    }
    fuzz::check_diagnostics(diagnostics);
    return 0;
}
