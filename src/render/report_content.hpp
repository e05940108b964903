#pragma once
// What the report shows, assembled as its page: one section per era (its
// diagram and the tables its commands print), and the sections around them.
// The report command (cli/cmd_report.cpp) computes; this file writes HTML.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/actor_metrics.hpp"
#include "analysis/bloc_search.hpp"
#include "analysis/dataset_summary.hpp"
#include "analysis/tie.hpp"
#include "render/alliances_tables.hpp"
#include "render/balance_tables.hpp"
#include "render/diagram.hpp"
#include "render/report_html.hpp"
#include "render/shift_tables.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// Everything computed for one era: the tables are those `metrics --era ID`,
/// `metrics --era ID --actor FOCAL --top N --evidence 1`, `alliances --era ID`
/// and `balance --era ID` print.
struct EraReport {
    const Era* era = nullptr;
    std::unique_ptr<views::RelationGraph> view;
    Table metrics;                                    ///< actors, by strength
    std::vector<Table> relations;                     ///< the focal actor's top relations and their main events
    AlliancesTables blocs;                            ///< blocs, hostility, breaking_dyads, bloc_search
    BalanceTables balance;                            ///< balance, frustrating_dyads, camps
    std::optional<Diagram> diagram;                   ///< none when no events fall in the era; its backbone when large
    std::string dot, svg;                             ///< the diagram drawn on the page all eras share
    std::vector<analysis::ActorMetric> actor_metrics; ///< for the era-by-era rank sentences
    analysis::BlocPartition bloc_partition;           ///< for the era-by-era bloc sentences
    std::vector<analysis::Tie> frustrating;           ///< the rows of balance.dyads, in order
};

/// Everything the page shows, computed by the report command.
struct ReportContent {
    ReportContent(const model::Dataset& dataset_, ActorIndex focal_, const analysis::DatasetSummary& summary_,
                  const Table& eras_, std::string timeline_svg_, const std::vector<EraReport>& era_reports_,
                  const Table& ruptures_, const std::vector<ShiftTables>& pairs_, std::string made_by_,
                  std::string explorer_)
        : dataset(dataset_), focal(focal_), summary(summary_), eras(eras_), timeline_svg(std::move(timeline_svg_)),
          era_reports(era_reports_), ruptures(ruptures_), pairs(pairs_), made_by(std::move(made_by_)),
          explorer(std::move(explorer_))
    {
    }

    const model::Dataset& dataset;
    ActorIndex focal;
    const analysis::DatasetSummary& summary;
    const Table& eras; ///< the focal actor's eras with their events
    std::string timeline_svg;
    const std::vector<EraReport>& era_reports;
    const Table& ruptures;                 ///< as `entente ruptures --actor FOCAL` prints them
    const std::vector<ShiftTables>& pairs; ///< each consecutive pair of eras, as `compare --between` tells it
    std::string made_by;                   ///< the command line, for the footer
    std::string explorer;                  ///< the interactive network's section (network_explorer.hpp); empty: none
};

/// The page: summary, timeline, the interactive network, one section per era, ruptures, era by era.
ReportPage report_page(const ReportContent& content);

} // namespace entente::render
