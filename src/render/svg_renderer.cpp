#include "render/svg_renderer.hpp"

#include <cstdlib>
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

/// Reads `dot` and lays it out with `layout`, then calls `use(gvc, graph)`,
/// all under the Graphviz lock with its messages collected.
template <typename Use> auto with_layout(std::string_view dot, Layout layout, std::size_t max_nodes, Use use)
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
        throw UsageError(fmt::format("the graph has {} actors, more than the {} a layout may hold: a layout that "
                                     "large is slow and unreadable",
                                     nodes, max_nodes));
    }

    const std::string engine(to_string(layout));
    if (gvLayout(gvc, graph.get(), engine.c_str()) != 0 || agerrors() >= AGERR)
        fail(fmt::format("could not lay out the graph with {} (if the engine is unknown, the Graphviz plugins may "
                         "need registering: run 'dot -c' as root):",
                         engine));
    graph.get_deleter().laid_out = true;
    return use(gvc, graph.get());
}

double attribute_number(void* object, const char* name)
{
    const char* text = agget(object, const_cast<char*>(name));
    return text ? std::strtod(text, nullptr) : 0.0;
}

} // namespace

namespace {

/// `dot` laid out and rendered by Graphviz as `format` (an output format it knows: svg, png, pdf).
RenderedDrawing render_as(std::string_view dot, Layout layout, const std::string& format, std::size_t max_nodes)
{
    return with_layout(dot, layout, max_nodes, [&](GVC_t* gvc, Agraph_t* graph) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph, format.c_str(), &data, &length) != 0 || !data || agerrors() >= AGERR) {
            if (data) gvFreeRenderData(data);
            fail(fmt::format("could not render {}:", format == "svg" ? "SVG" : format));
        }
        RenderedDrawing drawing{std::string(data, length), message_lines()};
        gvFreeRenderData(data);
        return drawing;
    });
}

} // namespace

RenderedDrawing render_svg(std::string_view dot, Layout layout, std::size_t max_nodes)
{
    return render_as(dot, layout, "svg", max_nodes);
}

RenderedDrawing render_image(std::string_view dot, Layout layout, std::string_view format, std::size_t max_nodes)
{
    return render_as(dot, layout, std::string(format), max_nodes);
}

Placement place_nodes(std::string_view dot, Layout layout, std::size_t max_nodes)
{
    return with_layout(dot, layout, max_nodes, [](GVC_t*, Agraph_t* graph) {
        attach_attrs(graph); // the layout as attributes: pos and lwidth in points and inches
        Placement placement;
        constexpr double points_per_inch = 72.0;
        placement.label_width = attribute_number(graph, "lwidth") * points_per_inch;
        for (Agnode_t* n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
            PlacedNode& node = placement.nodes[agnameof(n)];
            const std::string pos = agget(n, const_cast<char*>("pos"));
            const std::size_t comma = pos.find(',');
            node.x = std::strtod(pos.c_str(), nullptr);
            node.y = comma == std::string::npos ? 0.0 : std::strtod(pos.c_str() + comma + 1, nullptr);
            node.width = attribute_number(n, "width") * points_per_inch;
            node.height = attribute_number(n, "height") * points_per_inch;
        }
        return placement;
    });
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
