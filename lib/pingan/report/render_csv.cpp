// The report as a long CSV table, one row per figure:
//   section,key,label,metric,value
// Counts are whole numbers, money has two decimals (yuan), rates four
// decimals (0..1) or empty when undefined, hours and points as "7.5" or "8".
// A compound section's rows are named by their JSON path ("volunteers.top").
#include <fmt/format.h>

#include "pingan/io/csv.hpp"
#include "pingan/records/volunteer.hpp"
#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

std::string value_text(Kind kind, const Cell& cell) {
  if (cell.null) return "";
  switch (kind) {
    case Kind::count:
    case Kind::number: return std::to_string(cell.value);
    case Kind::money: return format_yuan(cell.value);
    case Kind::rate: return cell.rate ? fmt::format("{:.4f}", *cell.rate) : "";
    case Kind::flag: return cell.value ? "true" : "false";
    case Kind::tenths: return records::format_tenths(cell.value);
    case Kind::text:
    case Kind::date: break;
  }
  return cell.text;
}

}  // namespace

std::string render_csv(const Report& report, const std::vector<Section>& sections) {
  std::string out = io::csv_row({"section", "key", "label", "metric", "value"});
  auto figure_rows = [&out](const std::string& section, const std::string& key, const std::string& label,
                            const std::vector<Figure>& figures) {
    for (const auto& figure : figures)
      out += io::csv_row({section, key, label, figure.key,
                          value_text(figure.kind, {figure.value, figure.rate})});
  };
  const auto join = [](const std::string& path, const std::string& key) { return path.empty() ? key : path + "." + key; };
  // `path` is the JSON path of the object that holds the section ("" at the top).
  auto rows = [&](auto& self, const Section& section, const std::string& path) -> void {
    const std::string name = join(path, section.key);
    if (const auto& comparison = section.comparison) {
      // The previous figures sit beside the section's (the totals'), or in a compound section's object.
      figure_rows(name, comparison->label, term("this_period", report.lang), comparison->now);
      figure_rows(join(section.parts.empty() ? path : name, comparison->previous_key), comparison->previous_label,
                  term("previous", report.lang), comparison->before);
    } else {
      for (const auto& row : section.rows)
        for (std::size_t c = 0; c < section.columns.size(); ++c)
          if (section.columns[c].metric)
            out += io::csv_row({name, row.key, row.label, section.columns[c].key,
                                value_text(kind_of(section.columns[c], row.cells[c]), row.cells[c])});
    }
    for (const auto& part : section.parts) self(self, part, name);
  };
  for (const auto& section : sections) rows(rows, section, "");
  return out;
}

}  // namespace pingan::report
