#include "analysis/ego_view.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "core/errors.hpp"

namespace entente::analysis {
namespace {

double key_value(const Relation& r, std::string_view key)
{
    if (key == "score") return r.dyad->score;
    if (key == "pos") return r.dyad->pos;
    if (key == "neg") return r.dyad->neg;
    if (key == "events") return static_cast<double>(r.dyad->events);
    return std::abs(r.dyad->score);
}

} // namespace

std::string_view to_string(Direction direction)
{
    switch (direction) {
    case Direction::both:
        return "both";
    case Direction::out:
        return "out";
    case Direction::in:
        return "in";
    }
    return "both";
}

void EgoView::run()
{
    m_relations.clear();
    for (const views::Dyad& d : m_graph->dyads()) {
        if (d.a != m_actor && d.b != m_actor) continue;
        Relation r;
        r.partner = d.a == m_actor ? d.b : d.a;
        if (m_graph->directed()) r.direction = d.a == m_actor ? Direction::out : Direction::in;
        r.sign = !m_graph->is_edge(d) ? 0 : d.score > 0 ? 1 : -1;
        r.dyad = &d;
        m_relations.push_back(r);
    }
}

const std::vector<std::string>& relation_sort_keys()
{
    static const std::vector<std::string> keys{"strength", "score", "pos", "neg", "events", "partner"};
    return keys;
}

void check_relation_sort_key(std::string_view key)
{
    const auto& keys = relation_sort_keys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
        throw UsageError(
            fmt::format("unknown key '{}' to sort relations by (expected {})", key, fmt::join(keys, ", ")));
}

std::vector<Relation> rank_relations(const std::vector<Relation>& relations, std::string_view key, std::size_t top,
                                     const ActorRegistry& actors)
{
    check_relation_sort_key(key);
    std::vector<Relation> ranked = relations;
    const auto by_partner = [&](const Relation& x, const Relation& y) {
        const auto& a = actors.id(x.partner);
        const auto& b = actors.id(y.partner);
        return a != b ? a < b : x.direction < y.direction;
    };
    std::sort(ranked.begin(), ranked.end(), [&](const Relation& x, const Relation& y) {
        if (key == "partner") return by_partner(x, y);
        const double a = key_value(x, key), b = key_value(y, key);
        return a != b ? a > b : by_partner(x, y);
    });
    if (top != 0 && ranked.size() > top) ranked.resize(top);
    return ranked;
}

} // namespace entente::analysis
