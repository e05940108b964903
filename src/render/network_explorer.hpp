#pragma once
// The report's interactive network: a slider through the eras and through
// rolling windows, drawn by cytoscape.js (vendor/cytoscape, inlined) at the
// places of the eras' shared Graphviz layout, so no actor moves as the
// slider does. Everything it shows is data the report already computed
// (each step's drawing with its relations' scores, channels and evidence,
// the ruptures table), written into the page as JSON; the script draws it
// and looks things up, it analyses nothing. Without JavaScript the section
// says so, and the static diagrams and tables of the page stand.
#include <string>
#include <vector>

#include "render/diagram.hpp"
#include "render/dot_writer.hpp"
#include "render/table.hpp"
#include "views/relation_graph.hpp"

namespace entente::render {

/// One position of the slider: a view and what its drawing shows.
struct ExplorerStep {
    ExplorerStep(std::string id_, std::string label_, const views::RelationGraph& view_, const Diagram& drawing_)
        : id(std::move(id_)), label(std::move(label_)), view(&view_), drawing(&drawing_)
    {
    }

    std::string id;    ///< the era id, or the window's dates
    std::string label; ///< the era's label, or the window's dates
    const views::RelationGraph* view;
    const Diagram* drawing; ///< its nodes and edges are drawn (a backbone when the view is large)
};

struct ExplorerContent {
    const model::Dataset& dataset;
    ActorIndex focal;
    const PinnedPage& page;            ///< the eras' shared layout: where each actor sits
    std::vector<ExplorerStep> eras;    ///< in time order
    std::vector<ExplorerStep> windows; ///< rolling windows, in time order; may be empty
    std::string window_length;         ///< `1y`: the windows' length, as --window gives it
    const Table& ruptures;             ///< as `entente ruptures --actor FOCAL` prints them
};

/// The page's data: `{dataset, focal, window, width, height, actors: [{id,
/// name, kind, x, y}], events: [[date, source, target, code, weight, count,
/// summary, ref]], codes: {code: name}, eras and windows: [{id, label, start,
/// end, not_drawn, actors: [{id, strength, bloc?}], relations: [{source,
/// target, score, cooperation, conflict, events, evidence: [[event,
/// contribution]]}]}], ruptures: [rows of the ruptures table]}`. Each event
/// is listed once, as an array to keep the page light, and named by its
/// index; y grows downwards, as on screen. A relation with an actor that has
/// no place in the shared layout is left out and counted in `not_drawn`.
/// Deterministic.
std::string explorer_json(const ExplorerContent& content);

/// The section's body: the controls, the note for readers without
/// JavaScript, the data, cytoscape.js and the script that ties them.
std::string explorer_html(const ExplorerContent& content);

/// The content security policy of the page: nothing from the network, only
/// its own inline styles and scripts.
std::string_view report_content_policy();

} // namespace entente::render
