#include "views/evidence.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <tuple>

#include "core/dyad_index.hpp"
#include "model/left_texts.hpp"

namespace entente::views {
namespace {

/// A row that may be evidence, with its own copy of its text.
struct Candidate {
    double contribution = 0.0;
    io::EventRow row; ///< summary and ref view `summary` and `ref` once kept
    std::string summary, ref;
};

/// Whether row x comes before row y in time order (as rows are stored).
bool earlier(const io::EventRow& x, const io::EventRow& y)
{
    return std::tie(x.interval.start, x.interval.end, x.line) < std::tie(y.interval.start, y.interval.end, y.line);
}

/// Where a candidate ranks: |contribution|, then its place in time.
struct Rank {
    double size = 0.0;
    Day start = 0, end = 0;
    std::uint32_t line = 0;
};

/// Whether a row of rank x comes before one of rank y (as comes_first orders candidates).
bool ranks_first(const Rank& x, const Rank& y)
{
    if (x.size != y.size) return x.size > y.size;
    return std::tie(x.start, x.end, x.line) < std::tie(y.start, y.end, y.line);
}

/// Larger |contribution| first, then in time order (as the rows will be stored).
bool comes_first(const Candidate& x, const Candidate& y)
{
    return ranks_first({std::abs(x.contribution), x.row.interval.start, x.row.interval.end, x.row.line},
                       {std::abs(y.contribution), y.row.interval.start, y.row.interval.end, y.row.line});
}

/// The candidates a wish for `limit` rows holds before they are pruned back
/// to `limit`: few over it, as a report holds a wish for every dyad of every
/// era, but a share of it, so pruning stays amortised O(1) per candidate.
std::size_t prune_at(std::size_t limit)
{
    return limit + limit / 2 + 4;
}

/// Keeps the `limit` first of `candidates` once they reach prune_at(limit), or always when `final`.
void prune(std::vector<Candidate>& candidates, std::size_t limit, bool final)
{
    if (!final && candidates.size() < prune_at(limit)) return;
    if (candidates.size() > limit) {
        std::nth_element(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(limit), candidates.end(),
                         comes_first);
        candidates.resize(limit);
    }
    if (final) std::sort(candidates.begin(), candidates.end(), comes_first);
}

/// What one part of the reading keeps for one wish: its candidates, and
/// once `limit` are held, the rank of the last of the best kept (a row that
/// does not come before it cannot be among the first `limit`: ties on
/// |contribution| go to the earlier row, so a later one is skipped too).
struct Kept {
    std::vector<Candidate> candidates;
    std::optional<Rank> last_kept;
};

} // namespace

std::size_t EvidenceFinder::add_view(const ViewSpec& view)
{
    m_views.push_back(view);
    return m_views.size() - 1;
}

std::uint64_t EvidenceFinder::key_of(DyadKey dyad) const
{
    if (!m_directed && dyad.b < dyad.a) std::swap(dyad.a, dyad.b);
    return (static_cast<std::uint64_t>(dyad.a) << 32U) | dyad.b;
}

void EvidenceFinder::want(std::size_t view, DyadKey dyad, std::size_t limit)
{
    if (limit == 0) return;
    std::vector<Wish>& wishes = m_wishes[key_of(dyad)];
    for (Wish& wish : wishes)
        if (wish.view == view && wish.limit != 0) {
            wish.limit = std::max(wish.limit, limit);
            return;
        }
    wishes.push_back({view, limit, m_wish_count++, {}});
}

void EvidenceFinder::want_first(std::size_t view, DyadKey dyad)
{
    std::vector<Wish>& wishes = m_wishes[key_of(dyad)];
    for (const Wish& wish : wishes)
        if (wish.view == view && wish.limit == 0) return;
    wishes.push_back({view, 0, m_wish_count++, {}});
}

void EvidenceFinder::want_all(std::size_t view, const RelationGraph& graph, std::size_t limit)
{
    for (const Dyad& d : graph.dyads())
        want(view, {d.a, d.b}, limit);
}

void EvidenceFinder::run(const model::Dataset& dataset, std::size_t threads)
{
    // Each part of the reading keeps its own candidates for each wish (by id).
    std::vector<std::vector<Kept>> parts;
    // The earliest row each part has seen of each dyad (by slot). A row that
    // is not earlier is the first of no view: a view the earliest starts
    // before has a first at most as early, and the others end before either starts.
    struct Earliest {
        Day start = 0, end = 0;
        std::uint32_t line = 0;
        bool seen = false;
    };
    std::vector<std::vector<Earliest>> earliest;
    // A dyad's wishes arranged for a row to find those it can count for:
    // its first-event wishes, its instants' (every row up to the day counts)
    // and its windows' by their start (a row counts for those it overlaps).
    struct Windowed {
        Day start = 0, end = 0;
        const Wish* wish = nullptr;
    };
    struct DyadWishes {
        std::size_t slot = 0; ///< its place among the dyads
        std::vector<const Wish*> firsts, instants;
        std::vector<Windowed> windows; ///< by start
        Day longest = 0;               ///< the days of its longest window
    };

    // Row `row`, the earliest of its dyad so far, may be the first of a view.
    const auto offer_first = [&](Kept& kept, const ViewSpec& view, const io::EventRow& row, double mass) {
        const Day end = view.kind == ViewKind::instant ? view.at + 1 : view.window.end;
        if (row.interval.start >= end) return;
        if (kept.candidates.empty() || earlier(row, kept.candidates.front().row))
            kept.candidates.assign(
                1, {mass * view_share(row.interval, view), row, std::string(row.summary), std::string(row.ref)});
    };
    // Row `row` may be among the largest of a view.
    const auto offer = [&](Kept& kept, const Wish& wish, const io::EventRow& row, double mass) {
        const double c = mass * view_share(row.interval, m_views[wish.view]);
        if (c == 0.0) return;
        if (kept.last_kept &&
            !ranks_first({std::abs(c), row.interval.start, row.interval.end, row.line}, *kept.last_kept))
            return;
        kept.candidates.push_back({c, row, std::string(row.summary), std::string(row.ref)});
        if (kept.candidates.size() >= prune_at(wish.limit)) {
            prune(kept.candidates, wish.limit, false);
            const Candidate& last = *std::max_element(kept.candidates.begin(), kept.candidates.end(), comes_first);
            kept.last_kept =
                Rank{std::abs(last.contribution), last.row.interval.start, last.row.interval.end, last.row.line};
        }
    };
    // Row `row` gives `mass` to a dyad with these wishes.
    const auto consider = [&](std::size_t part, const io::EventRow& row, double mass, const DyadWishes& dyad) {
        std::vector<Kept>& kept = parts[part];
        Earliest& seen = earliest[part][dyad.slot];
        if (!seen.seen ||
            std::tie(row.interval.start, row.interval.end, row.line) < std::tie(seen.start, seen.end, seen.line)) {
            seen = {row.interval.start, row.interval.end, row.line, true};
            for (const Wish* wish : dyad.firsts)
                offer_first(kept[wish->id], m_views[wish->view], row, mass);
        }
        for (const Wish* wish : dyad.instants)
            offer(kept[wish->id], *wish, row, mass);
        // The windows starting before the row ends, back to the first too early to reach it.
        auto it = std::lower_bound(dyad.windows.begin(), dyad.windows.end(), row.interval.end,
                                   [](const Windowed& w, Day day) { return w.start < day; });
        while (it != dyad.windows.begin()) {
            --it;
            if (it->start + dyad.longest <= row.interval.start) break;
            if (it->end > row.interval.start) offer(kept[it->wish->id], *it->wish, row, mass);
        }
    };
    // Every row asks for its dyad's wishes, by the dyad's slot.
    std::vector<DyadWishes> dyads(m_wishes.size());
    DyadIndex slot_of;
    std::size_t slot = 0;
    for (const auto& [key, wishes] : m_wishes) {
        DyadWishes& dyad = dyads[slot];
        dyad.slot = slot_of.find_or_add(key, static_cast<std::uint32_t>(slot++));
        for (const Wish& wish : wishes) {
            const ViewSpec& view = m_views[wish.view];
            if (wish.limit == 0) {
                dyad.firsts.push_back(&wish);
            } else if (view.kind == ViewKind::instant) {
                dyad.instants.push_back(&wish);
            } else {
                dyad.windows.push_back({view.window.start, view.window.end, &wish});
                dyad.longest = std::max(dyad.longest, view.window.length());
            }
        }
        std::sort(dyad.windows.begin(), dyad.windows.end(),
                  [](const Windowed& x, const Windowed& y) { return x.start < y.start; });
    }
    const auto wishes_of = [&](DyadKey dyad) -> const DyadWishes* {
        const std::optional<std::uint32_t> found = slot_of.find(key_of(dyad));
        return found ? &dyads[*found] : nullptr;
    };
    io::ScanCallbacks callbacks{
        [&](std::size_t n) {
            parts.assign(n, std::vector<Kept>(m_wish_count));
            earliest.assign(n, std::vector<Earliest>(dyads.size()));
        },
        [&](std::size_t part, const io::EventRow& row) {
            // A mutual act is evidence of both directions of a directed view, half in each.
            const bool split = m_directed && row.mutual;
            for (const DyadKey dyad : {DyadKey{row.source, row.target}, DyadKey{row.target, row.source}}) {
                if (dyad.a == row.target && !split) break;
                if (const DyadWishes* wishes = wishes_of(dyad))
                    consider(part, row, split ? row.mass() / 2 : row.mass(), *wishes);
            }
        }};
    // Rows of dyads nobody asked about are left before their fields are read
    // (a directed row may be mutual: either direction will do).
    callbacks.wanted = [&](ActorIndex source, ActorIndex target) {
        return wishes_of({source, target}) != nullptr || (m_directed && wishes_of({target, source}) != nullptr);
    };
    const io::ScanOutcome outcome = model::reread_events(dataset, threads, callbacks);

    // The rows kept, each once (a row may be evidence of several views);
    // each wish's, as places among them with contributions, in its order.
    std::vector<Candidate> kept_rows;
    DyadIndex place_of_line; // keyed by line: it takes any 64-bit key but ~0
    std::vector<std::pair<Wish*, std::vector<std::pair<std::uint32_t, double>>>> chosen;
    // By id, as the parts keep them: each part's candidates are then read in order.
    std::vector<Wish*> by_id(m_wish_count);
    for (auto& [key, wishes] : m_wishes)
        for (Wish& wish : wishes)
            by_id[wish.id] = &wish;
    std::vector<Candidate> all;
    for (Wish* const wish_of_id : by_id) {
        Wish& wish = *wish_of_id;
        all.clear();
        for (std::size_t p = 0; p < parts.size(); ++p) {
            std::vector<Candidate>& candidates = parts[p][wish.id].candidates;
            for (Candidate& c : candidates) {
                c.row.line += outcome.line_base[p];
                all.push_back(std::move(c));
            }
            std::vector<Candidate>().swap(candidates); // its memory serves the rows kept
        }
        if (wish.limit == 0) { // the earliest of the parts' earliest
            std::sort(all.begin(), all.end(),
                      [](const Candidate& x, const Candidate& y) { return earlier(x.row, y.row); });
            if (all.size() > 1) all.resize(1);
        } else {
            prune(all, wish.limit, true);
        }
        std::vector<std::pair<std::uint32_t, double>> places;
        for (Candidate& c : all) {
            const std::uint32_t place =
                place_of_line.find_or_add(c.row.line, static_cast<std::uint32_t>(kept_rows.size()));
            places.emplace_back(place, c.contribution);
            if (place == kept_rows.size()) kept_rows.push_back(std::move(c));
        }
        chosen.emplace_back(&wish, std::move(places));
    }

    // Stored in time order (the store's own), each row's index in the store by its place.
    std::vector<std::uint32_t> order(kept_rows.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        const io::EventRow &u = kept_rows[x].row, &v = kept_rows[y].row;
        return std::tie(u.interval.start, u.interval.end, u.line) < std::tie(v.interval.start, v.interval.end, v.line);
    });
    std::vector<model::EventIndex> stored(kept_rows.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        stored[order[k]] = static_cast<model::EventIndex>(k);
    model::read_left_texts(dataset, kept_rows);
    model::EventStoreBuilder builder(true);
    for (const std::uint32_t k : order) {
        Candidate& c = kept_rows[k];
        c.row.summary = c.summary;
        c.row.ref = c.ref;
        builder.add(c.row);
    }
    m_rows = std::make_shared<const model::EventStore>(std::move(builder).build());
    for (auto& [wish, places] : chosen) {
        wish->found.clear();
        for (const auto& [place, contribution] : places)
            wish->found.push_back({stored[place], contribution});
    }
}

EvidenceFinder find_evidence(const model::Dataset& dataset, const std::vector<ViewSpec>& views,
                             const std::vector<std::vector<DyadKey>>& cited, std::size_t limit, std::size_t threads,
                             bool first)
{
    EvidenceFinder finder(!views.empty() && views.front().directed);
    for (std::size_t v = 0; v < views.size(); ++v) {
        finder.add_view(views[v]);
        for (const DyadKey& key : cited[v]) {
            finder.want(v, key, limit);
            if (first) finder.want_first(v, key);
        }
    }
    if (!finder.empty()) finder.run(dataset, threads);
    return finder;
}

void attach_evidence(const model::Dataset& dataset, const std::vector<RelationGraph*>& graphs,
                     const std::function<std::vector<std::size_t>(std::size_t)>& wanted, std::size_t limit,
                     std::size_t threads, bool first)
{
    if (graphs.empty() || (limit == 0 && !first)) return;
    std::vector<ViewSpec> views;
    std::vector<std::vector<DyadKey>> cited(graphs.size());
    for (std::size_t g = 0; g < graphs.size(); ++g) {
        views.push_back(graphs[g]->spec());
        for (const std::size_t d : wanted(g))
            cited[g].push_back({graphs[g]->dyads()[d].a, graphs[g]->dyads()[d].b});
    }
    const EvidenceFinder finder = find_evidence(dataset, views, cited, limit, threads, first);
    if (finder.empty()) return;
    for (std::size_t g = 0; g < graphs.size(); ++g)
        graphs[g]->attach(finder, g);
}

const std::vector<Evidence>* EvidenceFinder::found(std::size_t view, DyadKey dyad) const
{
    const auto it = m_wishes.find(key_of(dyad));
    if (it == m_wishes.end()) return nullptr;
    for (const Wish& wish : it->second)
        if (wish.view == view && wish.limit != 0) return &wish.found;
    return nullptr;
}

std::optional<Evidence> EvidenceFinder::found_first(std::size_t view, DyadKey dyad) const
{
    const auto it = m_wishes.find(key_of(dyad));
    if (it == m_wishes.end()) return std::nullopt;
    for (const Wish& wish : it->second)
        if (wish.view == view && wish.limit == 0 && !wish.found.empty()) return wish.found.front();
    return std::nullopt;
}

} // namespace entente::views
