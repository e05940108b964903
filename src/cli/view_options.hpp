#pragma once
// The view options every analysis command shares: `--era`, `--from/--to`,
// `--at/--half-life`, `--window/--step`, `--directed`, `--epsilon`.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/dataset.hpp"
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

/// The views the options ask for, in time order: one (the whole span, an era,
/// a window or an instant) or a series of rolling windows. Throws UsageError
/// for an unknown era, bad dates, or options that cannot go together.
std::vector<views::ViewSpec> resolve_views(const model::Dataset& dataset, const ViewOptions& options);

} // namespace entente::cli
