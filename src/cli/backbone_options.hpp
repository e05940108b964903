#pragma once
// The options that thin a drawing too large to read to its backbone
// (render/backbone.hpp), shared by `export` and `report`: --backbone,
// --max-edges, --max-actors and, for export, --actor (an ego network).
#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "model/dataset.hpp"
#include "render/backbone.hpp"

namespace entente::cli {

struct BackboneOptions {
    std::string backbone = "disparity"; ///< METHOD or METHOD:PARAMETER
    std::size_t max_edges = render::BackboneRule{}.max_edges;
    std::size_t max_actors = render::BackboneRule{}.max_actors;
    std::string actor; ///< export: draw this actor's ego network
};

/// What the default backbone keeps, for the commands' footers.
extern const char* const k_backbone_help;

/// Adds --backbone, --max-edges and --max-actors to `command` in the option
/// group `group`, and --actor when `ego_network` (export).
void add_backbone_options(CLI::App& command, BackboneOptions& options, const std::string& group, bool ego_network);

/// Whether the command line gave any of the options.
bool backbone_options_given(const CLI::App& command);

/// The rule the options give. Throws UsageError for a --backbone that is
/// not one of the methods, a parameter out of range, a budget of zero or an
/// unknown --actor.
render::BackboneRule backbone_rule(const model::Dataset& dataset, const BackboneOptions& options);

/// The backbone of `diagram` under `rule` (render::backbone). A focus with
/// no relation in the diagram is a UsageError for an ego network and is
/// dropped otherwise (a report's focal actor absent from an era).
render::Diagram drawn_backbone(render::Diagram diagram, render::BackboneRule rule, const model::Dataset& dataset);

/// The dyads of `view` that `drawing` draws, as indexes into view.dyads(): the
/// backbone is chosen on the scores alone, so only these need their evidence read.
std::vector<std::size_t> drawn_dyads(const views::RelationGraph& view, const render::Diagram& drawing);

} // namespace entente::cli
