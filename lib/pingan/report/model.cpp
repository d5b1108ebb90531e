#include "pingan/report/model.hpp"

#include <fmt/format.h>

#include "pingan/store/report_figures.hpp"
#include "pingan/views/mask.hpp"
#include "pingan/report/text.hpp"
#include "pingan/views/case_view.hpp"

namespace pingan::report {
namespace {

const char* weekday_name(int weekday, Lang lang) {
  static const char* zh[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  static const char* en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  return (lang == Lang::zh ? zh : en)[weekday - 1];
}

// "11-23 周一" / "Mon 11-23" for a day, "W48 (11-23…11-29)" for a week.
std::string trend_label(const TrendRow& row, bool by_week, Lang lang) {
  const Date& day = row.from;
  if (by_week)
    return fmt::format("W{:02d} ({:02d}-{:02d}…{:02d}-{:02d})", iso_week(day).week, day.month, day.day, row.to.month,
                       row.to.day);
  return lang == Lang::zh ? fmt::format("{:02d}-{:02d} {}", day.month, day.day, weekday_name(day.weekday(), lang))
                          : fmt::format("{} {:02d}-{:02d}", weekday_name(day.weekday(), lang), day.month, day.day);
}

// The totals in the order of SPEC §5.
std::vector<Figure> figures(const Totals& totals) {
  return {
      {"events", Kind::count, totals.events, {}},
      {"audience", Kind::count, totals.audience, {}},
      {"materials", Kind::count, totals.materials, {}},
      {"installs", Kind::count, totals.installs, {}},
      {"cases_opened", Kind::count, totals.cases_opened, {}},
      {"cases_finished", Kind::count, totals.cases_finished, {}},
      {"amount_claimed", Kind::money, totals.amount_claimed, {}},
      {"amount_recovered", Kind::money, totals.amount_recovered, {}},
      {"recovery_rate", Kind::rate, 0, totals.recovery_rate()},
  };
}

Section totals_section(const Report& report) {
  const Lang lang = report.lang;
  Section section{"totals",
                  term("totals", lang),
                  {{.key = "figure"},
                   {.key = "totals", .heading = term("this_period", lang) + " " + report.period.label,
                    .align = io::Align::right},
                   {.key = "previous", .heading = term("previous", lang) + " " + report.previous_period.label,
                    .align = io::Align::right},
                   {.key = "change", .heading = term("change", lang), .align = io::Align::right}},
                  {},
                  Comparison{"previous", report.period.label, report.previous_period.label, figures(report.totals),
                             figures(report.previous)}};
  const auto& now = section.comparison->now;
  const auto& before = section.comparison->before;
  for (std::size_t i = 0; i < now.size(); ++i)
    section.rows.push_back({now[i].key,
                            term(now[i].key, lang),
                            {term(now[i].key, lang), format_figure(now[i]), format_figure(before[i]),
                             format_change(now[i], before[i])}});
  return section;
}

// by_station, by_venue, by_topic: `first` names the first column.
Section group_section(const char* key, const char* first, const std::vector<GroupRow>& rows, Lang lang) {
  Section section{key,
                  term(key, lang),
                  {{.key = "key", .shown = false, .metric = false},
                   {.key = "label", .heading = term(first, lang), .fit = Fit::cut, .metric = false},
                   {"events", term("events", lang), Kind::count},
                   {"audience", term("audience", lang), Kind::count},
                   {"materials", term("materials", lang), Kind::count},
                   {"installs", term("installs", lang), Kind::count}}};
  for (const auto& row : rows)
    section.rows.push_back(
        {row.key, row.label, {row.key, row.label, row.events, row.audience, row.materials, row.installs}});
  return section;
}

Section trend_section(const Report& report) {
  const Lang lang = report.lang;
  Section section{"trend",
                  term(report.trend_by_week ? "trend_week" : "trend_day", lang),
                  {{.key = "key", .shown = false, .metric = false},
                   {.key = "label", .heading = term(report.trend_by_week ? "week" : "day", lang), .metric = false},
                   {"events", term("events", lang), Kind::count},
                   {"audience", term("audience", lang), Kind::count},
                   {"installs", term("installs", lang), Kind::count}}};
  for (const auto& row : report.trend)
    section.rows.push_back({row.key, row.label, {row.key, row.label, row.events, row.audience, row.installs}});
  return section;
}

Section open_cases_section(const Report& report) {
  const Lang lang = report.lang;
  Section section{"open_cases",
                  fmt::format("{} ({})", term("open_cases", lang), report.period.to.iso()),
                  {{.key = "id", .heading = term("id", lang), .kind = Kind::number, .metric = false},
                   {"opened", term("opened", lang), Kind::date, Fit::whole},
                   {"station", term("station", lang), Kind::text, Fit::cut},
                   {.key = "name", .heading = term("name", lang), .fit = Fit::whole, .metric = false},
                   {"category", term("category", lang), Kind::text, Fit::cut},
                   {"amount", term("amount", lang), Kind::money},
                   {"status", term("status", lang), Kind::text, Fit::whole},
                   {"age_days", term("age_days", lang), Kind::number},
                   {"overdue", term("overdue", lang), Kind::flag, Fit::whole}}};
  for (const auto& row : report.open_cases)
    section.rows.push_back({std::to_string(row.id),
                            row.name,
                            {row.id, row.opened.iso(), row.station, row.name, {row.category, row.category_label},
                             row.amount, {row.status, views::status_label(row.status, lang)}, row.age_days,
                             row.overdue}});
  return section;
}

}  // namespace

std::vector<Section> Report::sections() const {
  return {totals_section(*this),
          group_section("by_station", "station", by_station, lang),
          group_section("by_venue", "venue", by_venue, lang),
          group_section("by_topic", "topic", by_topic, lang),
          trend_section(*this),
          open_cases_section(*this)};
}

Report build_report(store::Ledger& ledger, const Config& config, const ReportRequest& request) {
  Report report;
  report.period = request.period;
  report.previous_period = previous_period(request.period);
  report.station = request.station;
  report.lang = request.lang;
  report.trend_by_week = request.period.length_days() > 31;
  report.overdue_days = config.overdue_days;
  const auto& station = request.station;
  queries::read_snapshot(ledger, [&] {
    report.totals = queries::totals(ledger, report.period, station);
    report.previous = queries::totals(ledger, report.previous_period, station);
    report.by_station = queries::groups(ledger, report.period, station, queries::Group::station);
    report.by_venue = queries::groups(ledger, report.period, station, queries::Group::venue);
    report.by_topic = queries::groups(ledger, report.period, station, queries::Group::topic);
    report.trend = queries::trend(ledger, report.period, station, report.trend_by_week);
    report.open_cases = queries::open_cases(ledger, report.period, station);
  });
  // Labels in the report's language, and names masked (SPEC §5).
  for (auto& row : report.by_station) row.label = row.key;
  for (auto& row : report.by_venue) row.label = config.venues.label(row.key, report.lang);
  for (auto& row : report.by_topic) row.label = config.topics.label(row.key, report.lang);
  for (auto& row : report.trend) row.label = trend_label(row, report.trend_by_week, report.lang);
  for (auto& row : report.open_cases) {
    row.name = mask_name(row.name);
    row.category_label = config.categories.label(row.category, report.lang);
    row.overdue = row.age_days > config.overdue_days;
  }
  return report;
}

}  // namespace pingan::report
