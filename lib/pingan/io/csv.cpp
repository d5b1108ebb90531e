#include "pingan/io/csv.hpp"

#include <string>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"

namespace pingan::io {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ^-?[0-9]+(\.[0-9]+)?$ — numbers a spreadsheet reads as numbers, not formulas.
bool is_plain_number(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  const std::size_t int_start = i;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == int_start) return false;
  if (i == s.size()) return true;
  if (s[i] != '.') return false;
  const std::size_t frac_start = ++i;
  while (i < s.size() && is_digit(s[i])) ++i;
  return i > frac_start && i == s.size();
}

// Formula injection guard (SPEC §6): a cell a spreadsheet would run, and a
// cell that would look guarded already ("'=1"), gets a leading "'" — so that
// taking one "'" off on import gives back exactly the value.
bool needs_guard(std::string_view value) {
  if (value.empty()) return false;
  if (value.front() == '\'') return needs_guard(value.substr(1));
  return std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos && !is_plain_number(value);
}

}  // namespace

std::string csv_unguard(std::string value) {
  if (!value.empty() && value.front() == '\'' && needs_guard(std::string_view(value).substr(1))) value.erase(0, 1);
  return value;
}

std::string csv_cell(std::string_view value) {
  std::string cell;
  if (needs_guard(value)) cell += '\'';
  cell += value;

  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string row;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) row += ',';
    row += csv_cell(cells[i]);
  }
  return row + '\n';
}

CsvReader::CsvReader(std::istream& in) : in_(in) {}

std::optional<std::vector<std::string>> CsvReader::next() {
  std::vector<std::string> cells;
  if (!next(cells)) return std::nullopt;
  return cells;
}

bool CsvReader::next(std::vector<std::string>& cells) {
  try {
    return read_record(cells);
  } catch (const std::ios_base::failure&) {  // the file's read error, thrown by its buffer
    in_.setstate(std::ios::badbit);
    return false;
  }
}

bool CsvReader::read_record(std::vector<std::string>& cells) {
  constexpr int eof = std::char_traits<char>::eof();
  // Straight from the stream's buffer: a sentry per character would cost
  // more than the parsing.
  std::streambuf& buffer = *in_.rdbuf();

  auto get = [&]() -> int {
    if (pending_pos_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_pos_++]);
    return buffer.sbumpc();
  };
  auto peek = [&]() -> int {
    if (pending_pos_ < pending_.size()) return static_cast<unsigned char>(pending_[pending_pos_]);
    return buffer.sgetc();
  };

  // Nothing returned yet means we are at the very start: skip a UTF-8 BOM.
  if (record_line_ == 0) {
    for (int i = 0; i < 3 && buffer.sgetc() != eof; ++i) pending_ += static_cast<char>(buffer.sbumpc());
    if (pending_ == "\xEF\xBB\xBF") pending_.clear();
  }

  int c = get();
  if (c == eof) {
    in_.setstate(std::ios::eofbit);
    return false;
  }
  record_line_ = line_;

  std::size_t count = 1;  // cells in use; the vector's strings keep their capacity
  if (cells.empty()) cells.emplace_back();
  cells[0].clear();
  bool quoted = false;      // inside a quoted cell
  bool cell_start = true;   // nothing read yet for the current cell
  for (;; c = get()) {
    std::string& cell = cells[count - 1];
    if (quoted) {
      if (c == eof)
        throw InputError("line " + std::to_string(record_line_), tr("unterminated quoted cell"));
      if (c == '"') {
        if (peek() == '"') cell += static_cast<char>(get());  // "" is a quote
        else quoted = false;
        continue;
      }
      if (c == '\n') ++line_;
      cell += static_cast<char>(c);
      continue;
    }
    if (c == eof) break;
    if (c == '\n' || (c == '\r' && peek() == '\n')) {
      if (c == '\r') get();
      ++line_;
      break;
    }
    if (c == ',') {
      if (++count > cells.size()) cells.emplace_back();
      cells[count - 1].clear();
      cell_start = true;
      continue;
    }
    // A quote opens a quoted cell only at its start; elsewhere it is kept as is.
    if (c == '"' && cell_start) quoted = true;
    else cell += static_cast<char>(c);
    cell_start = false;
  }
  cells.resize(count);
  return true;
}

}  // namespace pingan::io
