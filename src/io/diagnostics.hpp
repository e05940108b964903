#pragma once
// Problems found in input files, each tied to `path:line:column`, collected
// so that a reader reports every problem of a dataset in one pass. Only the
// first k_max_kept are kept (the rest are counted), so a file with millions
// of bad rows cannot exhaust memory.
#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace entente::io {

struct Diagnostic {
    std::string path;
    int line = 0;
    int column = 0; ///< 1-based field number in the row; 0 when the whole file is meant
    std::string message;
    bool warning = false;
};

/// `path:line:column: message` (`path: message` when line is 0), with
/// `warning: ` before the message of a warning. Control characters of the
/// input quoted in a message are escaped (`\n`, `\x1B`), so it stays one line.
std::string format_diagnostic(const Diagnostic& d);

class Diagnostics {
public:
    /// Diagnostics kept; past this many they are only counted.
    static constexpr std::size_t k_max_kept = 10000;

    void error(std::string path, int line, int column, std::string message);
    void warning(std::string path, int line, int column, std::string message);

    [[nodiscard]] std::size_t error_count() const { return m_errors; }
    [[nodiscard]] bool has_errors() const { return m_errors != 0; }
    /// Every diagnostic found, kept or only counted.
    [[nodiscard]] std::size_t count() const { return m_total; }
    /// The kept diagnostics, in the order found.
    [[nodiscard]] const std::vector<Diagnostic>& all() const { return m_items; }
    /// Whether a new diagnostic would only be counted (callers may skip costly messages).
    [[nodiscard]] bool full() const { return m_items.size() >= k_max_kept; }

    /// Forgets every diagnostic (once printed).
    void clear() { *this = Diagnostics{}; }

    /// Adds every diagnostic of `later` (found after these), its line numbers
    /// moved on by `line_base` (lines of a file read in slices); what `later`
    /// only counted is counted here too.
    void append(const Diagnostics& later, int line_base = 0);

    /// Writes every diagnostic in the order found, one a line; past `limit`
    /// entries, one closing line counts the rest.
    void print(std::ostream& out, std::size_t limit = 1000) const;

private:
    void add(Diagnostic d);

    std::vector<Diagnostic> m_items;
    std::size_t m_total = 0;
    std::size_t m_errors = 0;
};

} // namespace entente::io
