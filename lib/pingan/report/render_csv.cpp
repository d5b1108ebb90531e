// The report as a long CSV table, one row per figure:
//   section,key,label,metric,value
// Counts are whole numbers, money has two decimals (yuan), rates four
// decimals (0..1) or empty when undefined.
#include <fmt/format.h>

#include "pingan/io/csv.hpp"
#include "pingan/report/render.hpp"
#include "pingan/report/text.hpp"

namespace pingan::report {
namespace {

std::string value_text(const Figure& figure) {
  if (figure.kind == Kind::money) return format_yuan(figure.value);
  if (figure.kind == Kind::rate) return figure.rate ? fmt::format("{:.4f}", *figure.rate) : "";
  return std::to_string(figure.value);
}

}  // namespace

std::string render_csv(const Report& report) {
  std::string out = io::csv_row({"section", "key", "label", "metric", "value"});
  auto row = [&out](const std::string& section, const std::string& key, const std::string& label,
                    const std::string& metric, const std::string& value) {
    out += io::csv_row({section, key, label, metric, value});
  };
  for (const auto& figure : figures(report.totals))
    row("totals", report.period.label, term("this_period", report.lang), figure.key, value_text(figure));
  for (const auto& figure : figures(report.previous))
    row("previous", report.previous_period.label, term("previous", report.lang), figure.key, value_text(figure));
  const std::pair<const char*, const std::vector<GroupRow>*> groups[] = {
      {"by_station", &report.by_station}, {"by_venue", &report.by_venue}, {"by_topic", &report.by_topic}};
  for (const auto& [section, rows] : groups)
    for (const auto& group : *rows) {
      row(section, group.key, group.label, "events", std::to_string(group.events));
      row(section, group.key, group.label, "audience", std::to_string(group.audience));
      row(section, group.key, group.label, "materials", std::to_string(group.materials));
      row(section, group.key, group.label, "installs", std::to_string(group.installs));
    }
  for (const auto& day : report.trend) {
    row("trend", day.key, day.label, "events", std::to_string(day.events));
    row("trend", day.key, day.label, "audience", std::to_string(day.audience));
    row("trend", day.key, day.label, "installs", std::to_string(day.installs));
  }
  for (const auto& open : report.open_cases) {
    const std::string key = std::to_string(open.id);
    row("open_cases", key, open.name, "opened", open.opened.iso());
    row("open_cases", key, open.name, "station", open.station);
    row("open_cases", key, open.name, "category", open.category);
    row("open_cases", key, open.name, "amount", format_yuan(open.amount));
    row("open_cases", key, open.name, "status", open.status);
    row("open_cases", key, open.name, "age_days", std::to_string(open.age_days));
    row("open_cases", key, open.name, "overdue", open.overdue ? "true" : "false");
  }
  return out;
}

}  // namespace pingan::report
