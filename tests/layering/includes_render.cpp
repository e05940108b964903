// Compiled by the layering tests with one layer's include folder: it builds
// for render and cli, and must not for the layers before render.
#include "render/table.hpp"

int main()
{
    return entente::render::Table{}.rows.size() == 0 ? 0 : 1;
}
