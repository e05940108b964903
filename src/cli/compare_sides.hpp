#pragma once
// The two sides of a comparison (`entente compare --between`, `entente
// export --between`): two eras, every consecutive pair of one actor's eras, or two
// windows.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/dataset.hpp"
#include "render/shift_summary.hpp"
#include "views/view_spec.hpp"

namespace entente::cli {

/// One side of a comparison: a view and how sentences name it. The view's
/// label names it in tables: the era's id, or a window's span (`2000..2006`, `2018-06`).
struct Side {
    views::ViewSpec spec;
    render::Period period; ///< under `Rafael Correa`, from `2000 to 2006`, in `2018-06`, on `2018-06-02`
};

using SidePair = std::pair<Side, Side>;

struct CompareSideOptions {
    std::vector<std::string> between; ///< two era ids or windows, or `all`
    std::vector<std::string> from, to;
    bool directed = false;
};

/// Adds `--between A B|all`, `--from/--to` (twice) and `--directed`.
void add_compare_side_options(CLI::App& command, CompareSideOptions& options);

/// Takes `--between`'s old spelling `words` (compare's `--eras A B`, export's
/// `--compare A B`, named `option`) into `options`, with a warning on stderr
/// naming the new one; the old spellings go in the next release.
void take_old_between(const std::string& option, const std::vector<std::string>& words, CompareSideOptions& options);

/// One side given as text (`--between A B`): an era id,
/// or a window `FIRST..LAST` whose dates are both inclusive at their precision
/// (`2000..2006` is the seven years 2000 to 2006, `2019-04..2019-04` April
/// 2019). `option` names the option in errors. Throws UsageError.
Side named_side(const model::Dataset& dataset, const std::string& option, const std::string& text, bool directed);

/// Notes on stderr, once the events were read, for each ongoing era among
/// the sides: its rates per year are over its days up to the end of the data
/// (or it holds no events when it starts after them).
void note_ongoing_eras(const model::Dataset& dataset, const std::vector<SidePair>& pairs);

/// The pairs to compare, in order: `--between A B` (eras or windows); `--between all`, every
/// consecutive pair of the focal actor's eras (or of the only actor with
/// eras) by start date; or two `--from/--to` windows. Throws UsageError.
std::vector<SidePair> compare_sides(const model::Dataset& dataset, const CompareSideOptions& options,
                                    std::optional<ActorIndex> focal);

} // namespace entente::cli
