#pragma once
// The view options every analysis command shares: `--era`, `--from/--to`,
// `--at/--half-life`, `--window/--step`, `--directed`, `--epsilon`.
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/diagnostics.hpp"
#include "model/dataset.hpp"
#include "views/dyad_cells.hpp"
#include "views/view_spec.hpp"

namespace entente::cli {

struct ViewOptions {
    std::string era;
    std::string from, to;
    std::string at;
    std::string half_life = "2y";
    std::string window, step;
    bool directed = false;
    std::optional<double> epsilon; ///< unset: 0, or k_decayed_epsilon for an instant
};

/// The edge threshold of an instant (`--at`) unless --epsilon is given: a
/// decayed view forgets a relation whose score has faded below it, as the
/// strongest act (Goldstein 10) does after ten half-lives (10 / 2^10 < 0.01).
/// Without it nothing is ever forgotten: an 1820s treaty seen in 2008 with a
/// one-year half-life still weighs 1e-56 and makes a tie.
inline constexpr double k_decayed_epsilon = 0.01;

/// Adds the view options to a command, in an option group of their own.
void add_view_options(CLI::App& command, ViewOptions& options);

/// Throws UsageError naming --directed when `options` ask for a directed view
/// and `command` reads undirected ties only (balance, blocs, cliques and cores
/// are defined on them: analysis::require_undirected).
void refuse_directed(std::string_view command, const ViewOptions& options);

/// The date an option names (YYYY, YYYY-MM or YYYY-MM-DD); throws UsageError naming `name`.
PartialDate date_option(std::string_view name, const std::string& text);

/// The days `--from FROM --to TO` cover. Every range includes both its
/// dates at their precision, as `FIRST..LAST` does: `--from 2008 --to 2009`
/// is the years 2008 and 2009, `--to 2009-03` ends with March 2009. An empty
/// text leaves that end open. Throws UsageError when TO ends before FROM starts.
struct DateRange {
    std::optional<Day> start, end; ///< end excluded: the day after TO
};
DateRange date_range(const std::string& from, const std::string& to);

/// The accumulation the options' views are read off: the grid of their
/// boundaries (an era's, a window's, an instant's day after, a series'),
/// decayed for an instant, directed or not. Throws UsageError for an unknown
/// era, bad dates, or options that cannot go together.
std::shared_ptr<views::CellsSpec> cells_spec(const model::Dataset& dataset, const ViewOptions& options);

/// The views the options ask for, in time order, once the events were read:
/// one (the whole span, an era, a window or an instant) or a series of
/// rolling windows. Throws UsageError as cells_spec() does, and for a series
/// of too many windows.
std::vector<views::ViewSpec> resolve_views(const model::Dataset& dataset, const ViewOptions& options);

/// The views of the options and the accumulation they are read off.
struct ViewReading {
    std::vector<views::ViewSpec> views;
    views::DyadCells cells;
};

/// Reads the events of an open dataset (open_dataset) for the views of the
/// options: every problem found is reported, then the views are resolved.
ViewReading read_views(model::Dataset& dataset, const ViewOptions& options, io::Diagnostics& problems);

} // namespace entente::cli
