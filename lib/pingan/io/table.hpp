#pragma once
// Plain-text tables aligned by display width.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pingan::io {

enum class Align { left, right };

struct Column {
  std::string heading;
  Align align = Align::left;
  // May this column be narrowed (with "…") to fit the terminal? Ids, dates and
  // numbers should not be.
  bool shrinkable = false;
};

struct TableStyle {
  // Total width to fit into (the terminal's columns); no limit when empty.
  std::optional<std::size_t> max_width;
  // Wrap headings in bold ANSI escapes.
  bool color = false;
};

// Renders a table: a heading line, a rule of "─", then one line per row, the
// cells separated by two spaces. Newlines inside a cell are shown as "⏎".
// When the table is wider than max_width, shrinkable columns are narrowed
// (the widest first) and their cells truncated with "…".
// Every line ends with '\n'; trailing spaces are trimmed.
std::string render_table(const std::vector<Column>& columns,
                         const std::vector<std::vector<std::string>>& rows,
                         const TableStyle& style = {});

}  // namespace pingan::io
