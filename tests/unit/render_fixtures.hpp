#pragma once
// Datasets of tests/data loaded (and their events read) once for the render and views tests.
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "dataset_builder.hpp"
#include "model/dataset.hpp"

namespace entente::test {

/// tests/data/<name>, loaded and checked clean.
inline const model::Dataset& fixture(const std::string& name)
{
    static std::map<std::string, model::Dataset> loaded;
    auto it = loaded.find(name);
    if (it == loaded.end()) {
        io::Diagnostics diagnostics;
        it = loaded.emplace(name, load_and_read(std::string(ENTENTE_TEST_DATA) + "/" + name, {}, diagnostics)).first;
        BOOST_REQUIRE(!diagnostics.has_errors());
    }
    return it->second;
}

inline std::string read_text(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace entente::test
