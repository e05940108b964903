#include "io/article_dates.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <fmt/format.h>
#include <string_view>

namespace entente::io {
namespace {

constexpr std::array<std::string_view, 12> k_months{"january",   "february", "march",    "april",
                                                    "may",       "june",     "july",     "august",
                                                    "september", "october",  "november", "december"};

/// The month (1-12) a word names: `March`, `Sept`, `Dec` (a full stop after an abbreviation is its own mark).
int month_number(const Word& w)
{
    if (w.mark || w.lower.size() < 3) return 0;
    for (std::size_t m = 0; m < k_months.size(); ++m) {
        if (w.lower == k_months[m]) return static_cast<int>(m) + 1;
        // Abbreviations need a capital: "may" in lower case is a verb.
        if (w.lower.size() <= 4 && w.lower != "may" && k_months[m].rfind(w.lower, 0) == 0 &&
            is_ascii_upper(w.text[0]) && w.lower != "mar" && w.lower != "jun")
            return static_cast<int>(m) + 1;
    }
    return 0;
}

std::optional<int> number(std::string_view text, std::size_t digits_min, std::size_t digits_max)
{
    if (text.size() < digits_min || text.size() > digits_max) return std::nullopt;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return value;
}

/// A year as prose writes one: four digits from 1000 to 2099.
std::optional<int> year_number(const Word& w)
{
    if (w.mark) return std::nullopt;
    const auto y = number(w.text, 4, 4);
    if (!y || *y < 1000 || *y > 2099) return std::nullopt;
    return y;
}

std::optional<PartialDate> written_date(int year, int month = 0, int day = 0)
{
    const std::string text = day     ? fmt::format("{:04}-{:02}-{:02}", year, month, day)
                             : month ? fmt::format("{:04}-{:02}", year, month)
                                     : fmt::format("{:04}", year);
    return parse_date(text).date;
}

/// Numbers written as words, for `seven months later`.
constexpr std::array<std::string_view, 13> k_counts{"",      "a",     "two",  "three", "four",   "five",  "six",
                                                    "seven", "eight", "nine", "ten",   "eleven", "twelve"};

std::optional<int> count_of(const Word& w)
{
    if (w.lower == "one" || w.lower == "an") return 1;
    for (std::size_t n = 1; n < k_counts.size(); ++n)
        if (w.lower == k_counts[n]) return static_cast<int>(n);
    return number(w.text, 1, 2);
}

/// Words after a number that make it no year: `2000 troops`, `$1500 million`.
bool counts_things(const std::vector<Word>& words, std::size_t i)
{
    static constexpr std::array<std::string_view, 12> k_units{"million", "billion",  "thousand", "people",
                                                              "troops",  "soldiers", "km",       "votes",
                                                              "percent", "%",        "tons",     "kilometres"};
    // "US$1500", and a law's name: "the Diplomatic and Consular Premises Act 1987".
    if (i > 0 && (words[i - 1].text == "$" || words[i - 1].text == "US$" || words[i - 1].text == "Act")) return true;
    return i + 1 < words.size() && std::find(k_units.begin(), k_units.end(), words[i + 1].lower) != k_units.end();
}

/// A hyphen or an en dash between two dates.
bool is_dash(const Word& w)
{
    return w.text == "-" || w.text == "\xE2\x80\x93";
}

class DateReader {
public:
    DateReader(const std::vector<Word>& words, std::optional<PartialDate> before) : m_w(words), m_before(before) {}

    std::vector<DateMention> run()
    {
        for (std::size_t i = 0; i < m_w.size();) {
            std::optional<DateMention> found = absolute(i);
            if (!found) found = relative(i);
            if (!found) {
                ++i;
                continue;
            }
            ranged(*found);
            found->since = !found->end && found->first > 0 && is(found->first - 1, "since");
            found->until = !found->end && found->first > 0 &&
                           (is(found->first - 1, "until") || is(found->first - 1, "till")) &&
                           !negated(found->first - 1);
            m_before = found->end ? *found->end : found->date;
            i = found->last;
            m_found.push_back(*found);
        }
        return m_found;
    }

private:
    const Word* at(std::size_t i) const { return i < m_w.size() ? &m_w[i] : nullptr; }

    bool is(std::size_t i, std::string_view lower) const { return i < m_w.size() && m_w[i].lower == lower; }

    /// Whether the word before `i` negates it: "it was not until 1939 that ..." dates an act, as "in 1939" would.
    bool negated(std::size_t i) const { return i > 0 && negates(m_w[i - 1]); }

    /// A date written out at `i`, with no earlier date needed.
    std::optional<DateMention> absolute(std::size_t i) const
    {
        if (i >= m_w.size()) return std::nullopt; // a range's link as the sentence's last word
        const Word& w = m_w[i];
        if (w.mark) return std::nullopt;
        // 1980-01-02, 2012-09 and 2011-2012 are one word.
        if (w.text.size() >= 7 && w.text[4] == '-') {
            if (auto d = parse_date(w.text).date) return DateMention{i, i + 1, *d, std::nullopt, false};
            const auto y1 = number(w.text.substr(0, 4), 4, 4);
            const auto y2 = number(w.text.substr(5), 4, 4);
            if (y1 && y2 && *y2 > *y1 && *y1 >= 1000 && *y2 <= 2099)
                return DateMention{i, i + 1, *written_date(*y1), written_date(*y2), false};
            return std::nullopt;
        }
        // The 1990s.
        if (w.text.size() == 5 && w.text.back() == 's' && w.text[3] == '0') {
            const auto y = number(w.text.substr(0, 4), 4, 4);
            if (y && *y >= 1000 && *y <= 2090)
                return DateMention{i, i + 1, *written_date(*y), written_date(*y + 9), false};
        }
        // 2 March 2008
        if (const auto day = number(w.text, 1, 2); day && i + 2 < m_w.size()) {
            const int month = month_number(m_w[i + 1]);
            const auto year = year_number(m_w[i + 2]);
            if (month && year)
                if (auto d = written_date(*year, month, *day)) return DateMention{i, i + 3, *d, std::nullopt, false};
        }
        if (const int month = month_number(w)) {
            std::size_t j = i + 1;
            if (at(j) && at(j)->text == ".") ++j; // Sept. 2008
            // March 2, 2008 and March 2 2008
            if (const Word* d = at(j); d && !d->mark) {
                if (const auto day = number(d->text, 1, 2)) {
                    std::size_t k = j + 1;
                    if (at(k) && at(k)->text == ",") ++k;
                    if (const Word* y = at(k); y && year_number(*y))
                        if (auto date = written_date(*year_number(*y), month, *day))
                            return DateMention{i, k + 1, *date, std::nullopt, false};
                }
            }
            // July 1981 and December, 1831
            if (at(j) && at(j)->text == ",") ++j;
            if (const Word* y = at(j); y && year_number(*y))
                return DateMention{i, j + 1, *written_date(*year_number(*y), month), std::nullopt, false};
            // "between January and February 1981": the first month is in the year of the second.
            if (const Word* link = at(i + 1);
                link && (link->lower == "and" || link->lower == "to" || link->lower == "until" || is_dash(*link))) {
                const std::optional<DateMention> end = absolute(i + 2);
                if (end && !end->end && end->date.precision == DatePrecision::month) {
                    const int year = year_of(end->date.interval.start);
                    if (month < month_of(end->date.interval.start))
                        return DateMention{i, end->last, *written_date(year, month), end->date, false};
                }
            }
            return std::nullopt;
        }
        // "the 1988 UN Convention", "the 2008 Andean crisis": a year in a name is no date of the sentence.
        const bool in_name = i > 0 && is(i - 1, "the") && i + 1 < m_w.size() && !m_w[i + 1].mark &&
                             m_w[i + 1].text[0] >= 'A' && m_w[i + 1].text[0] <= 'Z';
        if (const auto y = year_number(w); y && !counts_things(m_w, i) && !in_name)
            return DateMention{i, i + 1, *written_date(*y), std::nullopt, false};
        return std::nullopt;
    }

    /// `seven months later`, `a year later`, `the following year`, `the same year`, `the same period`.
    std::optional<DateMention> relative(std::size_t i) const
    {
        if (!m_before) return std::nullopt;
        const PartialDate before = *m_before;
        const int year = year_of(before.interval.start);
        // A date counted past the last that can be written (9999-12-31) is no date.
        const auto mention = [](std::size_t first, std::size_t last,
                                std::optional<PartialDate> date) -> std::optional<DateMention> {
            if (!date) return std::nullopt;
            return DateMention{first, last, *date, std::nullopt, true};
        };
        if ((is(i, "following") || is(i, "next")) && is(i + 1, "year") && i > 0 && is(i - 1, "the"))
            return mention(i - 1, i + 2, written_date(year + 1));
        if (is(i, "same") && i > 0 && is(i - 1, "the")) {
            if (is(i + 1, "year")) return mention(i - 1, i + 2, written_date(year));
            if (is(i + 1, "period") || is(i + 1, "time") || is(i + 1, "day") || is(i + 1, "month")) {
                if (is(i + 1, "day") && before.precision != DatePrecision::day) return std::nullopt;
                if (is(i + 1, "month") && before.precision == DatePrecision::year) return std::nullopt;
                return DateMention{i - 1, i + 2, before, std::nullopt, true};
            }
        }
        if (is(i, "that") && is(i + 1, "year")) return mention(i, i + 2, written_date(year));
        const auto n = count_of(m_w[i]);
        if (!n || !at(i + 2) || !is(i + 2, "later")) return std::nullopt;
        const std::string& unit = m_w[i + 1].lower;
        if (unit == "year" || unit == "years") return mention(i, i + 3, written_date(year + *n));
        if ((unit == "month" || unit == "months") && before.precision != DatePrecision::year) {
            const Day first = add_months(before.interval.start, *n);
            return mention(i, i + 3, written_date(year_of(first), month_of(first)));
        }
        if ((unit == "day" || unit == "days") && before.precision == DatePrecision::day) {
            const Day d = before.interval.start + *n;
            if (!written_date(year_of(d))) return std::nullopt;
            return mention(i, i + 3, PartialDate{{d, d + 1}, DatePrecision::day});
        }
        return std::nullopt;
    }

    /// Extends a date into a range when the words after it close one:
    /// `between 1910 and 1963`, `from 1994 until September 1998`, `1994–98`, `since 2007 until 2017`.
    void ranged(DateMention& m) const
    {
        if (m.end || m.relative) return;
        const std::size_t after = m.last;
        const Word* link = at(after);
        if (!link) return;
        const bool opened =
            m.first > 0 && (is(m.first - 1, "between") || is(m.first - 1, "from") || is(m.first - 1, "since"));
        const bool dash = is_dash(*link);
        if (dash && m.date.precision == DatePrecision::year && at(after + 1)) {
            // 1994–98: two digits after a dash end the range in the same century.
            if (const auto yy = number(at(after + 1)->text, 2, 2)) {
                const int start = year_of(m.date.interval.start);
                const int end = start / 100 * 100 + *yy;
                if (end > start) {
                    m.end = written_date(end);
                    m.last = after + 2;
                    return;
                }
            }
        }
        const bool closes = dash || (opened && (link->lower == "and" || link->lower == "until" || link->lower == "to" ||
                                                link->lower == "till"));
        if (!closes) return;
        std::optional<DateMention> end = absolute(after + 1);
        if (!end || end->end) return;
        if (end->date.interval.start <= m.date.interval.start) return;
        m.end = end->date;
        m.last = end->last;
    }

    const std::vector<Word>& m_w;
    std::optional<PartialDate> m_before;
    std::vector<DateMention> m_found;
};

} // namespace

std::vector<DateMention> find_dates(const std::vector<Word>& words, std::optional<PartialDate> before)
{
    return DateReader(words, before).run();
}

} // namespace entente::io
