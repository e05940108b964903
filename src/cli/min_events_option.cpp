#include "cli/min_events_option.hpp"

#include <fmt/format.h>

#include "analysis/min_events.hpp"

namespace entente::cli {

void add_min_events_option(CLI::App& command, std::size_t& min_events, const std::string& guards)
{
    min_events = static_cast<std::size_t>(analysis::k_default_min_events);
    command
        .add_option("--min-events", min_events, fmt::format("events needed {} (a row counts `count` times)", guards))
        ->capture_default_str();
}

} // namespace entente::cli
