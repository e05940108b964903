#include "io/article_extract.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <set>
#include <tuple>
#include <variant>

#include "io/article_actors.hpp"
#include "io/article_dates.hpp"
#include "io/csv_field.hpp"

namespace entente::io {
namespace {

/// Words that join two clauses after a comma, each with its own verb ("..., and ordered troops").
constexpr std::array<std::string_view, 5> k_conjunctions{"and", "but", "while", "whereas", "although"};
/// The longest sentence read, in words: past it the text is no prose (and
/// finding each act's clause, quadratic in its words, would take too long).
constexpr std::size_t k_max_sentence_words = 400;

constexpr std::array<std::string_view, 7> k_be{"was", "were", "is", "are", "been", "be", "being"};

/// How far a clause reaches around a word: hard marks (; : ( ) and dashes)
/// end it; a comma and a conjunction end it softly: the subject before it may
/// still act after it.
struct Clause {
    std::size_t first = 0, last = 0;
    bool soft_start = false; ///< it starts after a comma and a conjunction
};

/// A comma and a conjunction, not before a name: "..., and ordered troops", but not "Chile, Mexico, and Venezuela".
bool soft_break(const std::vector<Word>& w, std::size_t i)
{
    if (w[i].text != "," || i + 2 >= w.size()) return false;
    const char after = w[i + 2].text[0];
    return std::find(k_conjunctions.begin(), k_conjunctions.end(), w[i + 1].lower) != k_conjunctions.end() &&
           !(after >= 'A' && after <= 'Z');
}

Clause clause_of(const std::vector<Word>& w, std::size_t at)
{
    Clause c{0, w.size(), false};
    for (std::size_t i = at; i-- > 0;) {
        if (ends_clause(w[i])) {
            c.first = i + 1;
            break;
        }
        if (soft_break(w, i)) {
            c.first = i + 2;
            c.soft_start = true;
            break;
        }
    }
    for (std::size_t i = at + 1; i < w.size(); ++i) {
        if (ends_clause(w[i]) || soft_break(w, i)) {
            c.last = i;
            break;
        }
    }
    return c;
}

bool inside(const ActorMention& m, const Clause& c)
{
    return m.first >= c.first && m.last <= c.last;
}

/// A drafted pair of sides, before the date.
struct Sides {
    Sides(std::string source_id, std::string target_id, bool both, bool focus_side, bool paragraph_side = false)
        : source(std::move(source_id)), target(std::move(target_id)), mutual(both), from_focus(focus_side),
          from_paragraph(paragraph_side)
    {
    }
    std::string source, target;
    bool mutual = false;
    bool from_focus = false;     ///< a side is the focus
    bool from_paragraph = false; ///< the other side is the one actor named earlier in the paragraph
};

class SentenceDrafter {
public:
    /// `paragraph_other`: the one actor other than the focus that the
    /// sentences before this one in its paragraph name, if one only.
    SentenceDrafter(const std::vector<Word>& words, const std::vector<ActorMention>& actors,
                    const std::optional<std::string>& focus, std::optional<std::string> paragraph_other)
        : m_w(words), m_actors(actors), m_focus(focus), m_paragraph_other(std::move(paragraph_other))
    {
        for (const ActorMention& m : actors)
            if (!m.place && (!m_focus || m.id != *m_focus)) m_others.insert(m.id);
    }

    /// The sides of `act`, or why it has none.
    std::variant<std::vector<Sides>, std::string> sides(const ActMatch& act) const
    {
        return act.phrase->both ? both_sides(act) : one_side(act);
    }

    [[nodiscard]] std::size_t actor_count() const { return m_actors.size(); }

private:
    /// The one actor the sentence names besides the focus, when there is exactly one.
    std::optional<std::string> only_other() const
    {
        if (!m_focus || m_others.size() != 1) return std::nullopt;
        return *m_others.begin();
    }

    /// An act of one side: who acted (the subject, or the agent after `by`)
    /// on whom (the first actor after the phrase, or the subject of a
    /// passive), each side a list of up to four ("Argentina, Brazil and
    /// Chile mediated between Ecuador and Peru": six rows). A side not named
    /// is the focus when the sentence names one other actor only.
    std::variant<std::vector<Sides>, std::string> one_side(const ActMatch& act) const
    {
        const Clause clause = clause_of(m_w, act.first);
        const ActorMention* source = nullptr;
        const ActorMention* target = nullptr;
        // "a peace agreement brokered by X", "was condemned by X": the agent follows `by`.
        std::size_t by = act.last;
        while (by < clause.last && by < act.last + 2 && m_w[by].lower != "by")
            ++by;
        const bool passive = (by < clause.last && m_w[by].lower == "by") || is_passive(act.first);
        if (passive) {
            if (by >= clause.last || m_w[by].lower != "by") return std::string("a passive with no agent named");
            for (const ActorMention& m : m_actors)
                if (!m.place && m.first > by && m.first <= by + 3 && m.last <= clause.last) {
                    source = &m;
                    break;
                }
            if (!source) return std::string("its agent (after 'by') is no actor");
            target = subject(act, clause);
        } else {
            source = subject(act, clause);
            for (const ActorMention& m : m_actors)
                if (m.first > act.first && m.last <= clause.last && (!source || m.id != source->id)) {
                    target = &m;
                    break;
                }
        }
        std::vector<std::string> sources = source ? list_from(*source) : std::vector<std::string>{};
        std::vector<std::string> targets = target ? list_from(*target) : std::vector<std::string>{};
        if (sources.size() > 4 || targets.size() > 4) return std::string("a list of more than four actors");
        bool from_focus = false;
        if (sources.empty() != targets.empty()) {
            const std::vector<std::string>& known = sources.empty() ? targets : sources;
            if (!m_focus || std::set<std::string>(known.begin(), known.end()) != m_others)
                return std::string("one side is not named");
            (sources.empty() ? sources : targets).push_back(*m_focus);
            from_focus = true;
        }
        std::vector<Sides> rows;
        for (const std::string& s : sources)
            for (const std::string& t : targets)
                if (s != t) rows.push_back({s, t, false, from_focus});
        if (rows.empty()) return std::string(sources.empty() ? "no side is named" : "one actor on both sides");
        return rows;
    }

    /// The first actor of the list that ends with `last` ("Argentina, Brazil and Chile mediated").
    const ActorMention* first_of_list(const ActorMention& last) const
    {
        std::size_t k = static_cast<std::size_t>(&last - m_actors.data());
        while (k > 0 && !m_actors[k - 1].place && separated_by_list_words(m_actors[k - 1].last, m_actors[k].first))
            --k;
        return &m_actors[k];
    }

    /// The ids of the actors named in one list from `start` ("Argentina, Brazil, Chile, and the United States").
    std::vector<std::string> list_from(const ActorMention& start) const
    {
        std::vector<std::string> ids{start.id};
        std::size_t end = start.last;
        for (std::size_t k = static_cast<std::size_t>(&start - m_actors.data()) + 1; k < m_actors.size(); ++k) {
            const ActorMention& m = m_actors[k];
            if (m.place || !separated_by_list_words(end, m.first)) break;
            if (std::find(ids.begin(), ids.end(), m.id) == ids.end()) ids.push_back(m.id);
            end = m.last;
        }
        return ids;
    }

    /// Whether only list words stand between the words `from` and `to`: commas, `and`, `the`.
    bool separated_by_list_words(std::size_t from, std::size_t to) const
    {
        if (from == to) return false;
        for (std::size_t i = from; i < to; ++i)
            if (m_w[i].text != "," && m_w[i].lower != "and" && m_w[i].lower != "the") return false;
        return true;
    }

    /// An act of both sides: the subject with each partner named after the
    /// phrase ("Colombia signed agreements with Chile, Mexico and Venezuela";
    /// the focus when no subject is named), else the actors of its clause:
    /// two, or up to four in one list, a row for each pair.
    std::variant<std::vector<Sides>, std::string> both_sides(const ActMatch& act) const
    {
        const Clause clause = clause_of(m_w, act.first);
        const ActorMention* subject_named = subject(act, clause);
        const std::optional<std::string> first =
            subject_named ? std::optional<std::string>(subject_named->id) : std::nullopt;
        std::vector<const ActorMention*> partners;
        std::set<std::string> seen;
        for (const ActorMention& m : m_actors) {
            if (m.place || m.first <= act.first || m.last > clause.last || m.id == first.value_or("")) continue;
            // The partners are named after `with`: "relations with Pakistan", "agreements with Chile, Mexico".
            const bool after_with =
                m.first > 0 && (m_w[m.first - 1].lower == "with" ||
                                (m_w[m.first - 1].lower == "the" && m.first > 1 && m_w[m.first - 2].lower == "with"));
            if (partners.empty() && !after_with) break;
            if (seen.insert(m.id).second) partners.push_back(&m);
        }
        const bool focus_is_partner = std::any_of(partners.begin(), partners.end(),
                                                  [&](const ActorMention* m) { return m_focus && m->id == *m_focus; });
        const bool named_subject = first.has_value();
        if (!partners.empty() && partners.size() <= 4 && one_list(partners) &&
            (named_subject || (m_focus && !focus_is_partner))) {
            std::vector<Sides> pairs;
            for (const ActorMention* p : partners)
                pairs.push_back({first.value_or(*m_focus), p->id, true, !named_subject});
            return pairs;
        }
        std::vector<const ActorMention*> named;
        auto collect = [&](const Clause& c) {
            named.clear();
            std::set<std::string> ids;
            for (const ActorMention& m : m_actors)
                if (!m.place && inside(m, c) && ids.insert(m.id).second) named.push_back(&m);
        };
        collect(clause);
        if (named.size() < 2 && !clause.soft_start && clause.first == 0) collect(Clause{0, m_w.size(), false});
        if (named.size() == 2) return std::vector<Sides>{{named[0]->id, named[1]->id, true, false}};
        if (named.empty() && m_others.empty() && m_focus && m_paragraph_other) {
            // "The relations deteriorated greatly..." in a paragraph on the United States.
            return std::vector<Sides>{{*m_focus, *m_paragraph_other, true, true, true}};
        }
        if (named.size() <= 1) {
            const auto other = only_other();
            if (!other || (named.size() == 1 && named[0]->id != *other))
                return std::string(named.empty() ? "no actor in its clause" : "one actor in its clause");
            return std::vector<Sides>{{*m_focus, *other, true, true}};
        }
        if (named.size() > 4 || !one_list(named)) return std::string("more than two actors, not in one list");
        std::vector<Sides> pairs;
        for (std::size_t a = 0; a < named.size(); ++a)
            for (std::size_t b = a + 1; b < named.size(); ++b)
                pairs.push_back({named[a]->id, named[b]->id, true, false});
        return pairs;
    }

    /// Whether the actors are named in one list: "Colombia, Venezuela and Ecuador".
    bool one_list(const std::vector<const ActorMention*>& named) const
    {
        for (std::size_t k = 1; k < named.size(); ++k)
            if (!separated_by_list_words(named[k - 1]->last, named[k]->first)) return false;
        return true;
    }

    bool is_passive(std::size_t anchor) const
    {
        std::size_t i = anchor;
        while (i > 0 && (m_w[i - 1].lower.ends_with("ly") || m_w[i - 1].lower == "also"))
            --i;
        return i > 0 && std::find(k_be.begin(), k_be.end(), m_w[i - 1].lower) != k_be.end();
    }

    /// Who acts: the actor just before the phrase ("a Colombian raid"), else
    /// the first of its clause, else (across ", and") the first of the sentence.
    const ActorMention* subject(const ActMatch& act, const Clause& clause) const
    {
        const ActorMention* first_in_clause = nullptr;
        const ActorMention* first_before = nullptr;
        for (const ActorMention& m : m_actors) {
            if (m.last > act.first) break;
            if (m.place) continue;
            if (m.last == act.first) return first_of_list(m);
            if (!first_before) first_before = &m;
            if (!first_in_clause && m.first >= clause.first) first_in_clause = &m;
        }
        if (first_in_clause) return first_in_clause;
        if (first_before && (clause.first == 0 || clause.soft_start) && first_before->first < clause.first)
            return first_before;
        return nullptr;
    }

    const std::vector<Word>& m_w;
    const std::vector<ActorMention>& m_actors;
    const std::optional<std::string>& m_focus;
    std::optional<std::string> m_paragraph_other;
    std::set<std::string> m_others;
};

/// The date of an act whose phrase starts at word `at`: the first after it
/// in its clause and before the next act (`next`), else the nearest before
/// it ("On 4 August 1852, Venezuela sent..."), those of its clause first. A
/// date after "until" ends what the act began: never the act's own.
const DateMention* date_of_act(const std::vector<DateMention>& dates, const std::vector<Word>& words, std::size_t at,
                               std::size_t next)
{
    const Clause clause = clause_of(words, at);
    for (const DateMention& d : dates)
        if (d.first > at && d.first < next && d.last <= clause.last && !d.until) return &d;
    const DateMention* best = nullptr;
    std::tuple<bool, std::size_t> best_key{true, 0};
    for (const DateMention& d : dates) {
        if (d.until) continue;
        const std::size_t distance = d.last <= at ? at - d.last : d.first > at ? d.first - at : 0;
        const bool outside = d.first < clause.first || d.last > clause.last;
        const std::tuple<bool, std::size_t> key{outside, distance};
        if (!best || key < best_key) {
            best = &d;
            best_key = key;
        }
    }
    return best;
}

/// Whether the phrase at `at` is in the perfect: `has` or `have` within two words before it.
bool perfect(const std::vector<Word>& words, std::size_t at)
{
    for (std::size_t back = 1; back <= 2 && back <= at; ++back)
        if (words[at - back].lower == "has" || words[at - back].lower == "have") return true;
    return false;
}

double confidence(const Sides& sides, bool inherited_date, bool relative_date, bool gapped, bool crowded)
{
    double c = 1.0 - (sides.from_focus ? 0.3 : 0) - (sides.from_paragraph ? 0.2 : 0) - (inherited_date ? 0.3 : 0) -
               (relative_date ? 0.1 : 0) - (gapped ? 0.1 : 0) - (crowded ? 0.1 : 0);
    return std::max(0.1, std::round(c * 10) / 10);
}

/// The sentence as a row's summary: citation marks ([83]) left out.
std::string summary_of(const std::string& sentence)
{
    std::string out;
    for (std::size_t i = 0; i < sentence.size(); ++i) {
        if (sentence[i] == '[') {
            std::size_t j = i + 1;
            while (j < sentence.size() && sentence[j] >= '0' && sentence[j] <= '9')
                ++j;
            if (j > i + 1 && j < sentence.size() && sentence[j] == ']') {
                i = j;
                continue;
            }
        }
        out += sentence[i];
    }
    return out;
}

} // namespace

Draft draft_events(const std::vector<ArticleSentence>& sentences, const std::string& name,
                   const std::optional<std::string>& focus, const std::vector<ActPhrase>& phrases)
{
    Draft draft;
    draft.sentences = sentences.size();
    std::optional<PartialDate> paragraph_date;
    std::set<std::string> paragraph_others; // the actors but the focus named so far in the paragraph
    // Each act drafted once, however often the article tells it ("the raid", then "condemned the incursion").
    std::set<std::tuple<Day, Day, std::string, std::string, std::string>> drafted;
    std::size_t paragraph = static_cast<std::size_t>(-1);
    for (const ArticleSentence& s : sentences) {
        if (s.paragraph != paragraph) {
            paragraph = s.paragraph;
            paragraph_date.reset();
            paragraph_others.clear();
        }
        const std::vector<Word> words = split_words(s.text);
        if (words.size() > k_max_sentence_words) {
            draft.skipped.push_back(
                {s.line, s.column, fmt::format("over {} words: no sentence (a list or a table?)", k_max_sentence_words),
                 s.text.substr(0, 200)});
            paragraph_date.reset();
            continue;
        }
        const std::vector<DateMention> dates = find_dates(words, paragraph_date);
        draft.dates += dates.size();
        const std::vector<ActorMention> actors = find_actors(words);
        const std::vector<ActMatch> acts = find_acts(words, phrases);
        const SentenceDrafter drafter(words, actors, focus,
                                      paragraph_others.size() == 1 ? std::optional(*paragraph_others.begin())
                                                                   : std::nullopt);
        std::vector<DraftRow> rows;
        std::vector<std::string> reasons;
        for (std::size_t a = 0; a < acts.size(); ++a) {
            const ActMatch& act = acts[a];
            const std::size_t next = a + 1 < acts.size() ? acts[a + 1].first : words.size();
            const std::string what = fmt::format("'{}' ({})", act.phrase->text, act.phrase->code);
            if (!act.not_an_act.empty()) {
                reasons.push_back(fmt::format("{} after '{}': not an act", what, act.not_an_act));
                continue;
            }
            const auto sides = drafter.sides(act);
            if (const auto* why = std::get_if<std::string>(&sides)) {
                reasons.push_back(fmt::format("{}: {}", what, *why));
                continue;
            }
            const DateMention* date = date_of_act(dates, words, act.first, next);
            if (!date && !paragraph_date) {
                reasons.push_back(fmt::format("{}: no date in the sentence or before it in its paragraph", what));
                continue;
            }
            if (date && date->since && !act.phrase->both) {
                reasons.push_back(fmt::format("{}: its only date is when a period began ('since')", what));
                continue;
            }
            // "has signed": a perfect names no time, so the date of the sentence before is not its date.
            if (!date && perfect(words, act.first)) {
                reasons.push_back(fmt::format("{}: no date in the sentence, and a perfect ('has ...')", what));
                continue;
            }
            const auto& pairs = std::get<std::vector<Sides>>(sides);
            const bool crowded = pairs.size() > 1 || drafter.actor_count() > 3;
            for (const Sides& p : pairs) {
                DraftRow row;
                row.date = date ? date->date : *paragraph_date;
                row.end = date ? date->end : std::nullopt;
                row.source = p.source;
                row.target = p.target;
                row.code = act.phrase->code;
                row.mutual = p.mutual;
                row.summary = summary_of(s.text);
                row.ref = fmt::format("{}:{}", name, s.line);
                row.confidence = confidence(p, !date, date && date->relative, act.gapped, crowded);
                if (!drafted.emplace(row.date.interval.start, row.date.interval.end, row.source, row.target, row.code)
                         .second)
                    reasons.push_back(fmt::format("{}: the act of an earlier row", what));
                else
                    rows.push_back(std::move(row));
            }
        }
        for (const ActorMention& m : actors)
            if (!m.place && (!focus || m.id != *focus)) paragraph_others.insert(m.id);
        if (!dates.empty() && !dates.back().since)
            paragraph_date = dates.back().end ? *dates.back().end : dates.back().date;
        if (rows.empty()) {
            std::string reason = acts.empty() ? "no act phrase" : reasons.front();
            for (std::size_t r = 1; r < reasons.size(); ++r)
                reason += "; " + reasons[r];
            draft.skipped.push_back({s.line, s.column, std::move(reason), s.text});
        }
        for (DraftRow& row : rows)
            draft.rows.push_back(std::move(row));
    }
    return draft;
}

std::string draft_csv(const Draft& draft, const std::string& article)
{
    std::string out = fmt::format("# Drafted by entente extract from {}: review every row against its sentence "
                                  "(summary) before use.\n",
                                  article);
    out += "# confidence: 1 when the sentence names both sides and the date; less when --focus, an earlier sentence "
           "or a count of months supplied one.\n";
    out += "date,source,target,code,end,mutual,summary,ref,confidence\n";
    for (const DraftRow& r : draft.rows) {
        out += fmt::format("{},{},{},{},{},{},", format_date(r.date), r.source, r.target, r.code,
                           r.end ? format_date(*r.end) : "", r.mutual ? "yes" : "");
        append_csv_field(out, r.summary);
        out += ',';
        append_csv_field(out, r.ref);
        out += fmt::format(",{:.1f}\n", r.confidence);
    }
    return out;
}

} // namespace entente::io
