#pragma once
// The `ruptures` table (DESIGN.md section 6).
#include <optional>
#include <string>
#include <vector>

#include "analysis/rupture.hpp"
#include "model/dataset.hpp"
#include "model/event_store.hpp"
#include "render/table.hpp"

namespace entente::render {

/// One row per rupture: source,target,date,kind,before,after,magnitude,era,causes,signals.
/// `era` lists the era ids holding the date (source's first) separated by `|`;
/// `causes` lists the cause events separated by ` | `, each as
/// `date source->target code weight: summary (ref)`
/// (see causes_text). For undirected dyads
/// `focus`, when given, is listed as the source.
Table rupture_table(const model::Dataset& dataset, const model::EventStore& rows,
                    const std::vector<analysis::Rupture>& ruptures, bool directed, std::optional<ActorIndex> focus);

/// The causes separated by ` | `. An act recorded both ways (the same day,
/// act, description and ref with source and target swapped, as GDELT and
/// ICEWS code one meeting) is told once: `date A->B, B->A each code weight: ...`.
std::string causes_text(const model::Dataset& dataset, const model::EventStore& rows,
                        const std::vector<views::Evidence>& causes);

} // namespace entente::render
