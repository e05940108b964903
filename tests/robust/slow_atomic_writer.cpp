// A stand-in for a long export or report until those commands exist: writes
// CHUNKS chunks of 64 KiB to OUTPUT through AtomicFile, pausing 2 ms after
// each, so that kill_midway.py can kill it while it writes.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

#include "core/atomic_file.hpp"
#include "core/errors.hpp"

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: slow_atomic_writer OUTPUT CHUNKS\n";
        return 2;
    }
    try {
        entente::AtomicFile file(argv[1]);
        const std::string chunk(64 * 1024, 'n');
        for (long i = 0, n = std::atol(argv[2]); i < n; ++i) {
            file.stream() << chunk;
            file.stream().flush();
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        file.commit();
    } catch (const entente::Fatal& e) {
        std::cerr << e.what() << '\n';
        return 3;
    }
    return 0;
}
