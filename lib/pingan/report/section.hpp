#pragma once
// A report section as typed data (SPEC §5, Reports): every renderer lays out
// any section the same way, so a new section shows in every format. Members
// have initializers, so designated initializers may leave any out.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "pingan/io/table.hpp"

namespace pingan::report {

// What a value is, which decides how each format writes it.
enum class Kind {
  count,   // a figure: "1,234" for people, 1234 in JSON and CSV
  money,   // fen: "12,345.60" for people, yuan in JSON and CSV
  rate,    // 0..1 or undefined: "92.9%" for people, a number or null in JSON, "0.9286" or "" in CSV
  number,  // an id or a number of days: "1234" everywhere
  text,    // a code or a name; people may read a label instead
  date,    // ISO
  flag,    // people read the column's heading when set; true/false
  tenths,  // hours or points in tenths: "1,234.5" for people, 1234.5 (or 8 for 80) in JSON, "1234.5" in CSV
};

// One figure of a comparison, e.g. the totals' events.
struct Figure {
  std::string key;
  Kind kind = Kind::count;
  std::int64_t value = 0;      // a count, or fen for money
  std::optional<double> rate;  // for Kind::rate; nothing when undefined
};

// How a column of text gives way when space is short.
enum class Fit {
  wrap,   // wraps in HTML, kept whole on a terminal
  cut,    // wraps in HTML, cut with "…" to fit a terminal
  whole,  // never broken (dates, names, statuses)
};

struct Column {
  std::string key{};      // the JSON key, and the CSV metric
  std::string heading{};  // in the report's language
  Kind kind = Kind::text;
  Fit fit = Fit::wrap;
  io::Align align = kind == Kind::text || kind == Kind::date || kind == Kind::flag ? io::Align::left
                                                                                     : io::Align::right;
  bool shown = true;   // to people; false for a code whose label shows in the next column
  bool metric = true;  // a CSV row of its own; false when it is the row's CSV key or label
  bool progress = false;  // a rate drawn as a progress bar in HTML
};

// One value of a row; its column's kind says which member holds it. The
// constructors are implicit so that a row reads as a list of values.
struct Cell {
  Cell(std::int64_t value, std::optional<double> rate = std::nullopt) : value(value), rate(rate) {}
  Cell(std::string text, std::string label = "") : text(std::move(text)), label(std::move(label)) {}

  std::int64_t value = 0;      // count, number, fen, or 0/1 for a flag
  std::optional<double> rate;  // nothing when undefined
  std::string text;            // text (the code) or date (ISO)
  std::string label;           // what people read instead of a code, if any
  bool null = false;           // a value that is not there: null in JSON, empty in CSV, "—" for people (text and dates: empty)
  std::optional<Kind> kind{};  // this value's kind where a column's rows differ (a target's value)
  bool alert = false;          // a value to notice (a target behind): red on a terminal, a marked row in HTML
};

inline Kind kind_of(const Column& column, const Cell& cell) { return cell.kind.value_or(column.kind); }

// A value of `kind` that may be missing, e.g. a ranking's target.
inline Cell optional_value(std::optional<std::int64_t> value, Kind kind) {
  Cell cell(value.value_or(0));
  cell.kind = kind;
  cell.null = !value;
  return cell;
}

// Text that may be missing, e.g. a volunteer's group.
inline Cell optional_text(const std::optional<std::string>& text, std::string label = "") {
  Cell cell(text.value_or(""), std::move(label));
  cell.null = !text;
  return cell;
}

struct Row {
  std::string key;    // the CSV key, e.g. a venue code or a case id
  std::string label;  // the CSV label
  std::vector<Cell> cells;  // one per column
};

// This period's figures against the previous period's, e.g. the totals. JSON
// has them as two objects, CSV as two sections; the rows show them as text.
struct Comparison {
  std::string previous_key;    // the JSON key and CSV section of the previous figures
  std::string label;           // this period's label, the CSV key of its figures
  std::string previous_label;  // the previous period's
  std::vector<Figure> now;
  std::vector<Figure> before;
};

struct Section {
  std::string key{};    // the JSON key and the CSV section
  std::string title{};  // in the report's language
  std::vector<Column> columns{};
  std::vector<Row> rows{};
  std::optional<Comparison> comparison{};
  // The parts of a compound section (e.g. volunteers: its figures against
  // the previous period's as the comparison, then by_duty and top), each laid
  // out under this section's title. JSON makes the section one object: the
  // comparison's figures, each part by its key, then the previous figures
  // under previous_key; CSV names their rows by that path ("volunteers.top",
  // "volunteers.previous").
  std::vector<Section> parts{};
  bool optional = false;  // left out of people's formats when it has no rows (JSON keeps its [])
};

}  // namespace pingan::report
