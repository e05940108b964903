#pragma once
// The texts of rows kept from a reading that left them in the events file
// (EventRow::text_left: rows from a RowCopy), read back for the few rows a
// command prints.
#include <cstdint>
#include <vector>

#include "io/event_scan.hpp"
#include "model/dataset.hpp"

namespace entente::model {

/// Fills `summary` and `ref` of each item whose `row` left its text in the
/// dataset's events file, and marks its row as having it.
template <class Items> void read_left_texts(const Dataset& dataset, Items& items)
{
    std::vector<std::uint64_t> offsets;
    for (const auto& item : items)
        if (item.row.text_left) offsets.push_back(item.row.offset);
    if (offsets.empty()) return;
    std::vector<io::RowText> texts = io::read_row_texts(dataset.events_file.string(), offsets);
    std::size_t k = 0;
    for (auto& item : items)
        if (item.row.text_left) {
            item.summary = std::move(texts[k].summary);
            item.ref = std::move(texts[k].ref);
            item.row.text_left = false;
            ++k;
        }
}

} // namespace entente::model
