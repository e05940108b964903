// Fuzz target: `entente extract` on an article (the first byte's bit 0: with
// or without --focus ECU). A text that reads must give a draft that reads
// back as an events file without an error, one event a drafted row.
#include <sstream>

#include "fuzz/fuzz_check.hpp"
#include "io/article_extract.hpp"
#include "io/dataset_reader.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) return 0;
    const std::optional<std::string> focus = (data[0] & 1U) != 0 ? std::optional<std::string>("ECU") : std::nullopt;
    const std::string text = fuzz::text_of(data + 1, size - 1);
    io::Diagnostics diagnostics;
    const std::vector<io::ArticleSentence> sentences = io::read_article(text, "a.txt", diagnostics);
    fuzz::check_diagnostics(diagnostics);
    if (diagnostics.has_errors()) return 0;
    const io::Draft draft = io::draft_events(sentences, "a.txt", focus, io::builtin_act_phrases());
    ENTENTE_FUZZ_CHECK(draft.skipped.size() <= draft.sentences);
    for (const io::DraftRow& row : draft.rows)
        ENTENTE_FUZZ_CHECK(row.ref.rfind("a.txt:", 0) == 0 && row.source != row.target);

    std::istringstream written(io::draft_csv(draft, "a.txt"));
    ActorRegistry actors;
    io::Diagnostics read_back;
    std::size_t events = 0;
    io::read_bare_events(written, "draft.csv", actors, io::builtin_cameo_table(), read_back,
                         [&](const io::EventRow&) { ++events; });
    ENTENTE_FUZZ_CHECK(!read_back.has_errors());
    ENTENTE_FUZZ_CHECK(events == draft.rows.size());
    return 0;
}
