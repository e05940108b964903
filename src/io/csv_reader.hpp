#pragma once
// An RFC 4180 CSV reader that streams records and tells where each field
// started: quoted commas, doubled quotes and quoted newlines, CRLF, LF or CR,
// a UTF-8 byte-order mark, `#` comment lines and blank lines skipped.
// Syntax problems go to Diagnostics; after one that loses the record
// structure (an unterminated quote, an over-long record, a NUL byte, a
// UTF-16 or UTF-32 file) the reader stops. Memory stays bounded whatever
// the input: a record is refused past k_max_record_bytes or k_max_fields.
//
// Fields are views, valid until the next call of next(): a record without
// quotes that fits in the read buffer is split in place (no copy), any other
// record is decoded byte by byte into storage the reader owns. Both paths
// give the same fields and the same messages.
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/diagnostics.hpp"

namespace entente::io {

struct CsvRecord {
    std::vector<std::string_view> fields; ///< valid until the reader's next call of next()
    std::vector<int> lines;               ///< the line each field starts on
    int line = 0;                         ///< the line the record starts on
};

class CsvReader {
public:
    /// Longest record accepted, in bytes (separators and quotes included).
    static constexpr std::size_t k_max_record_bytes = 1 << 20;
    /// Most fields accepted in one record.
    static constexpr std::size_t k_max_fields = 4096;
    /// Most lines accepted in one file (line numbers are `int`).
    static constexpr int k_max_lines = 2'000'000'000;

    /// `buffer_bytes` (4 to k_max_record_bytes) only matters to speed; tests make it small.
    CsvReader(std::istream& in, std::string path, Diagnostics& diagnostics,
              std::size_t buffer_bytes = k_max_record_bytes);

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
    void fail(int line, int column, std::string message);
    /// Splits the record at the read position in place when it has no quote,
    /// NUL byte or invalid UTF-8, at most k_max_fields fields and fits in the
    /// buffer; false (nothing consumed, nothing reported) otherwise.
    bool next_plain(CsvRecord& record);
    /// Moves the unread bytes to the front of the buffer and reads more after them (sets m_eof at the end).
    void refill();
    /// Decodes the record at the read position byte by byte (quotes, long records, errors).
    bool next_general(CsvRecord& record);
    /// Decodes one field onto m_storage; false after a fatal problem.
    bool read_field(int record_line, std::size_t& bytes, bool& end_of_record);
    /// Reports invalid UTF-8 in the field at `start` of m_storage and replaces it with U+FFFD.
    void check_utf8(std::size_t start, int line, int column);

    std::istream& m_in;
    std::string m_path;
    Diagnostics& m_diagnostics;
    std::vector<char> m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_size = 0;
    std::string m_storage;                                    ///< decoded fields of a general record
    std::vector<std::pair<std::size_t, std::size_t>> m_spans; ///< offset and length of each in m_storage
    int m_line = 1;
    bool m_started = false;
    bool m_stopped = false;
    bool m_eof = false;
    bool m_saw_bytes = false;
};

} // namespace entente::io
