#include "io/country_tables.hpp"

#include <charconv>
#include <sstream>
#include <unordered_map>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "io/builtin_table.hpp"
#include "io/dataset_reader.hpp"
#include "io/embedded_data.hpp"
#include "io/table_reader.hpp"

namespace entente::io {
namespace {

template <typename T> using ByText = std::unordered_map<std::string, T, TransparentHash, std::equal_to<>>;

/// Reads a built-in table, handing each row's fields (in `columns` order) to `add`.
template <typename Add>
void read_builtin(std::string_view text, std::string_view name, const std::vector<ColumnSpec>& columns, Add add)
{
    std::istringstream in{std::string(text)};
    Diagnostics diagnostics;
    const std::string path = "<built-in " + std::string(name) + ">";
    TableReader table(in, path, diagnostics, columns);
    std::vector<std::string_view> fields(columns.size());
    while (table.next()) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            fields[c] = table.get(c);
        add(fields);
    }
    if (diagnostics.has_errors()) throw Fatal(format_diagnostic(diagnostics.all().front()));
}

struct CountryIndex {
    std::vector<Country> countries;
    ByText<std::size_t> by_code;
};

const CountryIndex& country_index()
{
    static const CountryIndex index = [] {
        CountryIndex i;
        read_builtin(embedded_countries_csv(), "countries.csv",
                     {{"code", true}, {"name", true}, {"aliases", true}, {"demonyms", true}, {"capitals", true}},
                     [&](const auto& f) {
                         i.by_code.emplace(std::string(f[0]), i.countries.size());
                         i.countries.push_back({std::string(f[0]), std::string(f[1]), split(f[2], '|'),
                                                split(f[3], '|'), split(f[4], '|')});
                     });
        return i;
    }();
    return index;
}

struct CameoIndex {
    std::vector<CameoCountry> codes;
    ByText<std::size_t> by_code;
};

const CameoIndex& cameo_index()
{
    static const CameoIndex index = [] {
        CameoIndex i;
        read_builtin(embedded_cameo_countries_csv(), "cameo_countries.csv",
                     {{"code", true}, {"iso3", true}, {"region", true}}, [&](const auto& f) {
                         i.by_code.emplace(std::string(f[0]), i.codes.size());
                         i.codes.push_back({std::string(f[0]), std::string(f[1]), std::string(f[2])});
                     });
        return i;
    }();
    return index;
}

struct IcewsIndex {
    std::vector<IcewsCountry> names;
    ByText<std::size_t> by_name;
    void add(std::string_view name, std::string_view iso3)
    {
        if (by_name.emplace(std::string(name), names.size()).second)
            names.push_back({std::string(name), std::string(iso3)});
    }
};

const IcewsIndex& icews_index()
{
    static const IcewsIndex index = [] {
        IcewsIndex i;
        read_builtin(embedded_icews_countries_csv(), "icews_countries.csv", {{"name", true}, {"iso3", true}},
                     [&](const auto& f) { i.add(f[0], f[1]); });
        for (const Country& c : country_index().countries)
            i.add(c.name, c.code);
        return i;
    }();
    return index;
}

struct CowIndex {
    std::vector<CowCountry> states;
    std::unordered_map<int, std::size_t> by_ccode;
};

const CowIndex& cow_index()
{
    static const CowIndex index = [] {
        CowIndex i;
        read_builtin(embedded_cow_countries_csv(), "cow_countries.csv", {{"ccode", true}, {"id", true}, {"name", true}},
                     [&](const auto& f) {
                         int ccode = 0;
                         std::from_chars(f[0].data(), f[0].data() + f[0].size(), ccode);
                         i.by_ccode.emplace(ccode, i.states.size());
                         i.states.push_back({ccode, std::string(f[1]), std::string(f[2])});
                     });
        return i;
    }();
    return index;
}

} // namespace

const std::vector<Country>& countries()
{
    return country_index().countries;
}

const Country* find_country(std::string_view code)
{
    const CountryIndex& index = country_index();
    const auto it = index.by_code.find(code);
    return it == index.by_code.end() ? nullptr : &index.countries[it->second];
}

const std::vector<CameoCountry>& cameo_countries()
{
    return cameo_index().codes;
}

const CameoCountry* find_cameo_country(std::string_view code)
{
    const CameoIndex& index = cameo_index();
    const auto it = index.by_code.find(code);
    return it == index.by_code.end() ? nullptr : &index.codes[it->second];
}

const std::vector<IcewsCountry>& icews_countries()
{
    return icews_index().names;
}

std::optional<std::string_view> icews_country_code(std::string_view name)
{
    const IcewsIndex& index = icews_index();
    if (const auto it = index.by_name.find(name); it != index.by_name.end())
        return std::string_view(index.names[it->second].iso3);
    return std::nullopt;
}

const std::vector<CowCountry>& cow_countries()
{
    return cow_index().states;
}

const CowCountry* find_cow_country(int ccode)
{
    const CowIndex& index = cow_index();
    const auto it = index.by_ccode.find(ccode);
    return it == index.by_ccode.end() ? nullptr : &index.states[it->second];
}

const ActorRegistry& builtin_organisations()
{
    static const ActorRegistry actors =
        read_builtin_table(embedded_organisations_csv(), "organisations.csv", read_actors);
    return actors;
}

} // namespace entente::io
