#include "render/svg_renderer.hpp"

#include <fmt/format.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>
#include <mutex>

#include "core/errors.hpp"
#include "core/text.hpp"

namespace entente::render {
namespace {

// Graphviz reports through one process-wide callback; renders take turns.
std::mutex g_graphviz;
std::string g_messages;

int collect_message(char* message)
{
    g_messages += message;
    return 0;
}

/// Graphviz's messages, one per line, without empty lines.
std::vector<std::string> message_lines()
{
    std::vector<std::string> lines;
    for (std::string& line : split(g_messages, '\n'))
        if (!line.empty()) lines.push_back(std::move(line));
    return lines;
}

[[noreturn]] void fail(std::string_view what)
{
    std::string text = fmt::format("Graphviz {}", what);
    for (const std::string& line : message_lines())
        text += "\n  " + line;
    throw Fatal(text);
}

/// One Graphviz context for the whole process. Graphviz 2.43's pango plugin
/// keeps a pointer to the last font name, which a freed context takes with
/// it: a second context would read freed memory (AddressSanitizer shows it).
GVC_t* context()
{
    static GVC_t* const gvc = gvContext();
    return gvc;
}
struct GraphDeleter {
    GVC_t* gvc = nullptr;
    bool laid_out = false;
    void operator()(Agraph_t* graph) const
    {
        if (laid_out) gvFreeLayout(gvc, graph);
        agclose(graph);
    }
};

} // namespace

SvgDrawing render_svg(std::string_view dot, Layout layout, std::size_t max_nodes)
{
    const std::lock_guard lock(g_graphviz);
    g_messages.clear();
    const agusererrf previous = agseterrf(collect_message);
    const agerrlevel_t previous_level = agseterr(AGWARN);
    struct Restore {
        agusererrf f;
        agerrlevel_t level;
        ~Restore()
        {
            agseterrf(f);
            agseterr(level);
        }
    } restore{previous, previous_level};
    agreseterrors();

    GVC_t* const gvc = context();
    if (!gvc) fail("could not start");
    const std::string text(dot); // agmemread needs a terminated string
    agreadline(0);               // error messages count lines from 1 for each graph read
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(text.c_str()), GraphDeleter{gvc});
    if (!graph || agerrors() >= AGERR) fail("could not read the DOT graph:");

    const auto nodes = static_cast<std::size_t>(agnnodes(graph.get()));
    if (nodes > max_nodes) {
        throw UsageError(fmt::format("the graph has {} actors, more than --max-nodes {}: a layout that large is slow "
                                     "and unreadable; narrow the view (--era, --from/--to, --epsilon) or raise "
                                     "--max-nodes",
                                     nodes, max_nodes));
    }

    const std::string engine(to_string(layout));
    if (gvLayout(gvc, graph.get(), engine.c_str()) != 0 || agerrors() >= AGERR)
        fail(fmt::format("could not lay out the graph with {} (if the engine is unknown, the Graphviz plugins may "
                         "need registering: run 'dot -c' as root):",
                         engine));
    graph.get_deleter().laid_out = true;

    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph.get(), "svg", &data, &length) != 0 || !data || agerrors() >= AGERR) {
        if (data) gvFreeRenderData(data);
        fail("could not render SVG:");
    }
    SvgDrawing drawing{std::string(data, length), message_lines()};
    gvFreeRenderData(data);
    return drawing;
}

} // namespace entente::render

// GCC says AddressSanitizer is on with __SANITIZE_ADDRESS__, clang (the fuzz build) with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define ENTENTE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ENTENTE_ASAN 1
#endif
#endif
#if defined(ENTENTE_ASAN)
// Fontconfig, under Graphviz's text layout, keeps caches for the life of the
// process and never frees them, and Graphviz 2.42's own layout of clusters
// (export --blocs) leaks a few hundred bytes inside libgvc (HTML entities of
// labels, every frame in the library); the sanitizer build's leak check skips
// both.
// LeakSanitizer calls these hooks when the program defines them.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libfontconfig.so\nleak:libgvc.so\n";
}
extern "C" const char* __lsan_default_options()
{
    return "print_suppressions=0";
}
#endif
