#pragma once
// What the fuzz targets share: a check that aborts (so libFuzzer keeps the
// input as a crash) when a property of the parsers does not hold, and the
// small fixtures the readers need.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/actor_registry.hpp"
#include "core/text.hpp"
#include "io/diagnostics.hpp"

namespace entente::fuzz {

[[noreturn]] inline void fail(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: property does not hold: %s\n", file, line, condition);
    std::abort();
}

#define ENTENTE_FUZZ_CHECK(condition) ((condition) ? void(0) : ::entente::fuzz::fail(#condition, __FILE__, __LINE__))

/// The fuzzer's bytes as text.
inline std::string text_of(const std::uint8_t* data, std::size_t size)
{
    return std::string(reinterpret_cast<const char*>(data), size);
}

/// Every diagnostic prints as one line of valid UTF-8, tied to a place.
inline void check_diagnostics(const io::Diagnostics& diagnostics)
{
    for (const io::Diagnostic& d : diagnostics.all()) {
        const std::string line = io::format_diagnostic(d);
        ENTENTE_FUZZ_CHECK(line.find('\n') == std::string::npos);
        ENTENTE_FUZZ_CHECK(first_invalid_utf8(line) == std::string::npos);
        ENTENTE_FUZZ_CHECK(d.line >= 0 && d.column >= 0);
        ENTENTE_FUZZ_CHECK(!d.message.empty());
    }
}

/// The actors the eras and events targets refer to (ids, names and an alias
/// for the "did you mean" hints).
inline ActorRegistry fixture_actors()
{
    ActorRegistry actors;
    actors.add({"ECU", "Ecuador", ActorKind::state, "South America", {"Republic of Ecuador"}});
    actors.add({"COL", "Colombia", ActorKind::state, "South America", {}});
    actors.add({"PER", "Peru", ActorKind::state, "South America", {}});
    actors.add({"OAS", "Organization of American States", ActorKind::organization, "Americas", {}});
    actors.add({"FARC", "FARC", ActorKind::group, "", {}});
    return actors;
}

} // namespace entente::fuzz
