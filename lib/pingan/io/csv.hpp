#pragma once
// CSV (RFC 4180) writing and reading.
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pingan::io {

// One cell, quoted when needed (comma, quote, CR, LF). A cell beginning with
// '=', '+', '-', '@', tab or CR gets a leading "'" first so that spreadsheets
// do not run it as a formula — except plain numbers such as "-3" or "-0.50"
// which stay as they are; so does one beginning with "'" and then one of those.
std::string csv_cell(std::string_view value);
// The value of a cell csv_cell wrote: its guard "'" taken off again.
std::string csv_unguard(std::string value);

// A whole row: cells joined with "," and ended with "\n".
std::string csv_row(const std::vector<std::string>& cells);

// Reads CSV records one at a time; quoted cells may span lines.
class CsvReader {
 public:
  explicit CsvReader(std::istream& in);
  // The next record, or nothing at end of input. Throws InputError with field
  // "line N" on an unterminated quote.
  std::optional<std::vector<std::string>> next();
  // The same into `cells`, reusing its strings; false at end of input (or on
  // a read error, which sets the stream's badbit).
  bool next(std::vector<std::string>& cells);
  // The line number (1-based) where the last returned record started.
  std::size_t line() const { return record_line_; }

 private:
  bool read_record(std::vector<std::string>& cells);
  std::istream& in_;
  std::size_t line_ = 1;
  std::size_t record_line_ = 0;
  // Bytes read ahead while looking for a BOM that turned out not to be one,
  // handed out before the stream's own (a short first line may not use them all).
  std::string pending_;
  std::size_t pending_pos_ = 0;
};

}  // namespace pingan::io
