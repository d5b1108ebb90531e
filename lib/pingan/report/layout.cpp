#include "pingan/report/layout.hpp"

#include <fmt/format.h>

#include "pingan/report/text.hpp"
#include "pingan/views/case_view.hpp"

namespace pingan::report {
namespace {

Section group_section(const Report& report, const char* key, const char* first_column,
                      const std::vector<GroupRow>& rows) {
  const Lang lang = report.lang;
  Section section{key, term(key, lang),
                  {{term(first_column, lang), io::Align::left, true},
                   {term("events", lang), io::Align::right},
                   {term("audience", lang), io::Align::right},
                   {term("materials", lang), io::Align::right},
                   {term("installs", lang), io::Align::right}},
                  {}};
  for (const auto& row : rows)
    section.rows.push_back({row.label, group_thousands(row.events), group_thousands(row.audience),
                            group_thousands(row.materials), group_thousands(row.installs)});
  return section;
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

std::vector<Section> layout(const Report& report) {
  const Lang lang = report.lang;
  std::vector<Section> sections;

  Section totals{"totals", term("totals", lang),
                 {{""},
                  {term("this_period", lang) + " " + report.period.label, io::Align::right},
                  {term("previous", lang) + " " + report.previous_period.label, io::Align::right},
                  {term("change", lang), io::Align::right}},
                 {}};
  const auto now = figures(report.totals);
  const auto before = figures(report.previous);
  for (std::size_t i = 0; i < now.size(); ++i)
    totals.rows.push_back({term(now[i].key, lang), format_figure(now[i]), format_figure(before[i]),
                           format_change(now[i], before[i])});
  sections.push_back(std::move(totals));

  sections.push_back(group_section(report, "by_station", "station", report.by_station));
  sections.push_back(group_section(report, "by_venue", "venue", report.by_venue));
  sections.push_back(group_section(report, "by_topic", "topic", report.by_topic));

  Section trend{"trend", term(report.trend_by_week ? "trend_week" : "trend_day", lang),
                {{term(report.trend_by_week ? "week" : "day", lang)},
                 {term("events", lang), io::Align::right},
                 {term("audience", lang), io::Align::right},
                 {term("installs", lang), io::Align::right}},
                {}};
  for (const auto& row : report.trend)
    trend.rows.push_back({row.label, group_thousands(row.events), group_thousands(row.audience),
                          group_thousands(row.installs)});
  sections.push_back(std::move(trend));

  Section open{"open_cases", fmt::format("{} ({})", term("open_cases", lang), report.period.to.iso()),
               {{term("id", lang), io::Align::right},
                {term("opened", lang)},
                {term("station", lang), io::Align::left, true},
                {term("name", lang)},
                {term("category", lang), io::Align::left, true},
                {term("amount", lang), io::Align::right},
                {term("status", lang)},
                {term("age_days", lang), io::Align::right},
                {term("overdue", lang)}},
               {}};
  for (const auto& row : report.open_cases)
    open.rows.push_back({std::to_string(row.id), row.opened.iso(), row.station, row.name, row.category_label,
                         format_figure({"amount", Kind::money, row.amount, {}}), views::status_label(row.status, lang),
                         std::to_string(row.age_days), row.overdue ? term("overdue", lang) : ""});
  sections.push_back(std::move(open));
  return sections;
}

}  // namespace pingan::report
