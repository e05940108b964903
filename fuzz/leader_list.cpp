// Fuzz target: `entente eras` on a leader list (the first byte's bit 0:
// REIGN or Archigos). What it writes must read back as eras.csv without an
// error: valid unique ids, eras that end after they start and never overlap.
#include <sstream>

#include "fuzz/fuzz_check.hpp"
#include "io/dataset_reader.hpp"
#include "io/leader_eras.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const io::LeaderSource source = (data[0] & 1U) != 0 ? io::LeaderSource::archigos : io::LeaderSource::reign;
    std::istringstream in(fuzz::text_of(data + 1, size - 1));
    io::Diagnostics diagnostics;
    const std::vector<io::LeaderSpell> spells = io::read_leader_list(in, "leaders.csv", source, {}, diagnostics);
    fuzz::check_diagnostics(diagnostics);
    if (diagnostics.has_errors()) return 0;
    const std::vector<io::EraRow> rows = io::leader_eras(spells, "leaders.csv", diagnostics);
    fuzz::check_diagnostics(diagnostics);
    ENTENTE_FUZZ_CHECK(!diagnostics.has_errors());

    ActorRegistry actors;
    for (const io::EraRow& row : rows)
        if (!actors.find(row.actor)) actors.add({row.actor, row.actor, ActorKind::state, "", {}});
    std::istringstream written(io::eras_csv(rows));
    io::Diagnostics read_back;
    const std::vector<Era> eras = io::read_eras(written, "eras.csv", actors, read_back);
    ENTENTE_FUZZ_CHECK(!read_back.has_errors());
    ENTENTE_FUZZ_CHECK(eras.size() == rows.size());
    return 0;
}
