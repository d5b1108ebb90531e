// The report for a terminal: the sections as aligned tables, and the trend
// with bars so the week's shape shows at a glance.
#include <algorithm>

#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

// A bar of up to `width` eighth-blocks for value/max.
std::string bar(std::int64_t value, std::int64_t max, std::size_t width) {
  if (max <= 0 || value <= 0) return "";
  static const char* partial[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  const auto eighths = static_cast<std::size_t>((value * static_cast<std::int64_t>(width) * 8 + max - 1) / max);
  std::string out;
  for (std::size_t i = 0; i < eighths / 8; ++i) out += "█";
  return out + partial[eighths % 8];
}

std::string bold(const std::string& text, bool color) { return color ? "\x1b[1m" + text + "\x1b[0m" : text; }

// A section as an aligned table under its title, then its parts.
void put(std::string& out, const Report& report, const Section& section, std::optional<std::size_t> width,
         bool color) {
  if (section.optional && section.rows.empty()) return;
  out += "\n" + bold(section.title, color) + "\n";
  auto table = text_table(section);
  if (table.rows.empty()) {
    out += term("none", report.lang) + "\n";
  } else {
    std::vector<io::Column> columns;
    for (const auto& column : table.columns) columns.push_back({column.heading, column.align, column.fit == Fit::cut});
    auto& rows = table.rows;
    if (section.key == "trend") {
      // A bar of the audience for each day or week, scaled to the largest.
      std::int64_t most = 0;
      for (const auto& row : report.trend) most = std::max(most, row.audience);
      columns.push_back({""});  // the bars: the audience column drawn
      for (std::size_t i = 0; i < rows.size(); ++i) rows[i].push_back(bar(report.trend[i].audience, most, 24));
    }
    // A set flag (an overdue case) and a value to notice (a target behind) in red.
    for (std::size_t c = 0; color && c < table.columns.size(); ++c)
      for (std::size_t r = 0; r < rows.size(); ++r)
        if ((table.columns[c].kind == Kind::flag && !rows[r][c].empty()) || table.cells[r][c].alert)
          rows[r][c] = "\x1b[31m" + rows[r][c] + "\x1b[0m";
    out += io::render_table(columns, rows, {width, color});
  }
  for (const auto& part : section.parts) put(out, report, part, width, color);
}

}  // namespace

std::string render_table(const Report& report, const std::vector<Section>& sections,
                         std::optional<std::size_t> width, bool color) {
  std::string out;
  const auto header = header_lines(report);
  out += bold(header[0], color) + "\n";
  for (std::size_t i = 1; i < header.size(); ++i) out += header[i] + "\n";
  for (const auto& section : sections) put(out, report, section, width, color);
  return out;
}

}  // namespace pingan::report
