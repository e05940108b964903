#pragma once
// What a long command is doing, on stderr: after the first second of a run,
// the current stage ("reading the events") and, for stages made of steps,
// how many are done ("windows 12 of 47"). Shown only on a terminal and
// without --quiet, so pipes, logs and tests see nothing of it; a run that
// ends within a second shows nothing either.
#include <atomic>
#include <cstddef>
#include <string>

namespace entente::cli::progress {

/// Starts showing progress for `command` (unless `quiet` or stderr is not a terminal).
void start(const std::string& command, bool quiet);
/// A new stage begins.
void stage(const std::string& text);
/// `done` of the current stage's `total` steps are done (from any thread).
void step(std::size_t done, std::size_t total);
/// Ends the line being shown, before something else is written to the
/// terminal; the next update shows it again.
void interrupt();
/// Stops showing progress (before the command's output or an error message).
void finish();

/// A stage of `total` steps that may end on several threads at once.
class Steps {
public:
    Steps(const std::string& text, std::size_t total) : m_total(total) { stage(text); }
    /// One more step is done.
    void done() { step(++m_done, m_total); }

private:
    std::atomic<std::size_t> m_done{0};
    std::size_t m_total;
};

} // namespace entente::cli::progress
