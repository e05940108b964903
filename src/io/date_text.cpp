#include "io/date_text.hpp"

namespace entente::io {

std::string date_text(Day first, DatePrecision precision)
{
    const Day end = precision == DatePrecision::year    ? add_months(first, 12)
                    : precision == DatePrecision::month ? add_months(first, 1)
                                                        : first + 1;
    return format_date(PartialDate{{first, end}, precision});
}

} // namespace entente::io
