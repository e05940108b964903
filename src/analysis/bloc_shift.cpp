// The bloc matching is an assignment solved here by dynamic programming over
// subsets: Boost.Graph's maximum_weighted_matching (Boost 1.74, the Debian 12
// version) returns wrong matchings on some bipartite graphs (boostorg/graph
// issues 306 and 399).
#include "analysis/bloc_shift.hpp"

#include <algorithm>

#include "analysis/partition_agreement.hpp"
#include "core/errors.hpp"

namespace entente::analysis {
namespace {

/// match[j] = the A bloc matched with B bloc j, or none: the one-to-one
/// assignment with the largest total overlap, counting only pairs that share
/// actors. On equal totals the earlier B blocs go to the earlier A blocs.
std::vector<std::optional<std::size_t>> match_blocs(const std::vector<std::vector<std::size_t>>& overlap,
                                                    std::size_t blocs_b)
{
    if (blocs_b > 20) throw Fatal("too many blocs to match (more than 20)");
    const std::size_t blocs_a = overlap.size(), masks = std::size_t{1} << blocs_b;
    // best[i][mask]: the largest overlap A blocs i.. can add when the B blocs in mask are taken.
    std::vector<std::vector<std::size_t>> best(blocs_a + 1, std::vector<std::size_t>(masks, 0));
    for (std::size_t i = blocs_a; i-- > 0;) {
        for (std::size_t mask = 0; mask < masks; ++mask) {
            std::size_t value = best[i + 1][mask]; // A bloc i left unmatched
            for (std::size_t j = 0; j < blocs_b; ++j) {
                const std::size_t bit = std::size_t{1} << j;
                if ((mask & bit) == 0 && overlap[i][j] > 0)
                    value = std::max(value, overlap[i][j] + best[i + 1][mask | bit]);
            }
            best[i][mask] = value;
        }
    }
    std::vector<std::optional<std::size_t>> match(blocs_b);
    std::size_t mask = 0;
    for (std::size_t i = 0; i < blocs_a; ++i) {
        for (std::size_t j = 0; j < blocs_b; ++j) {
            const std::size_t bit = std::size_t{1} << j;
            if ((mask & bit) == 0 && overlap[i][j] > 0 && overlap[i][j] + best[i + 1][mask | bit] == best[i][mask]) {
                match[j] = i;
                mask |= bit;
                break;
            }
        }
    }
    return match;
}

} // namespace

std::string_view to_string(BlocMove move)
{
    switch (move) {
    case BlocMove::stayed:
        return "";
    case BlocMove::moved:
        return "moved";
    case BlocMove::appeared:
        return "new";
    case BlocMove::gone:
        return "gone";
    }
    return "";
}

BlocShift compare_blocs(const BlocPartition& a, const BlocPartition& b)
{
    BlocShift shift;
    shift.blocs_a = a.blocs.size();
    shift.blocs_b = b.blocs.size();
    // Both memberships are in actor order: a merge lines them up.
    for (auto x = a.membership.begin(), y = b.membership.begin(); x != a.membership.end() || y != b.membership.end();) {
        if (y == b.membership.end() || (x != a.membership.end() && x->actor < y->actor)) {
            shift.actors.push_back({x->actor, x->bloc, std::nullopt, BlocMove::gone});
            ++x;
        } else if (x == a.membership.end() || y->actor < x->actor) {
            shift.actors.push_back({y->actor, std::nullopt, y->bloc, BlocMove::appeared});
            ++y;
        } else {
            shift.actors.push_back({x->actor, x->bloc, y->bloc, BlocMove::stayed});
            ++x;
            ++y;
        }
    }

    std::vector<std::vector<std::size_t>> overlap(shift.blocs_a, std::vector<std::size_t>(shift.blocs_b, 0));
    std::vector<int> labels_a, labels_b;
    for (const ActorBlocShift& s : shift.actors) {
        if (s.move != BlocMove::stayed) continue;
        ++overlap[*s.bloc_a][*s.bloc_b];
        labels_a.push_back(static_cast<int>(*s.bloc_a));
        labels_b.push_back(static_cast<int>(*s.bloc_b));
    }
    shift.both = labels_a.size();
    shift.adjusted_rand = adjusted_rand_index(labels_a, labels_b);

    const std::vector<std::optional<std::size_t>> match = match_blocs(overlap, shift.blocs_b);
    std::vector<std::size_t> aligned(shift.blocs_b);
    std::size_t next = shift.blocs_a;
    for (std::size_t j = 0; j < shift.blocs_b; ++j)
        aligned[j] = match[j] ? *match[j] : next++;
    for (ActorBlocShift& s : shift.actors) {
        if (!s.bloc_b) continue;
        s.bloc_b = aligned[*s.bloc_b];
        if (s.move == BlocMove::stayed && *s.bloc_b != *s.bloc_a) {
            s.move = BlocMove::moved;
            ++shift.moved;
        }
    }
    return shift;
}

} // namespace entente::analysis
