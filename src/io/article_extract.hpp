#pragma once
// `entente extract`: an article's sentences into draft events, each row
// traceable to its sentence, for a person to review (DESIGN.md section 2's
// events format, plus a confidence column).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "io/act_phrases.hpp"
#include "io/article_text.hpp"

namespace entente::io {

struct DraftRow {
    PartialDate date;
    std::optional<PartialDate> end;
    std::string source, target, code;
    bool mutual = false;
    std::string summary;   ///< the sentence
    std::string ref;       ///< `ARTICLE.txt:LINE`
    double confidence = 0; ///< 0.1 to 1: lower when --focus or an earlier sentence supplied a side or the date
};

/// A sentence that gave no row, and why.
struct SkippedSentence {
    int line = 0;
    int column = 0;
    std::string reason;
    std::string text;
};

struct Draft {
    std::vector<DraftRow> rows;
    std::vector<SkippedSentence> skipped;
    std::size_t sentences = 0;
    std::size_t dates = 0; ///< dates found in the article
};

/// Drafts the events of `sentences`. `name` is the article's name in each
/// row's ref; `focus`, the actor id of the article's own country, is the
/// other side of an act whose sentence names one other actor only (or, for
/// an act of both sides, none, when its paragraph named one before).
///
/// A sentence gives a row for each act phrase of `phrases` that is neither
/// negated nor unreal ("did not recognise", "would sign") and has two sides
/// and a date. The acting side is the actor just before the phrase ("a
/// Colombian raid") or the first of its clause or sentence (the subject);
/// the other the first actor after it, turned round for a passive ("was
/// condemned by X"); a side named as a list is a row for each of its actors.
/// An act of both sides is between the subject and each partner named after
/// `with`, else between the actors of its clause: two, or a list of up to
/// four (a row for each pair). The date is the first after the phrase in its
/// clause, else the nearest before it, else the paragraph's last one (not
/// for a perfect, "has signed"). An act drafted before is not drafted again.
///
/// Time: linear in the article's words but for the acts of a sentence, each
/// looking at its sentence's words (sentences over 400 words are not read).
Draft draft_events(const std::vector<ArticleSentence>& sentences, const std::string& name,
                   const std::optional<std::string>& focus, const std::vector<ActPhrase>& phrases);

/// The draft as an events file: `date,source,target,code,end,mutual,summary,ref,confidence`.
std::string draft_csv(const Draft& draft, const std::string& article);

} // namespace entente::io
