#include "render/shift_summary.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>

#include "render/event_text.hpp"
#include "render/prose_names.hpp"

namespace entente::render {
namespace {

using analysis::DyadShift;
using analysis::Flip;
using analysis::Record;
using analysis::Trend;

std::string actor_name(const model::Dataset& dataset, ActorIndex actor)
{
    return prose_name(dataset.actors.at(actor).name);
}

/// `; 2008-03-01: Colombian forces raid ...`: an event's date and summary (or its code's name).
std::string event_text(const model::Dataset& dataset, const model::EventStore& events, model::EventIndex event)
{
    return fmt::format("; {}: {}", events.date_text(event), event_description(dataset, events, event));
}

/// The event of B whose contribution pushed the dyad the way it moved, the
/// largest first: a conflictual one for a fall, a cooperative one for a rise.
/// An event of A is no reason for a change in B, nor a cooperative act for a
/// worsening: without such an event of B, none is cited.
std::string explanation(const model::Dataset& dataset, const analysis::EraShift& shift, const DyadShift& s)
{
    if (!s.in_b) return {};
    const double direction = s.change >= 0 ? 1.0 : -1.0;
    for (const auto& e : s.in_b->evidence)
        if (e.contribution * direction > 0) return event_text(dataset, *shift.rows_b, e.event);
    return {};
}

/// ` (under Álvaro Uribe, then Juan Manuel Santos)`: the actor's eras over
/// side B's era, in order; empty when B is no era, when the actor has no era
/// over it, or when B is one of the actor's own eras (the opening names it).
std::string own_eras(const model::Dataset& dataset, ActorIndex actor, const ShiftContext& context)
{
    if (!context.era_b) return {};
    const Interval b = *context.era_b;
    std::vector<std::pair<Day, std::string>> over_b;
    for (const Era& era : dataset.eras) {
        if (era.actor != actor) continue;
        const Interval days = era.window(dataset.open_end());
        if (days == b) return {};
        if (days.start < b.end && b.start < days.end) over_b.emplace_back(days.start, era.label);
    }
    if (over_b.empty()) return {};
    std::sort(over_b.begin(), over_b.end());
    std::string text = " (under ";
    for (std::size_t i = 0; i < over_b.size(); ++i)
        text += (i == 0 ? "" : ", then ") + over_b[i].second;
    return text + ")";
}

std::string subject(const model::Dataset& dataset, const DyadShift& s, const ShiftContext& context)
{
    const std::optional<ActorIndex>& focal = context.focal;
    const auto name = [&](ActorIndex actor) { return actor_name(dataset, actor) + own_eras(dataset, actor, context); };
    // A directed comparison keeps who acted (a) on whom (b): A->B and B->A are two sentences.
    // (The actor's own eras are named after its target only: "Ecuador's (under ...) acts" would not read.)
    if (context.directed) return fmt::format("{} acts towards {}", possessive(actor_name(dataset, s.a)), name(s.b));
    if (focal) {
        const ActorIndex partner = s.a == *focal ? s.b : s.a;
        return fmt::format("relations with {}", name(partner));
    }
    return fmt::format("relations between {} and {}", name(s.a), name(s.b));
}

/// A change smaller than this a year would read "+0.07 to +0.07": no sentence.
constexpr double k_smallest_change = 0.005;

bool is_sign_flip(const DyadShift& s)
{
    return s.flip != Flip::none;
}

/// A change that moved the relation: improved, worsened, or a relation begun.
bool is_move(const DyadShift& s)
{
    return s.record == Record::opened_in_b || s.trend == Trend::improved || s.trend == Trend::worsened;
}

/// A change that only recorded one channel less.
bool is_quieter(const DyadShift& s)
{
    return s.trend == Trend::less_conflict || s.trend == Trend::less_cooperation;
}

/// True when a rate that is not zero prints as zero (`+0.00` for 0.001).
bool hides(double rate, const std::string& text)
{
    return rate != 0 && text.find_first_not_of("+-0.") == std::string::npos;
}

/// `+1.91 to -1.75`, with more decimals (up to 6) when two would print both
/// rates the same or a rate that is not zero as zero.
std::string rates_text(const DyadShift& s)
{
    for (int decimals = 2;; ++decimals) {
        const std::string a = fmt::format("{:+.{}f}", s.rate_a, decimals);
        const std::string b = fmt::format("{:+.{}f}", s.rate_b, decimals);
        if ((a != b && !hides(s.rate_a, a) && !hides(s.rate_b, b)) || decimals == 6) return a + " to " + b;
    }
}

std::string what_happened(const DyadShift& s)
{
    switch (s.flip) {
    case Flip::foe_to_friend:
        return "turned from hostile to friendly";
    case Flip::friend_to_foe:
        return "turned from friendly to hostile";
    case Flip::none:
        break;
    }
    switch (s.trend) {
    case Trend::improved:
        return "improved";
    case Trend::worsened:
        return "worsened";
    case Trend::less_conflict:
        return "were quieter: less conflict recorded and no more cooperation";
    case Trend::less_cooperation:
        return "were quieter: less cooperation recorded and no more conflict";
    case Trend::none:
        break;
    }
    return "did not change";
}

/// The sentence of one dyad chosen for the summary, without its opening.
std::string dyad_sentence(const model::Dataset& dataset, const analysis::EraShift& shift, const DyadShift& s,
                          const ShiftContext& context)
{
    if (s.record == Record::opened_in_b)
        return fmt::format("{} began ({:+.2f} a year{})", subject(dataset, s, context), s.rate_b,
                           event_text(dataset, *shift.rows_b, *s.opening));
    // No event explains an absence: a quieter relation cites none.
    return fmt::format("{} {} ({} a year{})", subject(dataset, s, context), what_happened(s), rates_text(s),
                       is_quieter(s) ? std::string() : explanation(dataset, shift, s));
}

/// `A`, `A and B`, `A, B and C`; past `max` names, `A, B and 3 others`.
std::string name_list(const std::vector<std::string>& names, std::size_t max)
{
    std::vector<std::string> shown(names.begin(),
                                   names.begin() + static_cast<std::ptrdiff_t>(std::min(names.size(), max)));
    if (const std::size_t rest = names.size() - shown.size(); rest > 0)
        shown.push_back(fmt::format("{} other{}", rest, rest == 1 ? "" : "s"));
    std::string text;
    for (std::size_t i = 0; i < shown.size(); ++i)
        text += (i == 0 ? "" : i + 1 == shown.size() ? " and " : ", ") + shown[i];
    return text;
}

/// `relations with India, Iran and 5 others`: the focal actor's partners in
/// `dyads`, each named once; without a focal actor one dyad's subject, or `7 relations`.
std::string relation_list(const model::Dataset& dataset, const std::vector<const DyadShift*>& dyads,
                          const ShiftContext& context)
{
    if (!context.focal)
        return dyads.size() == 1 ? subject(dataset, *dyads.front(), context)
                                 : fmt::format("{} relations", dyads.size());
    std::vector<std::string> names;
    for (const DyadShift* s : dyads) {
        std::string name = actor_name(dataset, s->a == *context.focal ? s->b : s->a);
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    }
    return "relations with " + name_list(names, 4);
}

std::string metric_title(const std::string& metric)
{
    if (metric == "degree_pos") return "positive degree";
    if (metric == "degree_neg") return "negative degree";
    if (metric == "net_strength") return "net strength";
    if (metric == "pagerank") return "PageRank";
    if (metric == "eigenvector") return "eigenvector centrality";
    return metric;
}

std::string plural(std::size_t n, const char* word)
{
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

} // namespace

std::string ordinal(std::size_t n)
{
    const char* suffix = "th";
    if (n % 100 < 11 || n % 100 > 13) {
        if (n % 10 == 1) suffix = "st";
        if (n % 10 == 2) suffix = "nd";
        if (n % 10 == 3) suffix = "rd";
    }
    return fmt::format("{}{}", n, suffix);
}

std::vector<const DyadShift*> sentence_dyads(const analysis::EraShift& shift, const ShiftContext& context)
{
    // Flips, then moves (improved, worsened, begun), then the quieter, each largest change first.
    std::vector<const DyadShift*> chosen;
    for (const auto& s : shift.dyads)
        if (is_sign_flip(s)) chosen.push_back(&s);
    for (bool (*kind)(const DyadShift&) : {is_move, is_quieter})
        for (const auto& s : shift.dyads) {
            if (chosen.size() >= context.max_sentences) break;
            if (!is_sign_flip(s) && kind(s) && std::abs(s.change) >= k_smallest_change) chosen.push_back(&s);
        }
    if (chosen.size() > context.max_sentences) chosen.resize(context.max_sentences);
    return chosen;
}

std::vector<const DyadShift*> possible_sentence_dyads(const analysis::EraShift& shift, const ShiftContext& context)
{
    // sentence_dyads' walk, where a relation seen only in B may or may not
    // be a move (begun): each such one on the way is kept, and only the
    // sure picks count towards the sentences, so the walk goes at least as
    // far as sentence_dyads' can, whichever relations begun.
    std::vector<const DyadShift*> possible;
    std::size_t sure = 0;
    for (const auto& s : shift.dyads)
        if (is_sign_flip(s) && sure < context.max_sentences) {
            possible.push_back(&s);
            ++sure;
        }
    for (bool (*kind)(const DyadShift&) : {is_move, is_quieter})
        for (const auto& s : shift.dyads) {
            if (sure >= context.max_sentences) break;
            if (is_sign_flip(s) || std::abs(s.change) < k_smallest_change) continue;
            if (kind(s)) {
                possible.push_back(&s);
                ++sure;
            } else if (kind == is_move && analysis::reads_first_event(s)) {
                possible.push_back(&s);
            }
        }
    return possible;
}

std::vector<std::string> shift_sentences(const model::Dataset& dataset, const analysis::EraShift& shift,
                                         const ShiftContext& context)
{
    const std::vector<const DyadShift*> chosen = sentence_dyads(shift, context);
    const auto flips = static_cast<std::size_t>(std::count_if(shift.dyads.begin(), shift.dyads.end(), is_sign_flip));

    std::vector<std::string> sentences;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const std::string opening =
            i == 0 ? fmt::format("{}, compared with {}, ", context.b.during(), context.a.label) : std::string();
        std::string text = opening + dyad_sentence(dataset, shift, *chosen[i], context) + ".";
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        sentences.push_back(std::move(text));
    }
    if (flips > chosen.size())
        sentences.push_back(fmt::format("{} more {} sign.", flips - chosen.size(),
                                        flips - chosen.size() == 1 ? "relation flipped" : "relations flipped"));

    // What the record does not let us read: said, never taken for a change.
    std::vector<const DyadShift*> too_few, none_in_a, none_in_b;
    for (const auto& s : shift.dyads) {
        if (s.record == Record::too_few && std::abs(s.change) >= k_smallest_change) too_few.push_back(&s);
        if (s.record == Record::none_in_a) none_in_a.push_back(&s);
        if (s.record == Record::none_in_b) none_in_b.push_back(&s);
    }
    const bool unread = !too_few.empty() || !none_in_a.empty() || !none_in_b.empty();
    if (shift.dyads.empty()) {
        const std::string of = context.focal ? " of " + actor_name(dataset, *context.focal) : std::string();
        sentences.push_back(
            fmt::format("No relation{} is recorded {} or {}.", of, context.a.during(), context.b.during()));
        return sentences;
    }
    const bool any_read = std::any_of(shift.dyads.begin(), shift.dyads.end(),
                                      [](const DyadShift& s) { return s.record == Record::both; });
    if (chosen.empty() && (any_read || !unread)) {
        // Changes too small for a sentence are still in the table: say how small.
        const bool small = std::any_of(shift.dyads.begin(), shift.dyads.end(),
                                       [](const DyadShift& s) { return s.record == Record::both && s.change != 0; });
        sentences.push_back(fmt::format(
            "No relation{} changed{} {} compared with {}.",
            unread ? fmt::format(" with {} or more events in each", shift.min_events) : std::string(),
            small ? fmt::format(" by {} a year or more", k_smallest_change) : "", context.b.during(), context.a.label));
    }
    if (!too_few.empty())
        sentences.push_back(fmt::format("Too few events to tell how {} changed (fewer than {} {} or {}).",
                                        relation_list(dataset, too_few, context), shift.min_events, context.a.during(),
                                        context.b.during()));
    for (const auto& [dyads, period] : {std::pair{&none_in_b, &context.b}, std::pair{&none_in_a, &context.a}})
        if (!dyads->empty()) {
            std::string text = fmt::format("{} have no recorded events {}, so no change is read.",
                                           relation_list(dataset, *dyads, context), period->during());
            text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
            sentences.push_back(std::move(text));
        }
    return sentences;
}

std::optional<std::string> rank_sentence(const model::Dataset& dataset, const analysis::RankShift& ranks,
                                         const ShiftContext& context, const NotableShift& notable)
{
    const analysis::MetricRankShift* lowest = nullptr;
    for (const auto& m : ranks.metrics)
        if (m.tau_b && (!lowest || *m.tau_b < *lowest->tau_b)) lowest = &m;
    if (!lowest || *lowest->tau_b >= notable.tau_below) return std::nullopt;

    // The ranks run largest |rise| first: the first rise and the first fall are the largest.
    const auto first = [&](auto keep) -> const analysis::ActorRank* {
        const auto it = std::find_if(lowest->ranks.begin(), lowest->ranks.end(), keep);
        return it == lowest->ranks.end() ? nullptr : &*it;
    };
    const analysis::ActorRank* rise = first([&](const auto& r) { return r.rise() >= notable.min_places; });
    const analysis::ActorRank* fall = first([&](const auto& r) { return r.rise() <= -notable.min_places; });
    const analysis::ActorRank* focal =
        context.focal ? first([&](const auto& r) { return r.actor == *context.focal; }) : nullptr;

    std::vector<std::string> moves;
    for (const auto& [r, verb] : {std::pair{rise, "rose"}, std::pair{fall, "fell"}})
        if (r)
            moves.push_back(fmt::format("{} {} from {} to {}", actor_name(dataset, r->actor), verb, ordinal(r->rank_a),
                                        ordinal(r->rank_b)));
    if (focal && focal != rise && focal != fall) {
        const std::string name = actor_name(dataset, focal->actor);
        moves.push_back(focal->rise() == 0 ? fmt::format("{} stayed {}", name, ordinal(focal->rank_a))
                                           : fmt::format("{} went from {} to {}", name, ordinal(focal->rank_a),
                                                         ordinal(focal->rank_b)));
    }
    std::string text = fmt::format("Ranks by {} reshuffled among the {} active in both (Kendall's tau-b {:.2f})",
                                   metric_title(lowest->metric), plural(ranks.actors, "actor"), *lowest->tau_b);
    if (!moves.empty()) text += ": " + name_list(moves, moves.size());
    return text + ".";
}

std::optional<std::string> bloc_sentence(const model::Dataset& dataset, const analysis::BlocShift& blocs,
                                         const analysis::EraShift& shift, const ShiftContext& context,
                                         const NotableShift& notable)
{
    if (!blocs.adjusted_rand || blocs.moved == 0) return std::nullopt;
    const std::string numbers =
        fmt::format("adjusted Rand index {:.2f}; {} {}, {} {}", *blocs.adjusted_rand, plural(blocs.blocs_a, "bloc"),
                    context.a.during(), blocs.blocs_b, context.b.during());
    const auto in_both = [](const analysis::ActorBlocShift& s) { return s.bloc_a && s.bloc_b; };
    // A move on too few events is counted, never named.
    std::size_t unread = 0;
    for (const auto& s : blocs.actors)
        if (s.move == analysis::BlocMove::moved && !analysis::stands_in_both(shift, s.actor)) ++unread;
    const std::string too_few = unread == 0
                                    ? std::string()
                                    : fmt::format(", {} of them on too few events to tell",
                                                  unread == blocs.moved ? std::string("all") : std::to_string(unread));
    const analysis::ActorBlocShift* focal = nullptr;
    for (const auto& s : blocs.actors)
        if (context.focal && s.actor == *context.focal && in_both(s)) focal = &s;
    if (focal) {
        std::vector<std::string> joined, left;
        for (const auto& s : blocs.actors) {
            if (!in_both(s) || &s == focal || !analysis::stands_in_both(shift, s.actor)) continue;
            const bool with_a = s.bloc_a == focal->bloc_a, with_b = s.bloc_b == focal->bloc_b;
            if (with_b && !with_a) joined.push_back(actor_name(dataset, s.actor));
            if (with_a && !with_b) left.push_back(actor_name(dataset, s.actor));
        }
        if (!joined.empty() || !left.empty()) {
            const std::string side = possessive(actor_name(dataset, focal->actor)) + " side";
            std::string text = "In the blocs, ";
            if (!joined.empty()) text += fmt::format("{} moved to {}", name_list(joined, notable.max_names), side);
            if (!joined.empty() && !left.empty()) text += " and ";
            if (!left.empty())
                text += joined.empty() ? fmt::format("{} left {}", name_list(left, notable.max_names), side)
                                       : fmt::format("{} left it", name_list(left, notable.max_names));
            return fmt::format("{} ({} of {} active in both changed bloc{}; {}).", text, blocs.moved,
                               plural(blocs.both, "actor"), too_few, numbers);
        }
    }
    std::vector<std::string> moved;
    for (const auto& s : blocs.actors)
        if (s.move == analysis::BlocMove::moved && analysis::stands_in_both(shift, s.actor))
            moved.push_back(actor_name(dataset, s.actor));
    if (moved.empty())
        return fmt::format("In the blocs, {} of {} active in both changed side, on too few events to tell ({}).",
                           blocs.moved, plural(blocs.both, "actor"), numbers);
    return fmt::format("In the blocs, {} changed side ({} of {} active in both{}; {}).",
                       name_list(moved, notable.max_names), blocs.moved, plural(blocs.both, "actor"), too_few, numbers);
}

std::vector<std::string> comparison_sentences(const model::Dataset& dataset, const analysis::EraShift& shift,
                                              const analysis::RankShift& ranks, const analysis::BlocShift& blocs,
                                              const ShiftContext& context)
{
    std::vector<std::string> sentences = shift_sentences(dataset, shift, context);
    for (const auto& extra : {rank_sentence(dataset, ranks, context), bloc_sentence(dataset, blocs, shift, context)})
        if (extra) sentences.push_back(*extra);
    return sentences;
}

} // namespace entente::render
