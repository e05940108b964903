#include "cli/output_file.hpp"

#include <iostream>

#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "core/output_guard.hpp"

namespace entente::cli {

void write_output(const std::string& path, std::string_view content, const model::Dataset& dataset)
{
    if (path.empty()) {
        std::cout << content;
        std::cout.flush();
        if (!std::cout) throw Fatal("cannot write to standard output");
        return;
    }
    refuse_input_as_output(path, dataset.inputs);
    write_file_atomically(path, content);
}

} // namespace entente::cli
