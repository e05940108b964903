#pragma once
// The rows behind the numbers a command prints. An accumulation keeps no
// rows (views/dyad_cells.hpp), so what is printed is asked for once the
// analyses are done, and one more reading of the events file finds, for each
// dyad and view asked about, the rows that contributed most, with their text.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "views/dyad_cells.hpp"
#include "views/relation_graph.hpp"
#include "views/view_spec.hpp"

namespace entente::views {

class EvidenceFinder {
public:
    explicit EvidenceFinder(bool directed) : m_directed(directed) {}

    /// Registers a view (a window or an instant); returns its index.
    std::size_t add_view(const ViewSpec& view);
    /// Asks for the `limit` largest |contributions| of `dyad` to view `view`
    /// (order-free unless directed). Asking twice keeps the larger limit.
    void want(std::size_t view, DyadKey dyad, std::size_t limit);
    /// Asks for the first recorded event of `dyad` (earliest start, then
    /// line) among those starting before view `view` ends.
    void want_first(std::size_t view, DyadKey dyad);
    /// Asks for every dyad of `graph`, read off view `view`.
    void want_all(std::size_t view, const RelationGraph& graph, std::size_t limit);
    [[nodiscard]] bool empty() const { return m_wishes.empty(); }

    /// Reads the events of `dataset` again (after its first reading) and
    /// keeps what was asked for. O(rows + contributions of the dyads asked about).
    void run(const model::Dataset& dataset, std::size_t threads);

    /// The rows found, in time order, with their text.
    [[nodiscard]] const model::EventStore& rows() const { return *m_rows; }
    [[nodiscard]] std::shared_ptr<const model::EventStore> rows_shared() const { return m_rows; }
    /// The first event of `dyad` up to view `view`'s end (its contribution to the view), when asked for and found.
    [[nodiscard]] std::optional<Evidence> found_first(std::size_t view, DyadKey dyad) const;
    /// What was found for `dyad` in view `view`, largest |contribution| first
    /// (then in time order); nullptr when it was not asked for.
    [[nodiscard]] const std::vector<Evidence>* found(std::size_t view, DyadKey dyad) const;

private:
    struct Wish {
        std::size_t view = 0;
        std::size_t limit = 0; ///< 0: the first event is wished for, not the largest
        std::size_t id = 0;    ///< its place among all wishes, for the readers' buffers
        std::vector<Evidence> found;
    };
    [[nodiscard]] std::uint64_t key_of(DyadKey dyad) const;

    bool m_directed;
    std::vector<ViewSpec> m_views;
    std::unordered_map<std::uint64_t, std::vector<Wish>> m_wishes; ///< by dyad
    std::size_t m_wish_count = 0;
    std::shared_ptr<const model::EventStore> m_rows = std::make_shared<model::EventStore>();
};

/// Finds, in one more reading of the events, up to `limit` rows of evidence
/// for the dyads `cited[v]` of each view `views[v]` (and with `first`, the
/// first recorded event of each); no reading when nothing is cited. View v is
/// the finder's view v.
EvidenceFinder find_evidence(const model::Dataset& dataset, const std::vector<ViewSpec>& views,
                             const std::vector<std::vector<DyadKey>>& cited, std::size_t limit, std::size_t threads,
                             bool first = false);

/// Finds, in one more reading of the events, up to `limit` rows of evidence
/// for the dyads `wanted(g)` names in each graph g (indexes into its
/// dyads()), and attaches them; no reading when no dyad is wanted.
/// With `first`, the first recorded event of each of them too (RelationGraph's Dyad::first).
void attach_evidence(const model::Dataset& dataset, const std::vector<RelationGraph*>& graphs,
                     const std::function<std::vector<std::size_t>(std::size_t)>& wanted, std::size_t limit,
                     std::size_t threads, bool first = false);

} // namespace entente::views
