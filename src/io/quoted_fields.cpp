#include "io/quoted_fields.hpp"

#include <algorithm>
#include <vector>

namespace entente::io {

bool leaves_quote_open(std::string_view record)
{
    return std::count(record.begin(), record.end(), '"') % 2 != 0;
}

std::optional<std::size_t> split_quoted(std::string_view record, char separator, std::string& storage,
                                        std::span<std::string_view> fields)
{
    storage.clear();
    std::vector<std::size_t> ends; // where each decoded field ends in storage
    std::size_t i = 0;
    for (;;) {
        if (i < record.size() && record[i] == '"') {
            for (++i;; ++i) {
                if (i == record.size()) return std::nullopt; // the quote is left open
                if (record[i] != '"') {
                    storage += record[i];
                } else if (i + 1 < record.size() && record[i + 1] == '"') {
                    storage += '"';
                    ++i;
                } else {
                    ++i;
                    break;
                }
            }
            if (i < record.size() && record[i] != separator) return std::nullopt; // text after the closing quote
        } else {
            const std::size_t end = std::min(record.find(separator, i), record.size());
            storage.append(record.substr(i, end - i));
            i = end;
        }
        ends.push_back(storage.size());
        if (i == record.size()) break;
        ++i; // the separator
    }
    for (std::size_t k = 0, begin = 0; k < std::min(ends.size(), fields.size()); begin = ends[k++])
        fields[k] = std::string_view(storage).substr(begin, ends[k] - begin);
    return ends.size();
}

} // namespace entente::io
