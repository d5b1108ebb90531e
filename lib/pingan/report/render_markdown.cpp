// The report as Markdown: headings and pipe tables, to paste into a document.
#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

// Pipes would end the cell and newlines the row; markup characters become
// entities, since most Markdown renderers pass HTML through; brackets (and
// the backslash that could undo their escape) are escaped, so a name like
// [x](javascript:…) stays text rather than a link or an image.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|' || c == '[' || c == ']' || c == '\\') out += std::string("\\") + c;
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

// A section under a heading of `level` (##), its parts one level down.
void put(std::string& out, const Section& section, Lang lang, int level) {
  if (section.optional && section.rows.empty()) return;
  out += "\n" + std::string(static_cast<std::size_t>(level), '#') + " " + cell(section.title) + "\n\n";
  const auto table = text_table(section);
  if (table.rows.empty()) {
    out += term("none", lang) + "\n";
  } else {
    std::string head = "|", rule = "|";
    for (const auto& column : table.columns) {
      head += " " + cell(column.heading) + " |";
      rule += column.align == io::Align::right ? " ---: |" : " --- |";
    }
    out += head + "\n" + rule + "\n";
    for (const auto& row : table.rows) {
      out += "|";
      for (const auto& value : row) out += " " + cell(value) + " |";
      out += "\n";
    }
  }
  for (const auto& part : section.parts) put(out, part, lang, level + 1);
}

}  // namespace

std::string render_markdown(const Report& report, const std::vector<Section>& sections) {
  const auto header = header_lines(report);
  std::string out = "# " + cell(header[0]) + "\n\n";
  for (std::size_t i = 1; i < header.size(); ++i) out += "- " + cell(header[i]) + "\n";
  for (const auto& section : sections) put(out, section, report.lang, 2);
  return out;
}

}  // namespace pingan::report
