#include "render/table.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "render/markup.hpp"

namespace entente::render {
namespace {

std::size_t g_terminal_width = 0; ///< set_terminal_width: 0 never cuts

/// Text columns are never cut below this many characters (short ones, such as
/// dates and kinds, are not what makes a table too wide).
constexpr std::size_t k_narrowest_cut = 24;

/// Characters a terminal shows for a UTF-8 string (continuation bytes do not count).
std::size_t display_width(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string terminal_text(const Cell& cell)
{
    if (const auto* d = std::get_if<double>(&cell)) return fmt::format("{:.4f}", *d);
    return cell_text(cell);
}

nlohmann::ordered_json to_json(const Table& table)
{
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
            const Cell& cell = row[c];
            if (const auto* s = std::get_if<std::string>(&cell))
                object[table.columns[c]] = *s;
            else if (const auto* i = std::get_if<long long>(&cell))
                object[table.columns[c]] = *i;
            else if (const auto* d = std::get_if<double>(&cell))
                object[table.columns[c]] = printed_value(*d);
            else if (const auto* b = std::get_if<bool>(&cell))
                object[table.columns[c]] = *b;
            else
                object[table.columns[c]] = nullptr;
        }
        rows.push_back(std::move(object));
    }
    return rows;
}

/// `text` cut to `width` characters, its last one "…", when it is wider.
std::string cut_to(const std::string& text, std::size_t width)
{
    if (display_width(text) <= width) return text;
    std::string cut;
    std::size_t shown = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool starts_character = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (starts_character && ++shown == width) break;
        cut += text[i];
    }
    return cut + "…";
}

/// Narrows the widest text column, then the next, until a line fits `limit`
/// characters, none below k_narrowest_cut; numbers are never cut.
void fit_widths(std::vector<std::size_t>& width, const std::vector<bool>& numeric, std::size_t limit)
{
    std::size_t total = 2 * (width.size() - 1);
    for (const std::size_t w : width)
        total += w;
    while (total > limit) {
        // The widest text column gives up what it can before any other is cut.
        std::size_t widest = width.size();
        for (std::size_t c = 0; c < width.size(); ++c)
            if (!numeric[c] && (widest == width.size() || width[c] > width[widest])) widest = c;
        if (widest == width.size() || width[widest] <= k_narrowest_cut) return;
        const std::size_t step = std::min(total - limit, width[widest] - k_narrowest_cut);
        width[widest] -= step;
        total -= step;
    }
}

void write_aligned(std::ostream& out, const Table& table)
{
    std::vector<std::size_t> width(table.columns.size());
    std::vector<bool> numeric(table.columns.size(), true);
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        width[c] = display_width(table.columns[c]);
    std::vector<std::vector<std::string>> text;
    for (const auto& row : table.rows) {
        auto& line = text.emplace_back();
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const Cell cell = c < row.size() ? row[c] : Cell{};
            line.push_back(terminal_text(cell));
            width[c] = std::max(width[c], display_width(line.back()));
            if (std::holds_alternative<std::string>(cell) || std::holds_alternative<bool>(cell)) numeric[c] = false;
        }
    }
    if (g_terminal_width > 0 && !width.empty()) fit_widths(width, numeric, g_terminal_width);
    auto print_line = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string cell = cut_to(cells[c], width[c]);
            const std::string pad(width[c] - display_width(cell), ' ');
            if (c != 0) line += "  ";
            line += numeric[c] ? pad + cell : cell + (c + 1 == cells.size() ? "" : pad);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    print_line(table.columns);
    for (const auto& line : text)
        print_line(line);
}

} // namespace

Format parse_format(std::string_view text)
{
    if (text == "table") return Format::table;
    if (text == "csv") return Format::csv;
    if (text == "json") return Format::json;
    throw UsageError(fmt::format("unknown format '{}' (expected table, csv or json)", text));
}

std::string csv_escape(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::string cell_text(const Cell& cell)
{
    if (const auto* s = std::get_if<std::string>(&cell)) return *s;
    if (const auto* i = std::get_if<long long>(&cell)) return std::to_string(*i);
    if (const auto* d = std::get_if<double>(&cell)) return number_text(*d);
    if (const auto* b = std::get_if<bool>(&cell)) return *b ? "true" : "false";
    return {};
}

void set_terminal_width(std::size_t columns)
{
    g_terminal_width = columns;
}

void write_table(std::ostream& out, const Table& table, Format format)
{
    switch (format) {
    case Format::table:
        write_aligned(out, table);
        break;
    case Format::csv: {
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            out << (c ? "," : "") << csv_escape(table.columns[c]);
        out << '\n';
        for (const auto& row : table.rows) {
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                out << (c ? "," : "") << csv_escape(c < row.size() ? cell_text(row[c]) : std::string());
            out << '\n';
        }
        break;
    }
    case Format::json:
        out << to_json(table).dump(2) << '\n';
        break;
    }
}

void write_tables(std::ostream& out, const std::vector<Table>& tables, Format format)
{
    if (format == Format::json) {
        nlohmann::ordered_json document = nlohmann::ordered_json::object();
        for (const auto& t : tables)
            document[t.name] = to_json(t);
        out << document.dump(2) << '\n';
        return;
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (i != 0) out << '\n';
        if (format == Format::csv)
            out << "# " << tables[i].name << '\n';
        else
            out << tables[i].name << '\n';
        write_table(out, tables[i], format);
    }
}

} // namespace entente::render
