#include "pingan/io/table.hpp"

#include <algorithm>

#include "pingan/io/text_width.hpp"

namespace pingan::io {
namespace {

// A cell must stay on one line: line breaks become "⏎", tabs a space (a tab's
// width depends on the terminal, which would break alignment).
std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one mark
    if (c == '\n' || c == '\r') out += "⏎";
    else if (c == '\t') out += ' ';
    else out += c;
  }
  return out;
}

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

void trim_right(std::string& line) {
  line.erase(line.find_last_not_of(' ') + 1);
}

// One line of the table from already one-line cells.
std::string render_line(const std::vector<Column>& columns, const std::vector<std::size_t>& widths,
                        const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c > 0) line += "  ";
    std::string text = truncate_to_width(cells[c], widths[c]);
    std::string pad(widths[c] - display_width(text), ' ');
    line += columns[c].align == Align::right ? pad + text : text + pad;
  }
  trim_right(line);
  return line;
}

}  // namespace

std::string render_table(const std::vector<Column>& columns,
                         const std::vector<std::vector<std::string>>& rows,
                         const TableStyle& style) {
  if (columns.empty()) return {};
  const std::size_t n = columns.size();

  // Cells as displayed; short rows are padded with empty cells.
  std::vector<std::string> headings;
  for (const auto& col : columns) headings.push_back(one_line(col.heading));
  std::vector<std::vector<std::string>> body;
  for (const auto& row : rows) {
    std::vector<std::string> cells(n);
    for (std::size_t c = 0; c < n && c < row.size(); ++c) cells[c] = one_line(row[c]);
    body.push_back(std::move(cells));
  }

  std::vector<std::size_t> widths(n);
  for (std::size_t c = 0; c < n; ++c) {
    widths[c] = display_width(headings[c]);
    for (const auto& cells : body) widths[c] = std::max(widths[c], display_width(cells[c]));
  }

  // Narrow the widest shrinkable column one column at a time until the table
  // fits or nothing can shrink further (then the terminal wraps it).
  if (style.max_width) {
    std::size_t total = 2 * (n - 1);
    for (auto w : widths) total += w;
    while (total > *style.max_width) {
      std::size_t best = n;
      for (std::size_t c = 0; c < n; ++c) {
        const std::size_t floor = std::min<std::size_t>(4, display_width(headings[c]));
        if (columns[c].shrinkable && widths[c] > floor && (best == n || widths[c] > widths[best]))
          best = c;
      }
      if (best == n) break;
      --widths[best];
      --total;
    }
  }

  std::string heading = render_line(columns, widths, headings);
  if (style.color) heading = "\x1b[1m" + heading + "\x1b[0m";
  std::string out = heading + '\n';

  std::string rule;
  for (std::size_t c = 0; c < n; ++c) rule += (c > 0 ? "  " : "") + repeat("─", widths[c]);
  out += rule + '\n';

  for (const auto& cells : body) out += render_line(columns, widths, cells) + '\n';
  return out;
}

}  // namespace pingan::io
