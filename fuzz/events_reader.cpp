// Fuzz target: events.csv, against fixed actors and the built-in CAMEO
// table; the rows read go on into an EventStore.
#include <cmath>
#include <sstream>

#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"
#include "model/event_store.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ActorRegistry actors = fuzz::fixture_actors();
    const CameoTable& cameo = io::builtin_cameo_table();
    std::istringstream in(fuzz::text_of(data, size));
    io::Diagnostics diagnostics;
    model::EventStoreBuilder builder(true);
    io::read_events(in, "events.csv", actors, cameo, diagnostics, [&](const io::EventRow& row) {
        ENTENTE_FUZZ_CHECK(row.source < actors.size() && row.target < actors.size() && row.source != row.target);
        ENTENTE_FUZZ_CHECK(row.code < cameo.size());
        ENTENTE_FUZZ_CHECK(std::isfinite(row.weight) && row.weight >= -10 && row.weight <= 10);
        ENTENTE_FUZZ_CHECK(!std::signbit(row.weight) || row.weight != 0);
        ENTENTE_FUZZ_CHECK(row.count >= 1);
        ENTENTE_FUZZ_CHECK(row.interval.start == row.date.interval.start);
        ENTENTE_FUZZ_CHECK(row.interval.end >= row.date.interval.end && row.interval.length() > 0);
        ENTENTE_FUZZ_CHECK(first_invalid_utf8(row.summary) == std::string::npos);
        builder.add(row);
    });
    const model::EventStore store = std::move(builder).build();
    for (model::EventIndex e = 1; e < store.size(); ++e)
        ENTENTE_FUZZ_CHECK(store.interval(e - 1).start <= store.interval(e).start);
    fuzz::check_diagnostics(diagnostics);
    return 0;
}
