// `entente validate`: check a dataset and list every problem.
#include <fmt/format.h>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/dataset_option.hpp"
#include "core/errors.hpp"

namespace entente::cli {

void setup_validate(CLI::App& app)
{
    auto options = std::make_shared<DatasetOptions>();
    CLI::App* command = app.add_subcommand("validate", "Check a dataset and print every problem found");
    command->footer("Every problem is printed as path:line:column: message. Exit status: 0 when the dataset is\n"
                    "clean, 1 when it has problems. Nothing is written.\n\n"
                    "Example:\n  entente validate graphs/ecuador");
    add_dataset_options(*command, *options);
    command->callback([options] {
        io::Diagnostics diagnostics;
        const model::Dataset dataset = check_dataset(*options, diagnostics);
        report_problems(dataset, diagnostics);
        std::cout << fmt::format("{}: valid ({} actors, {} events, {} eras)\n", dataset.path.string(),
                                 dataset.actors.size(), dataset.rows, dataset.eras.size());
    });
}

} // namespace entente::cli
