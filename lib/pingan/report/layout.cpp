#include "pingan/report/layout.hpp"

#include <fmt/format.h>

#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

std::string cell_text(const Column& column, const Cell& cell) {
  switch (column.kind) {
    case Kind::text: return cell.label.empty() ? cell.text : cell.label;
    case Kind::date: return cell.text;
    case Kind::flag: return cell.value ? column.heading : "";
    default: return format_figure({column.key, column.kind, cell.value, cell.rate});
  }
}

}  // namespace

std::vector<std::string> header_lines(const Report& report) {
  const Lang lang = report.lang;
  return {
      term("title", lang),
      fmt::format("{}: {} ({} … {})", term("period", lang), report.period.label, report.period.from.iso(),
                  report.period.to.iso()),
      fmt::format("{}: {}", term("station", lang), report.station.value_or(term("all_stations", lang))),
  };
}

TextTable text_table(const Section& section) {
  TextTable table;
  for (const auto& column : section.columns)
    if (column.shown) table.columns.push_back(column);
  for (const auto& row : section.rows) {
    auto& cells = table.rows.emplace_back();
    for (std::size_t c = 0; c < section.columns.size(); ++c)
      if (section.columns[c].shown) cells.push_back(cell_text(section.columns[c], row.cells[c]));
  }
  return table;
}

}  // namespace pingan::report
