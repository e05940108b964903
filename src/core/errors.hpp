#pragma once
// The three kinds of failure a command can end with; only cli/main.cpp maps
// them to exit codes (1 invalid data, 2 usage, 3 other).
#include <stdexcept>
#include <string>

namespace entente {

/// Bad data from the user: a file that does not parse or validate.
class InputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A command line that asks for something impossible (unknown era, bad duration).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Anything else: an output that cannot be written, a library failure.
class Fatal : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace entente
