#pragma once
// Plain-language sentences that open `entente compare`: written from the
// numbers of an EraShift, a RankShift and a BlocShift, never by hand.
#include <optional>
#include <string>
#include <vector>

#include "analysis/bloc_shift.hpp"
#include "analysis/era_shift.hpp"
#include "analysis/rank_shift.hpp"

namespace entente::render {

/// How sentences name one side of a comparison: "under Rafael Correa",
/// "from 2000 to 2006", "on 2018-06-02".
struct Period {
    std::string label;       ///< `Rafael Correa`, `2000 to 2006`, `2018-06-02`
    std::string preposition; ///< `under` an era; `from` a window, `in` a year or month, `on` a day
    std::string during() const { return preposition + " " + label; }
};

struct ShiftContext {
    Period a, b;
    std::optional<ActorIndex> focal; ///< sentences say "relations with X" when set
    std::size_t max_sentences = 5;
    bool directed = false; ///< dyads are who acted on whom: "Ecuador's acts towards Peru"
    /// Side B's days when it is an era: a sentence then names the other
    /// actor's own eras over it, when the eras file has some ("relations with
    /// Colombia (under Álvaro Uribe, then Juan Manuel Santos)").
    std::optional<Interval> era_b = std::nullopt;
};

/// When rank and bloc changes are worth a sentence.
struct NotableShift {
    double tau_below = 0.5;    ///< a metric's order changed notably when its tau-b is below this
    long long min_places = 2;  ///< a rank move names an actor when it gained or lost at least this many places
    std::size_t max_names = 4; ///< actors named in a list before "and N others"
};

/// One sentence per dyad the comparison reads as changed (analysis/era_shift.hpp):
/// sign flips first, then improvements, worsenings and relations begun, then
/// the quieter (less conflict or less cooperation recorded), each largest
/// |change| first, at most `max_sentences`, none for a change under 0.005 a
/// year; and one that counts the flips left out. Each gives the rates per year
/// (more decimals when two would hide the change) and, for a flip, an
/// improvement or a worsening, the largest event of B that pushed the dyad
/// that way: a conflictual act for a fall, a cooperative one for a rise, never
/// an event of A (an absence explains nothing). A relation begun cites the act
/// that opened it. Example: "Under Lenín Moreno, compared with Rafael Correa,
/// relations with Venezuela turned from friendly to hostile (+1.91 to -1.75 a
/// year; 2018-10-18: Moreno's Ecuador expels Venezuela's ambassador ...)."
/// Then what could not be read, never as a change: the dyads with too few
/// events on a side (fewer than the shift's min_events) whose rate moved, and
/// those without events in one view ("Relations with India ... have no
/// recorded events under Lenín Moreno, so no change is read."). When nothing
/// read changed, one sentence says so, or that neither view holds a relation
/// (of the focal actor).
std::vector<std::string> shift_sentences(const model::Dataset& dataset, const analysis::EraShift& shift,
                                         const ShiftContext& context);

/// The dyads shift_sentences gives a sentence of their own, in its order:
/// the only ones whose largest events of side B (RelationGraph evidence) a
/// sentence cites. They depend on each dyad's record, so on the first event
/// of a relation found only in B, but on no other evidence.
std::vector<const analysis::DyadShift*> sentence_dyads(const analysis::EraShift& shift, const ShiftContext& context);

/// Every dyad sentence_dyads may choose, from a shift compared before the
/// first events were read (no relation has yet opened in B): it holds
/// sentence_dyads' choice whichever of the relations found only in B the
/// first events show opening. So the largest events and the first events can
/// be read in one reading.
std::vector<const analysis::DyadShift*> possible_sentence_dyads(const analysis::EraShift& shift,
                                                                const ShiftContext& context);

/// A sentence when the order of the actors by some metric changed notably:
/// the metric with the lowest tau-b below `notable.tau_below`, its largest
/// rise and fall of at least `notable.min_places`, and the focal actor's own
/// move by it. Example: "Ranks by betweenness reshuffled among the 8 actors
/// active in both (Kendall's tau-b 0.21): Colombia rose from 5th to 2nd,
/// Venezuela fell from 2nd to 6th." Nothing when no order changed notably.
std::optional<std::string> rank_sentence(const model::Dataset& dataset, const analysis::RankShift& ranks,
                                         const ShiftContext& context, const NotableShift& notable = {});

/// A sentence when actors changed bloc: with a focal actor active in both,
/// who moved to its side and who left it; otherwise who changed side; with
/// the adjusted Rand index and the number of blocs in each view. An actor is
/// named only when `shift` holds enough events of it in each view
/// (analysis::stands_in_both); the others are counted as too few to tell.
/// Nothing when no actor active in both changed side.
std::optional<std::string> bloc_sentence(const model::Dataset& dataset, const analysis::BlocShift& blocs,
                                         const analysis::EraShift& shift, const ShiftContext& context,
                                         const NotableShift& notable = {});

/// What `compare` and the report say of a pair: shift_sentences, then the
/// rank and bloc sentences when there is one.
std::vector<std::string> comparison_sentences(const model::Dataset& dataset, const analysis::EraShift& shift,
                                              const analysis::RankShift& ranks, const analysis::BlocShift& blocs,
                                              const ShiftContext& context);

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
std::string ordinal(std::size_t n);

} // namespace entente::render
