// Fuzz target: actors.csv.
#include <sstream>

#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(fuzz::text_of(data, size));
    io::Diagnostics diagnostics;
    const ActorRegistry actors = io::read_actors(in, "actors.csv", diagnostics);
    for (ActorIndex a = 0; a < actors.size(); ++a) {
        ENTENTE_FUZZ_CHECK(is_valid_actor_id(actors.id(a)));
        ENTENTE_FUZZ_CHECK(actors.find(actors.id(a)) == a);
        ENTENTE_FUZZ_CHECK(!actors.at(a).name.empty());
    }
    // Hints come from the actors read, whatever they are.
    for (std::string_view probe : {"ecu", "Ecuador", "ECX", ""})
        if (const auto hint = actors.suggest(probe)) ENTENTE_FUZZ_CHECK(actors.find(*hint).has_value());
    fuzz::check_diagnostics(diagnostics);
    return 0;
}
