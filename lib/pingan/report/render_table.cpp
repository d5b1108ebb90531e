// The report for a terminal: the sections as aligned tables, and the trend
// with bars so the week's shape shows at a glance.
#include <algorithm>

#include "pingan/report/layout.hpp"
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

}  // namespace

std::string render_table(const Report& report, std::optional<std::size_t> width, bool color) {
  std::string out;
  const auto header = header_lines(report);
  out += bold(header[0], color) + "\n";
  for (std::size_t i = 1; i < header.size(); ++i) out += header[i] + "\n";
  for (auto& section : layout(report)) {
    out += "\n" + bold(section.title, color) + "\n";
    if (section.rows.empty()) {
      out += term("none", report.lang) + "\n";
      continue;
    }
    if (section.key == "trend") {
      // A bar of the audience for each day or week, scaled to the largest.
      std::int64_t most = 0;
      for (const auto& row : report.trend) most = std::max(most, row.audience);
      section.columns.push_back({""});  // the bars: the audience column drawn
      for (std::size_t i = 0; i < section.rows.size(); ++i)
        section.rows[i].push_back(bar(report.trend[i].audience, most, 24));
    }
    if (section.key == "open_cases" && color)
      for (auto& row : section.rows)
        if (!row.back().empty()) row.back() = "\x1b[31m" + row.back() + "\x1b[0m";
    out += io::render_table(section.columns, section.rows, {width, color});
  }
  return out;
}

}  // namespace pingan::report
