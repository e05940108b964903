#pragma once
// Durations as users write them on the command line: `1y`, `3mo`, `2w`, `10d`.
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace entente {

/// A calendar step: whole months (years are 12 months) or whole days.
struct Duration {
    int months = 0;
    int days = 0;
    std::string text; ///< as the user wrote it

    /// Length in days, a year counting 365.2425 days and a month a twelfth of that.
    [[nodiscard]] double approx_days() const;
    /// The day this duration after `from` (calendar months keep the day of month at 1).
    [[nodiscard]] Day after(Day from) const;
};

/// Parses `<n>y`, `<n>mo`, `<n>w` or `<n>d` with n a positive whole number.
/// Throws UsageError naming the accepted forms.
Duration parse_duration(std::string_view text);

} // namespace entente
