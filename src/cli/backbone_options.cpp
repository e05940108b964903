#include "cli/backbone_options.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <set>

#include "cli/dataset_lookup.hpp"
#include "core/errors.hpp"

namespace entente::cli {
namespace {

[[noreturn]] void bad_backbone(const std::string& text, const std::string& why)
{
    throw UsageError(fmt::format("--backbone '{}': {}", text, why));
}

/// The number after the colon of `text`, whole: all of it must be read.
template <typename Number> std::optional<Number> parameter(std::string_view digits)
{
    Number value{};
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
    return value;
}

} // namespace

const char* const k_backbone_help =
    "A view with more than --max-edges relations or --max-actors actors (machine-coded data such as GDELT\n"
    "or ICEWS ties nearly every state to every other) is drawn as its backbone, and the caption says what\n"
    "was left out. By default (--backbone disparity) the disparity filter of Serrano, Boguñá and Vespignani\n"
    "(PNAS 2009) keeps a tie when it takes a larger share of one of its two actors' strength (the sum of\n"
    "|score| over its ties) than chance would give it at alpha = 0.05, signs kept, among the --max-actors\n"
    "actors of most strength; the --max-edges most significant of those are drawn, and actors left without\n"
    "a kept tie are not. disparity:0.01 keeps fewer; strongest keeps the strongest ties; per-actor:K keeps\n"
    "each actor's K strongest (default 2); none draws every tie, however many. Smaller views are drawn\n"
    "whole. Only drawings are thinned: the analyses and the data files (GraphML, GEXF, JSON, CSV) use\n"
    "every tie.\n"
    "Large drawings are laid out by sfdp with straight edges, within seconds; edges curve around the nodes\n"
    "only while routing them stays within about a second's work, counted from the size, so the same input\n"
    "still gives the same bytes.";

void add_backbone_options(CLI::App& command, BackboneOptions& options, const std::string& group, bool ego_network)
{
    command
        .add_option("--backbone", options.backbone,
                    "the ties a drawing over its budget keeps: disparity[:ALPHA] (the disparity filter, alpha 0.05), "
                    "strongest, per-actor[:K] (K = 2) or none (every tie)")
        ->capture_default_str()
        ->group(group);
    command
        .add_option("--max-edges", options.max_edges,
                    "relations drawn at most: a view with more is drawn as its backbone")
        ->capture_default_str()
        ->group(group);
    command.add_option("--max-actors", options.max_actors, "actors drawn at most: those of most strength")
        ->capture_default_str()
        ->group(group);
    if (ego_network)
        command
            .add_option("--actor", options.actor,
                        "draw this actor's ego network: it, its partners and the ties between them (an actor id, "
                        "e.g. USA), its own ties kept first")
            ->group(group);
}

bool backbone_options_given(const CLI::App& command)
{
    const std::vector<const CLI::Option*> options = command.get_options();
    return std::any_of(options.begin(), options.end(), [](const CLI::Option* o) {
        const std::string name = o->get_name();
        return o->count() > 0 &&
               (name == "--backbone" || name == "--max-edges" || name == "--max-actors" || name == "--actor");
    });
}

render::BackboneRule backbone_rule(const model::Dataset& dataset, const BackboneOptions& options)
{
    render::BackboneRule rule;
    const std::string& text = options.backbone;
    const std::size_t colon = text.find(':');
    const std::string method = text.substr(0, colon);
    const std::optional<std::string> value =
        colon == std::string::npos ? std::nullopt : std::optional<std::string>(text.substr(colon + 1));
    if (method == "disparity") {
        rule.method = render::BackboneMethod::disparity;
        if (value) {
            const std::optional<double> alpha = parameter<double>(*value);
            if (!alpha || !(*alpha > 0.0 && *alpha <= 1.0))
                bad_backbone(text, "ALPHA is the significance level, a number above 0 and at most 1, e.g. "
                                   "disparity:0.01");
            rule.alpha = *alpha;
        }
    } else if (method == "per-actor") {
        rule.method = render::BackboneMethod::per_actor;
        if (value) {
            const std::optional<std::size_t> k = parameter<std::size_t>(*value);
            if (!k || *k == 0)
                bad_backbone(text, "K is the ties kept of each actor, a whole number from 1, e.g. per-actor:3");
            rule.per_actor = *k;
        }
    } else if (method == "strongest" || method == "none") {
        rule.method = method == "none" ? render::BackboneMethod::none : render::BackboneMethod::strongest;
        if (value) bad_backbone(text, fmt::format("{} takes no parameter", method));
    } else {
        bad_backbone(text, "expected disparity[:ALPHA], strongest, per-actor[:K] or none");
    }
    if (options.max_edges == 0)
        throw UsageError("--max-edges must be at least 1; to draw every tie, use --backbone none");
    if (options.max_actors == 0)
        throw UsageError("--max-actors must be at least 1; to draw every actor, use --backbone none");
    rule.max_edges = options.max_edges;
    rule.max_actors = options.max_actors;
    if (!options.actor.empty()) {
        rule.focus = require_actor(dataset, "--actor", options.actor);
        rule.ego_network = true;
    }
    return rule;
}

render::Diagram drawn_backbone(render::Diagram diagram, render::BackboneRule rule, const model::Dataset& dataset)
{
    if (rule.focus && std::none_of(diagram.nodes.begin(), diagram.nodes.end(),
                                   [&](const render::DiagramNode& n) { return n.actor == *rule.focus; })) {
        if (rule.ego_network)
            throw UsageError(fmt::format("--actor {} has no relation in {}: there is no ego network to draw",
                                         dataset.actors.id(*rule.focus), diagram.title));
        rule.focus.reset();
    }
    return render::backbone(std::move(diagram), rule);
}

std::vector<std::size_t> drawn_dyads(const views::RelationGraph& view, const render::Diagram& drawing)
{
    std::set<std::pair<ActorIndex, ActorIndex>> drawn;
    for (const render::DiagramEdge& e : drawing.edges)
        drawn.emplace(drawing.nodes[e.source].actor, drawing.nodes[e.target].actor);
    std::vector<std::size_t> dyads;
    for (std::size_t d = 0; d < view.dyads().size(); ++d)
        if (drawn.count({view.dyads()[d].a, view.dyads()[d].b}) != 0) dyads.push_back(d);
    return dyads;
}

} // namespace entente::cli
