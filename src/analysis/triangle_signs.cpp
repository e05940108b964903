#include "analysis/triangle_signs.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace entente::analysis {

TriangleCounts count_triangles_by_sign(std::size_t vertices, std::span<const SignedEdge> edges)
{
    if (vertices > k_max_triangle_sign_vertices)
        throw std::invalid_argument("count_triangles_by_sign: too many vertices for its bit sets");
    const std::size_t words = (vertices + 63) / 64;
    std::vector<std::uint64_t> friends(vertices * words), enemies(vertices * words);
    for (const SignedEdge& e : edges) {
        std::vector<std::uint64_t>& set = e.weight > 0 ? friends : enemies;
        set[e.u * words + e.v / 64] |= std::uint64_t{1} << (e.v % 64);
        set[e.v * words + e.u / 64] |= std::uint64_t{1} << (e.u % 64);
    }
    TriangleCounts counts;
    for (const SignedEdge& e : edges) {
        // Each triangle once: at the tie between its two lowest vertices.
        const std::size_t u = std::min(e.u, e.v), v = std::max(e.u, e.v);
        long long both_friends = 0, mixed = 0, both_enemies = 0;
        const std::size_t first = (v + 1) / 64;
        for (std::size_t k = first; k < words; ++k) {
            const std::uint64_t above = k == first ? ~std::uint64_t{0} << ((v + 1) % 64) : ~std::uint64_t{0};
            const std::uint64_t fu = friends[u * words + k] & above, eu = enemies[u * words + k] & above;
            const std::uint64_t fv = friends[v * words + k], ev = enemies[v * words + k];
            both_friends += std::popcount(fu & fv);
            mixed += std::popcount(fu & ev) + std::popcount(eu & fv);
            both_enemies += std::popcount(eu & ev);
        }
        if (e.weight > 0) {
            counts.ppp += both_friends;
            counts.ppn += mixed;
            counts.pnn += both_enemies;
        } else {
            counts.ppn += both_friends;
            counts.pnn += mixed;
            counts.nnn += both_enemies;
        }
    }
    return counts;
}

} // namespace entente::analysis
