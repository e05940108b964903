#pragma once
// `export --format dyad-years`: one row per dyad and year, the unit of
// analysis of Correlates of War style data sets.
#include <vector>

#include "render/table.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// `dyad-years`: for each year (each graph of `years`, a calendar year or
/// the part of it the view covers, in time order) and each dyad with events
/// in it: year,source,target,events,cooperation,conflict,score (source <
/// target in actor order unless directed: then who acted on whom; an event
/// that lasts weighs its share of days in each year and counts in the
/// events of each year it touches), and,
/// when the dataset has eras, source_era,target_era: the era of each side
/// that holds most of the year's days (the earlier of two that hold as
/// many), empty when the actor has none then.
Table dyad_years_table(const std::vector<views::RelationGraph>& years);

} // namespace entente::render
