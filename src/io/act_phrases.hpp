#pragma once
// The verb-phrase dictionary of `entente extract` (data/act_phrases.csv):
// phrases of English prose mapped to CAMEO codes, and how a phrase is found
// in a sentence's words, negated or not.
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "io/article_words.hpp"
#include "io/diagnostics.hpp"

namespace entente::io {

/// One word of a phrase: alternatives, each a word or a prefix (`sign*`); or a gap (`...`).
struct PhraseWord {
    std::vector<std::string> words;
    std::vector<bool> prefix; ///< per alternative: matches any word it starts
    bool gap = false;
};

struct ActPhrase {
    std::string text; ///< as written in the dictionary
    std::vector<PhraseWord> words;
    std::string code;  ///< a CAMEO code of the built-in table
    bool both = false; ///< an act of both sides (sides `both`)
};

/// A phrase found in a sentence.
struct ActMatch {
    const ActPhrase* phrase = nullptr;
    std::size_t first = 0; ///< its first word (the anchor: actors are looked for before and after it)
    std::size_t last = 0;  ///< one past its last word
    bool gapped = false;   ///< a gap took more than three words
    /// Why the act is not drafted: the word that negates it (`not`, `never`)
    /// or makes it no act (`would`, `plans to`); empty for an act.
    std::string not_an_act;
};

/// Reads a phrase dictionary (`phrase,code,sides`); a phrase whose code the
/// built-in CAMEO table lacks, or a malformed one, is an error.
std::vector<ActPhrase> read_act_phrases(std::istream& in, const std::string& path, Diagnostics& diagnostics);

/// The dictionary built into the executable (data/act_phrases.csv).
const std::vector<ActPhrase>& builtin_act_phrases();

/// The phrases of `phrases` found in `words`, in word order; where two overlap, the one listed first.
std::vector<ActMatch> find_acts(const std::vector<Word>& words, const std::vector<ActPhrase>& phrases);

} // namespace entente::io
