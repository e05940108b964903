#pragma once
// Dates as English prose writes them, at the precision the text gives:
// `1980-01-02`, `2 March 2008`, `March 2, 2008`, `July 1981`, `1981`,
// `the 1990s` (a decade: its first year to its last), ranges (`between 1910
// and 1963`, `2011-2012`, `1994–98`, `from 1994 until September 1998`), and
// dates counted from the one before (`seven months later`, `the following
// year`, `in the same year`).
#include <cstddef>
#include <optional>
#include <vector>

#include "core/date.hpp"
#include "io/article_words.hpp"

namespace entente::io {

struct DateMention {
    std::size_t first = 0; ///< its first word
    std::size_t last = 0;  ///< one past its last word
    PartialDate date;
    std::optional<PartialDate> end; ///< the last date of a range or a decade
    bool relative = false;          ///< counted from an earlier date
    bool since = false;             ///< `since 2017`: when a state of things began, not when an act took place
    bool until = false;             ///< `until April 2010`: when a state of things ended, not when an act took place
};

/// The dates of a sentence, in order. A date counted from the one before
/// (`seven months later`) is read against the last date found before it,
/// in this sentence or in `before` (the caller's last one), and only at a
/// precision that date has: months from a month or a day, days from a day.
/// With none before, it is not read.
std::vector<DateMention> find_dates(const std::vector<Word>& words, std::optional<PartialDate> before);

} // namespace entente::io
