// make_docs: writes, at build time, the files an install adds beside the
// executable that are made from entente's command line:
//   make_docs man OUT                              the man page entente(1)
//   make_docs completion TEMPLATE DATASET OUT      the bash completion
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "completion.hpp"
#include "core/atomic_file.hpp"
#include "core/errors.hpp"
#include "man_page.hpp"
#include "model/dataset.hpp"

namespace {

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) throw entente::Fatal("cannot read " + path);
    return text.str();
}

/// The era and actor ids of the dataset at `path`, as entente reads them.
entente::packaging::DatasetIds dataset_ids(const std::string& path)
{
    entente::io::Diagnostics problems;
    const entente::model::Dataset dataset = entente::model::load_dataset(path, {}, problems);
    if (problems.has_errors()) {
        problems.print(std::cerr);
        throw entente::Fatal(path + ": the bundled dataset has problems");
    }
    entente::packaging::DatasetIds ids;
    for (const entente::Era& era : dataset.eras)
        ids.eras.push_back(era.id);
    for (const entente::Actor& actor : dataset.actors.all())
        ids.actors.push_back(actor.id);
    return ids;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        CLI::App app;
        entente::cli::setup_app(app);
        if (args.size() == 2 && args[0] == "man") {
            entente::write_file_atomically(args[1],
                                           entente::packaging::man_page(app, ENTENTE_SUMMARY, ENTENTE_VERSION));
            return 0;
        }
        if (args.size() == 4 && args[0] == "completion") {
            entente::write_file_atomically(
                args[3], entente::packaging::completion_script(read_file(args[1]), app, dataset_ids(args[2])));
            return 0;
        }
        std::cerr << "usage: make_docs man OUT\n       make_docs completion TEMPLATE DATASET OUT\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "make_docs: " << e.what() << '\n';
        return 3;
    }
}
