#include "render/shift_summary.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace entente::render {
namespace {

using analysis::DyadShift;
using analysis::Flip;

std::string tone(double rate)
{
    return rate > 0 ? "friendly" : "hostile";
}

/// The evidence event whose contribution pushed the dyad the way it moved:
/// in B one of the change's sign, or else in A one of the opposite sign.
std::string explanation(const model::Dataset& dataset, const DyadShift& s)
{
    const double direction = s.change >= 0 ? 1.0 : -1.0;
    const views::Evidence* best = nullptr;
    if (s.in_b) {
        for (const auto& e : s.in_b->evidence)
            if (e.contribution * direction > 0) {
                best = &e;
                break;
            }
    }
    if (!best && s.in_a) {
        for (const auto& e : s.in_a->evidence)
            if (e.contribution * direction < 0) {
                best = &e;
                break;
            }
    }
    if (!best) return {};
    const auto& events = dataset.events;
    const std::string_view summary = events.summary(best->event);
    return fmt::format("; {}: {}", events.date_text(best->event),
                       summary.empty() ? dataset.cameo.at(events.code(best->event)).name : std::string(summary));
}

std::string subject(const model::Dataset& dataset, const DyadShift& s, const std::optional<ActorIndex>& focal)
{
    if (focal) {
        const ActorIndex partner = s.a == *focal ? s.b : s.a;
        return fmt::format("relations with {}", dataset.actors.at(partner).name);
    }
    return fmt::format("relations between {} and {}", dataset.actors.at(s.a).name, dataset.actors.at(s.b).name);
}

std::string what_happened(const DyadShift& s)
{
    switch (s.flip) {
    case Flip::foe_to_friend:
        return "turned from hostile to friendly";
    case Flip::friend_to_foe:
        return "turned from friendly to hostile";
    case Flip::appeared:
        return fmt::format("began, {}", tone(s.rate_b));
    case Flip::gone:
        return fmt::format("fell silent after being {}", tone(s.rate_a));
    case Flip::none:
        break;
    }
    return s.change > 0 ? "improved" : "worsened";
}

} // namespace

std::vector<std::string> shift_sentences(const model::Dataset& dataset, const analysis::EraShift& shift,
                                         const ShiftContext& context)
{
    std::vector<const DyadShift*> chosen;
    for (const auto& s : shift.dyads)
        if (s.flip == Flip::foe_to_friend || s.flip == Flip::friend_to_foe) chosen.push_back(&s);
    for (const auto& s : shift.dyads) {
        if (chosen.size() >= context.max_sentences) break;
        if (s.change != 0 && std::find(chosen.begin(), chosen.end(), &s) == chosen.end()) chosen.push_back(&s);
    }
    if (chosen.size() > context.max_sentences) chosen.resize(context.max_sentences);

    std::vector<std::string> sentences;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const DyadShift& s = *chosen[i];
        const std::string opening =
            i == 0 ? fmt::format("Under {} (after {}), ", context.label_b, context.label_a) : std::string();
        std::string text =
            fmt::format("{}{} {} ({:+.2f} to {:+.2f} a year{}).", opening, subject(dataset, s, context.focal),
                        what_happened(s), s.rate_a, s.rate_b, explanation(dataset, s));
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        sentences.push_back(std::move(text));
    }
    if (sentences.empty())
        sentences.push_back(fmt::format("No relation changed between {} and {}.", context.label_a, context.label_b));
    return sentences;
}

} // namespace entente::render
