#pragma once
// Scripts compiled into the executable for the report's interactive network,
// so that the page holds them inline and loads nothing.
#include <string_view>

namespace entente::render {

/// vendor/cytoscape/cytoscape.min.js, unchanged (its version and checksum: vendor/cytoscape/README.md).
std::string_view cytoscape_js();
/// src/render/network_explorer.js: draws the page's data with cytoscape.js.
std::string_view explorer_js();

} // namespace entente::render
