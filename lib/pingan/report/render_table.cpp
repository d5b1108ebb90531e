// The report for a terminal: the sections as aligned tables, and the trend
// with bars so the week's shape shows at a glance.
#include <algorithm>
#include <sstream>

#include "pingan/io/text_width.hpp"
#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

// A bar of up to `width` columns for value/max: eighth-blocks, or "#" where
// block characters would be two columns wide.
std::string bar(std::int64_t value, std::int64_t max, std::size_t width, bool ascii) {
  if (max <= 0 || value <= 0) return "";
  const auto scaled = [&](std::int64_t steps) {
    return static_cast<std::size_t>((value * static_cast<std::int64_t>(width) * steps + max - 1) / max);
  };
  if (ascii) return std::string(scaled(1), '#');
  static const char* partial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const std::size_t eighths = scaled(8);
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) out += "█";
  return out + partial[eighths % 8];
}

// The bars' width: up to 24 columns, less when the terminal leaves less room
// beside the figures (the width of the table without them is its rule's).
std::size_t bar_width(const std::vector<io::Column>& columns, const std::vector<std::vector<std::string>>& rows,
                      const io::TableStyle& style) {
  constexpr std::size_t kWidest = 24;
  if (!style.max_width) return kWidest;
  const std::string table = io::render_table(columns, rows, {std::nullopt, false, style.ambiguous_wide});
  const std::size_t rule = table.find('\n') + 1;
  const std::size_t used = io::display_width(table.substr(rule, table.find('\n', rule) - rule)) + 2;
  return *style.max_width > used ? std::min(kWidest, *style.max_width - used) : 0;
}

std::string bold(const std::string& text, bool color) { return color ? "\x1b[1m" + text + "\x1b[0m" : text; }

// A line of text (the header, a title) as the terminal shows it: in ASCII
// where ambiguous characters are wide, broken at spaces where it is too long.
std::string text_line(const std::string& text, const io::TableStyle& style) {
  const std::string shown = style.ambiguous_wide ? io::ascii_ambiguous(text) : text;
  if (!style.max_width || io::display_width(shown) <= *style.max_width) return bold(shown, style.color) + "\n";
  std::string out, line;
  std::istringstream words(shown);
  for (std::string word; words >> word;) {
    if (!line.empty() && io::display_width(line + " " + word) > *style.max_width) {
      out += bold(line, style.color) + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  return out + bold(line, style.color) + "\n";
}

// A section as an aligned table under its title, then its parts.
void put(std::string& out, const Report& report, const Section& section, const io::TableStyle& style) {
  if (section.optional && section.rows.empty()) return;
  out += "\n" + text_line(section.title, style);
  auto table = text_table(section);
  if (table.rows.empty()) {
    out += term("none", report.lang) + "\n";
  } else {
    std::vector<io::Column> columns;
    for (const auto& column : table.columns)
      columns.push_back({column.heading, column.align, column.fit == Fit::cut ? io::Cut::late : io::Cut::never});
    auto& rows = table.rows;
    if (section.key == "trend") {
      // A bar of the audience for each day or week, scaled to the largest.
      std::int64_t most = 0;
      for (const auto& row : report.trend) most = std::max(most, row.audience);
      const std::size_t width = bar_width(columns, rows, style);
      if (width >= 4) {
        columns.push_back({""});  // the bars: the audience column drawn
        for (std::size_t i = 0; i < rows.size(); ++i)
          rows[i].push_back(bar(report.trend[i].audience, most, width, style.ambiguous_wide));
      }
    }
    // A set flag (an overdue case) and a value to notice (a target behind) in red.
    for (std::size_t c = 0; style.color && c < table.columns.size(); ++c)
      for (std::size_t r = 0; r < rows.size(); ++r)
        if ((table.columns[c].kind == Kind::flag && !rows[r][c].empty()) || table.cells[r][c].alert)
          rows[r][c] = "\x1b[31m" + rows[r][c] + "\x1b[0m";
    out += io::render_table(columns, rows, style);
  }
  for (const auto& part : section.parts) put(out, report, part, style);
}

}  // namespace

std::string render_table(const Report& report, const std::vector<Section>& sections, const io::TableStyle& style) {
  std::string out;
  const auto header = header_lines(report);
  for (std::size_t i = 0; i < header.size(); ++i)
    out += text_line(header[i], {style.max_width, i == 0 && style.color, style.ambiguous_wide});  // the title bold
  for (const auto& section : sections) put(out, report, section, style);
  return out;
}

}  // namespace pingan::report
