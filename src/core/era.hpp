#pragma once
// An era: a labelled period of one actor (a presidency, a decade, a war).
#include <optional>
#include <string>

#include "core/actor.hpp"
#include "core/date.hpp"

namespace entente {

struct Era {
    std::string id;    ///< `correa`
    ActorIndex actor = 0;
    std::string label; ///< `Rafael Correa`
    Day start = 0;
    std::optional<Day> end; ///< exclusive: the day the successor takes office; none = ongoing

    /// The era as a window; an ongoing era runs to `open_end`.
    [[nodiscard]] Interval window(Day open_end) const { return {start, end.value_or(open_end)}; }
};

} // namespace entente
