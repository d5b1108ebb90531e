#pragma once
// Plain-text tables aligned by display width.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pingan::io {

enum class Align { left, right };

// How a column gives way when the table is wider than the terminal, in the
// order of how readily (render_table compares them).
enum class Cut {
  never,  // ids, codes, dates, numbers, statuses: always whole
  late,   // names and labels (a station, a category, a venue): cut only once no free text can give more
  first,  // free text (places, notes, topics, changes): cut first
};

struct Column {
  std::string heading;
  Align align = Align::left;
  Cut cut = Cut::never;
};

struct TableStyle {
  // Total width to fit into (the terminal's columns); no limit when empty.
  std::optional<std::size_t> max_width;
  // Wrap headings in bold ANSI escapes.
  bool color = false;
  // The terminal shows East Asian ambiguous characters two columns wide
  // (config ui.ambiguous_wide): rules of "-", cuts with "...", and the text
  // through ascii_ambiguous (text_width.hpp), so that columns stay aligned.
  bool ambiguous_wide = false;
};

// Renders a table: a heading line, a rule of "─", then one line per row, the
// cells separated by two spaces. Newlines inside a cell are shown as "⏎".
// Each column is as wide as its heading and its widest value, and no line
// ends in a space (the last column is never padded).
// When the table is wider than max_width, columns are narrowed, one column
// of width at a time, and their cells cut with "…": the widest free-text
// column (Cut::first) first, down to 10 columns; only then names (Cut::late)
// too, the widest column first, free text on a tie, down to 4 columns. If it
// still does not fit (ids, dates and numbers are never cut), each row is
// shown instead as a block of "heading  value" lines, blocks apart by an
// empty line, text cut to fit — unless a value that may not be cut is too
// wide for that too: then the table stays, wider than max_width.
// Every line ends with '\n'.
std::string render_table(const std::vector<Column>& columns,
                         const std::vector<std::vector<std::string>>& rows,
                         const TableStyle& style = {});

}  // namespace pingan::io
