// Fuzz target: the typed fields (weight, count, mutual, per, actor id and kind) and the
// text helpers the messages rely on (UTF-8 checks, escapes, suggestions).
#include <charconv>
#include <cmath>

#include "core/actor.hpp"
#include "fuzz/fuzz_check.hpp"
#include "io/field_parsers.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text = fuzz::text_of(data, size);

    const auto weight = io::parse_weight(text);
    if (const double* w = std::get_if<double>(&weight)) {
        ENTENTE_FUZZ_CHECK(std::isfinite(*w) && *w >= -10 && *w <= 10);
        ENTENTE_FUZZ_CHECK(!(*w == 0 && std::signbit(*w))); // -0 reads as 0
    }
    const auto count = io::parse_count(text);
    if (const std::uint32_t* c = std::get_if<std::uint32_t>(&count)) {
        ENTENTE_FUZZ_CHECK(*c >= 1);
        std::uint64_t again = 0;
        std::from_chars(text.data(), text.data() + text.size(), again);
        ENTENTE_FUZZ_CHECK(again == *c);
    }
    // mutual and per accept only their words; anything else is refused with a message.
    const auto mutual = io::parse_mutual(text);
    if (const bool* m = std::get_if<bool>(&mutual))
        ENTENTE_FUZZ_CHECK(*m ? text == "yes" : text.empty() || text == "no");
    const auto per = io::parse_per(text);
    if (const bool* p = std::get_if<bool>(&per)) ENTENTE_FUZZ_CHECK(*p ? text == "year" : text.empty());
    if (is_valid_actor_id(text)) ENTENTE_FUZZ_CHECK(!text.empty() && text.size() <= 32);
    if (const auto kind = parse_actor_kind(text)) ENTENTE_FUZZ_CHECK(to_string(*kind) == text);

    const std::string repaired = replace_invalid_utf8(text);
    ENTENTE_FUZZ_CHECK(first_invalid_utf8(repaired) == std::string::npos);
    if (first_invalid_utf8(text) == std::string::npos) ENTENTE_FUZZ_CHECK(repaired == text);
    const std::string shown = printable(repaired);
    for (const char c : shown)
        ENTENTE_FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x20 && c != 0x7F);

    // The first line is a word, the others candidates for "did you mean"
    // (short inputs only: edit_distance is quadratic).
    const std::vector<std::string> lines = split(text, '\n');
    if (!lines.empty() && text.size() <= 256) {
        const std::vector<std::string> candidates(lines.begin() + 1, lines.end());
        if (const auto match = closest_match(lines[0], candidates)) {
            ENTENTE_FUZZ_CHECK(edit_distance(lines[0], *match) <= 2);
            for (const auto& c : candidates)
                ENTENTE_FUZZ_CHECK(edit_distance(lines[0], c) >= edit_distance(lines[0], *match));
        }
    }
    return 0;
}
