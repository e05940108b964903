#pragma once
// How sentences name an actor: English puts "the" before names whose head is
// a common noun or a plural ("the United States", "the United Nations", "the
// Netherlands") and not before plain proper names ("Ecuador", "Gran Colombia").
#include <string>
#include <string_view>

namespace entente::render {

/// The actor's name as running text uses it: `United Kingdom` -> `the United
/// Kingdom`, `Revolutionary Armed Forces of Colombia` -> `the Revolutionary
/// Armed Forces of Colombia`, `Peru` -> `Peru`. A leading `The` is lowered.
std::string prose_name(std::string_view name);

/// The possessive of a prose name: `Ecuador's`, `the United States'`.
std::string possessive(std::string_view prose);

} // namespace entente::render
