#pragma once
// An RFC 4180 CSV reader that streams records and tells where each field
// started: quoted commas, doubled quotes and quoted newlines, CRLF or LF,
// a UTF-8 byte-order mark, `#` comment lines and blank lines skipped.
// Syntax problems go to Diagnostics; after one that loses the record
// structure (an unterminated quote, an over-long record, a NUL byte) the
// reader stops.
#include <array>
#include <istream>
#include <string>
#include <vector>

#include "io/diagnostics.hpp"

namespace entente::io {

struct CsvRecord {
    std::vector<std::string> fields;
    std::vector<int> lines; ///< the line each field starts on
    int line = 0;           ///< the line the record starts on
};

class CsvReader {
public:
    /// Longest record accepted, in bytes.
    static constexpr std::size_t k_max_record_bytes = 1 << 20;

    CsvReader(std::istream& in, std::string path, Diagnostics& diagnostics);

    /// Reads the next record; false at the end of the input or after a fatal problem.
    bool next(CsvRecord& record);
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    int get();  ///< next byte, or -1 at the end
    int peek();
    void skip_line();
    void fail(int line, int column, std::string message);

    std::istream& m_in;
    std::string m_path;
    Diagnostics& m_diagnostics;
    std::array<char, 1 << 16> m_buffer{};
    std::size_t m_pos = 0;
    std::size_t m_size = 0;
    int m_line = 1;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace entente::io
