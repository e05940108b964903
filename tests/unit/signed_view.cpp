#include "signed_view.hpp"

#include <fmt/format.h>
#include <random>

#include "io/dataset_reader.hpp"

namespace entente::testing {

SignedView::SignedView(std::size_t actors, const Ties& ties, double epsilon)
    : m_dataset(std::make_unique<model::Dataset>())
{
    m_dataset->name = "signed";
    m_dataset->cameo.add({"010", "Make statement", 0.0});
    for (std::size_t i = 0; i < actors; ++i) {
        const std::string id = actors <= 26 ? std::string(1, static_cast<char>('A' + i)) : fmt::format("A{:03}", i);
        m_dataset->actors.add({id, id, ActorKind::state, "", {}});
    }
    auto spec = std::make_shared<views::CellsSpec>(); // one cell: every tie is on day 0
    views::DyadCells cells(spec, m_dataset->cameo);
    std::uint32_t line = 2;
    for (const auto& [a, b, score] : ties) {
        io::EventRow row;
        row.date = {{0, 1}, DatePrecision::day};
        row.interval = {0, 1};
        row.source = a;
        row.target = b;
        row.weight = score;
        row.line = line++;
        cells.add(row);
    }
    cells.finish();
    m_dataset->span = ties.empty() ? Interval{0, 0} : Interval{0, 1};
    m_dataset->events_read = true;
    views::ViewSpec view;
    view.window = m_dataset->span;
    view.label = "all";
    view.epsilon = epsilon;
    m_graph = std::make_unique<views::RelationGraph>(*m_dataset, cells, view);
}

Ties random_ties(std::size_t actors, double density, std::uint64_t seed)
{
    std::mt19937_64 engine(seed);
    const auto uniform = [&] { return static_cast<double>(engine() >> 11) * 0x1.0p-53; };
    Ties ties;
    for (ActorIndex a = 0; a < actors; ++a) {
        for (ActorIndex b = a + 1; b < actors; ++b) {
            if (uniform() >= density) continue;
            double score = 0.0;
            while (score == 0.0)
                score = 20.0 * uniform() - 10.0;
            ties.emplace_back(a, b, score);
        }
    }
    return ties;
}

} // namespace entente::testing
