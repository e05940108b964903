#include "cli/progress.hpp"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <streambuf>
#include <thread>

#include <fmt/format.h>

namespace entente::cli::progress {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto k_refresh = std::chrono::milliseconds(200);

/// How long a run goes before its progress shows: a second, unless
/// ENTENTE_PROGRESS_DELAY_MS says otherwise (the tests set 0).
Clock::duration quiet_start()
{
    const char* ms = std::getenv("ENTENTE_PROGRESS_DELAY_MS");
    return ms ? std::chrono::milliseconds(std::strtol(ms, nullptr, 10)) : Clock::duration(std::chrono::seconds(1));
}

/// The line shown, redrawn by a thread of its own every k_refresh.
class Line {
public:
    void start(const std::string& command)
    {
        std::lock_guard lock(m_mutex);
        if (m_running) return;
        m_running = true;
        m_command = command;
        m_begun = Clock::now();
        m_quiet_start = quiet_start();
        m_stopping = false;
        m_ticker = std::thread([this] { tick(); });
    }
    void stage(const std::string& text)
    {
        std::lock_guard lock(m_mutex);
        m_stage = text;
        m_done = m_total = 0;
        draw();
    }
    void step(std::size_t done, std::size_t total)
    {
        std::lock_guard lock(m_mutex);
        m_done = done;
        m_total = total;
        if (done == total || Clock::now() - m_drawn >= k_refresh) draw();
    }
    void interrupt()
    {
        std::lock_guard lock(m_mutex);
        close_line();
    }
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_running) return;
            m_running = false;
            m_stopping = true;
        }
        m_wake.notify_all();
        m_ticker.join();
        std::lock_guard lock(m_mutex);
        close_line();
    }
    ~Line() { finish(); }

private:
    void tick()
    {
        std::unique_lock lock(m_mutex);
        while (!m_wake.wait_for(lock, k_refresh, [this] { return m_stopping; }))
            draw();
    }
    /// Shows the current stage, once the run is past its quiet start (the mutex held).
    void draw()
    {
        if (!m_running || Clock::now() - m_begun < m_quiet_start || m_stage.empty()) return;
        std::string text = fmt::format("entente {}: {}", m_command, m_stage);
        if (m_total > 0) text += fmt::format(" {} of {}", m_done, m_total);
        if (text == m_shown && m_open) return;
        // A new stage starts a new line; the same stage is redrawn in place.
        if (m_open && m_shown_stage != m_stage) std::fputs("\n", stderr);
        std::fprintf(stderr, "\r%s\033[K", text.c_str());
        std::fflush(stderr);
        m_shown = std::move(text);
        m_shown_stage = m_stage;
        m_open = true;
        m_drawn = Clock::now();
    }
    void close_line()
    {
        if (!m_open) return;
        std::fputs("\n", stderr);
        std::fflush(stderr);
        m_open = false;
        m_shown.clear();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_ticker;
    bool m_running = false; ///< between start and finish
    bool m_stopping = false;
    std::string m_command, m_stage, m_shown, m_shown_stage;
    std::size_t m_done = 0, m_total = 0;
    bool m_open = false;
    Clock::time_point m_begun, m_drawn;
    Clock::duration m_quiet_start{};
};

Line& line()
{
    static Line the_line;
    return the_line;
}

/// Standard output as it was, except that the first thing written ends the
/// progress line: a command's output never lands in the middle of it.
class FinishOnWrite : public std::streambuf {
public:
    FinishOnWrite() : m_out(std::cout.rdbuf(this)) {}
    ~FinishOnWrite() override { std::cout.rdbuf(m_out); }
    FinishOnWrite(const FinishOnWrite&) = delete;
    FinishOnWrite& operator=(const FinishOnWrite&) = delete;

protected:
    int_type overflow(int_type c) override
    {
        end_progress();
        return traits_type::eq_int_type(c, traits_type::eof()) ? traits_type::not_eof(c)
                                                               : m_out->sputc(traits_type::to_char_type(c));
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override
    {
        end_progress();
        return m_out->sputn(s, n);
    }
    int sync() override { return m_out->pubsync(); }

private:
    void end_progress()
    {
        if (m_written) return;
        m_written = true;
        line().finish();
    }

    std::streambuf* m_out;
    bool m_written = false;
};

bool g_on = false;

} // namespace

void start(const std::string& command, bool quiet)
{
    g_on = !quiet && ::isatty(STDERR_FILENO) != 0;
    if (!g_on) return;
    line().start(command);
    static FinishOnWrite finishing_stdout;
}

void stage(const std::string& text)
{
    if (g_on) line().stage(text);
}

void step(std::size_t done, std::size_t total)
{
    if (g_on) line().step(done, total);
}

void interrupt()
{
    if (g_on) line().interrupt();
}

void finish()
{
    if (g_on) line().finish();
}

} // namespace entente::cli::progress
