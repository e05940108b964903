#pragma once
// Data files of the source tree compiled into the executable, so that it
// works from any folder.
#include <string_view>

namespace entente::io {

/// The text of data/cameo.csv.
std::string_view embedded_cameo_csv();

} // namespace entente::io
