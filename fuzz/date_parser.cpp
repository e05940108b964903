// Fuzz target: dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and durations (`3mo`).
#include "core/date.hpp"
#include "core/duration.hpp"
#include "core/errors.hpp"
#include "fuzz/fuzz_check.hpp"

using namespace entente;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text = fuzz::text_of(data, size);
    const DateParse parsed = parse_date(text);
    ENTENTE_FUZZ_CHECK(parsed.date.has_value() != !parsed.error.empty());
    if (parsed.date) {
        const PartialDate& d = *parsed.date;
        ENTENTE_FUZZ_CHECK(format_date(d) == text); // a date reads back as written
        ENTENTE_FUZZ_CHECK(d.interval.length() >= 1 && d.interval.length() <= 366);
        ENTENTE_FUZZ_CHECK(add_months(d.interval.start, 0) <= d.interval.start);
        ENTENTE_FUZZ_CHECK(year_of(d.interval.start) >= 1 && year_of(d.interval.start) <= 9999);
        ENTENTE_FUZZ_CHECK(parse_day(format_day(d.interval.start)) == d.interval.start);
        ENTENTE_FUZZ_CHECK(parse_day(text).has_value() == (d.precision == DatePrecision::day));
    }
    try {
        const Duration duration = parse_duration(text);
        ENTENTE_FUZZ_CHECK(duration.approx_days() >= 1);
        ENTENTE_FUZZ_CHECK(duration.after(0) > 0);
    } catch (const UsageError&) {
    }
    return 0;
}
