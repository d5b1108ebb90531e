#include "pingan/io/table.hpp"

#include <algorithm>
#include <string_view>

#include "pingan/io/text_width.hpp"

namespace pingan::io {
namespace {

// Free text gives way first down to kFreeTextFloor columns (four Chinese
// characters and the ellipsis); after that, any cut column down to kNarrowest
// (a character or two and the ellipsis).
constexpr std::size_t kFreeTextFloor = 10;
constexpr std::size_t kNarrowest = 4;

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

std::string bold(const std::string& text, bool color) { return color ? "\x1b[1m" + text + "\x1b[0m" : text; }

std::size_t line_width(const std::vector<std::size_t>& widths) {
  std::size_t total = 2 * (widths.size() - 1);
  for (auto w : widths) total += w;
  return total;
}

// Narrows the columns that may be cut, one column of width at a time, until
// the line fits `max_width`: first the widest free-text column, down to
// kFreeTextFloor; then the widest of all that may be cut (free text on a tie),
// down to kNarrowest. False when the table still does not fit.
bool fit(const std::vector<Column>& columns, std::vector<std::size_t>& widths, std::size_t max_width) {
  struct Pass {
    Cut least;  // the columns cut in this pass: those of this Cut or later (Cut's order)
    std::size_t floor;
  };
  std::size_t total = line_width(widths);
  for (const Pass pass : {Pass{Cut::first, kFreeTextFloor}, Pass{Cut::late, kNarrowest}}) {
    while (total > max_width) {
      std::size_t widest = columns.size();
      for (std::size_t c = 0; c < columns.size(); ++c) {
        const bool candidate = columns[c].cut >= pass.least && widths[c] > pass.floor;
        const bool wider = widest == columns.size() || widths[c] > widths[widest] ||
                           (widths[c] == widths[widest] && columns[c].cut > columns[widest].cut);
        if (candidate && wider) widest = c;
      }
      if (widest == columns.size()) break;
      --widths[widest];
      --total;
    }
  }
  return total <= max_width;
}

// One line of the table from already one-line cells.
std::string render_line(const std::vector<Column>& columns, const std::vector<std::size_t>& widths,
                        const std::vector<std::string>& cells, std::string_view ellipsis) {
  std::string line;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (c > 0) line += "  ";
    std::string text = truncate_to_width(cells[c], widths[c], ellipsis);
    std::string pad(widths[c] - display_width(text), ' ');
    line += columns[c].align == Align::right ? pad + text : text + pad;
  }
  trim_right(line);
  return line;
}

// Each row as a block of "heading  value" lines, for a terminal too narrow for
// the table even with its columns cut: every value is still there, long text
// cut. Nothing when the blocks would not fit either (a value that may not be
// cut is wider than the room beside the headings).
std::optional<std::string> render_blocks(const std::vector<Column>& columns, const std::vector<std::string>& headings,
                                         const std::vector<std::vector<std::string>>& body, const TableStyle& style,
                                         std::string_view ellipsis) {
  std::size_t label = 0;
  for (const auto& heading : headings) label = std::max(label, display_width(heading));
  const std::size_t room = *style.max_width > label + 2 ? *style.max_width - label - 2 : 0;
  if (room < kNarrowest) return std::nullopt;
  for (const auto& cells : body)
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (columns[c].cut == Cut::never && display_width(cells[c]) > room) return std::nullopt;
  std::string out;
  for (std::size_t r = 0; r < body.size(); ++r) {
    if (r > 0) out += '\n';
    for (std::size_t c = 0; c < headings.size(); ++c) {
      std::string value = truncate_to_width(body[r][c], room, ellipsis);
      trim_right(value);
      if (headings[c].empty() && value.empty()) continue;  // an empty line would read as the block's end
      out += bold(headings[c], style.color);
      if (!value.empty()) out += std::string(label - display_width(headings[c]) + 2, ' ') + value;
      out += '\n';
    }
  }
  return out;
}

}  // namespace

std::string render_table(const std::vector<Column>& columns,
                         const std::vector<std::vector<std::string>>& rows,
                         const TableStyle& style) {
  if (columns.empty()) return {};
  const std::size_t n = columns.size();
  const std::string_view ellipsis = style.ambiguous_wide ? "..." : "…";
  const std::string_view rule_mark = style.ambiguous_wide ? "-" : "─";
  const auto shown = [&](const std::string& text) {
    return style.ambiguous_wide ? ascii_ambiguous(one_line(text)) : one_line(text);
  };

  // Cells as displayed; short rows are padded with empty cells.
  std::vector<std::string> headings;
  for (const auto& col : columns) headings.push_back(shown(col.heading));
  std::vector<std::vector<std::string>> body;
  for (const auto& row : rows) {
    std::vector<std::string> cells(n);
    for (std::size_t c = 0; c < n && c < row.size(); ++c) cells[c] = shown(row[c]);
    body.push_back(std::move(cells));
  }

  std::vector<std::size_t> widths(n);
  for (std::size_t c = 0; c < n; ++c) {
    widths[c] = display_width(headings[c]);
    for (const auto& cells : body) widths[c] = std::max(widths[c], display_width(cells[c]));
  }
  if (style.max_width && !fit(columns, widths, *style.max_width))
    if (auto blocks = render_blocks(columns, headings, body, style, ellipsis)) return *blocks;

  std::string out = bold(render_line(columns, widths, headings, ellipsis), style.color) + '\n';
  std::string rule;
  for (std::size_t c = 0; c < n; ++c) rule += (c > 0 ? "  " : "") + repeat(rule_mark, widths[c]);
  trim_right(rule);  // a last column of nothing (e.g. no bars) leaves no spaces behind
  out += rule + '\n';
  for (const auto& cells : body) out += render_line(columns, widths, cells, ellipsis) + '\n';
  return out;
}

}  // namespace pingan::io
