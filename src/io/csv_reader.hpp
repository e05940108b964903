#pragma once
// An RFC 4180 CSV reader that streams records and tells where each field
// started: quoted commas, doubled quotes and quoted newlines, CRLF or LF,
// a UTF-8 byte-order mark, `#` comment lines and blank lines skipped.
// Syntax problems go to Diagnostics; after one that loses the record
// structure (an unterminated quote, an over-long record, a NUL byte, a
// UTF-16 or UTF-32 file) the reader stops. Memory stays bounded whatever
// the input: a record is refused past k_max_record_bytes or k_max_fields.
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
    /// Longest record accepted, in bytes (separators and quotes included).
    static constexpr std::size_t k_max_record_bytes = 1 << 20;
    /// Most fields accepted in one record.
    static constexpr std::size_t k_max_fields = 4096;
    /// Most lines accepted in one file (line numbers are `int`).
    static constexpr int k_max_lines = 2'000'000'000;

    CsvReader(std::istream& in, std::string path, Diagnostics& diagnostics);

    /// Reads the next record; false at the end of the input or after a fatal problem.
    bool next(CsvRecord& record);
    [[nodiscard]] const std::string& path() const { return m_path; }
    /// Whether a problem that loses the record structure stopped the reader.
    [[nodiscard]] bool stopped() const { return m_stopped; }
    /// Whether the input held no byte at all (once next() returned false).
    [[nodiscard]] bool empty() const { return !m_saw_bytes; }

private:
    int get(); ///< next byte, or -1 at the end
    int peek();
    void skip_line();
    bool new_line(); ///< counts a line; false (after reporting) past k_max_lines
    bool check_start();
    bool read_field(CsvRecord& record, std::string& field, std::size_t& bytes, bool& end_of_record);
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
    bool m_saw_bytes = false;
};

} // namespace entente::io
