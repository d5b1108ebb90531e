#include "pingan/report/model.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "pingan/records/volunteer.hpp"
#include "pingan/store/report_figures.hpp"
#include "pingan/views/mask.hpp"
#include "pingan/report/targets.hpp"
#include "pingan/report/text.hpp"
#include "pingan/views/case_view.hpp"

namespace pingan::report {
namespace {

constexpr std::size_t kTopRows = 5;  // the volunteers' top (SPEC §9, Reports)

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

// The volunteers' figures in the order of SPEC §9.
std::vector<Figure> figures(const VolunteerTotals& totals) {
  return {
      {"active", Kind::count, totals.active, {}},
      {"joined", Kind::count, totals.joined, {}},
      {"participations", Kind::count, totals.participations, {}},
      {"hours", Kind::tenths, totals.hours, {}},
      {"points", Kind::tenths, totals.points, {}},
  };
}

// "本期 2026-W48"; in English the label alone, which keeps the table narrow.
std::string period_heading(const char* key, const std::string& label, Lang lang) {
  const std::string word = heading(key, lang);
  return word.empty() ? label : word + " " + label;
}

// This period's figures against the previous period's, one row per figure.
Section comparison_section(const Report& report, const char* key, std::vector<Figure> figures_now,
                           std::vector<Figure> figures_before) {
  const Lang lang = report.lang;
  Section section{key,
                  term(key, lang),
                  {{.key = "figure"},
                   {.key = "totals", .heading = period_heading("this_period", report.period.label, lang),
                    .align = io::Align::right},
                   {.key = "previous", .heading = period_heading("previous", report.previous_period.label, lang),
                    .align = io::Align::right},
                   {.key = "change", .heading = heading("change", lang), .align = io::Align::right}},
                  {},
                  Comparison{"previous", report.period.label, report.previous_period.label,
                             std::move(figures_now), std::move(figures_before)}};
  const auto& now = section.comparison->now;
  const auto& before = section.comparison->before;
  for (std::size_t i = 0; i < now.size(); ++i)
    section.rows.push_back({now[i].key,
                            term(now[i].key, lang),
                            {term(now[i].key, lang), format_figure(now[i]), format_figure(before[i]),
                             format_change(now[i], before[i])}});
  return section;
}

// by_station, by_venue, by_topic: `first` names the first column; a
// bureau's by_station adds each station's last push.
Section group_section(const char* key, const char* first, const std::vector<GroupRow>& rows, Lang lang,
                      const std::optional<std::map<std::string, std::optional<std::string>>>& last_push = {}) {
  Section section{key,
                  term(key, lang),
                  {{.key = "key", .shown = false, .metric = false},
                   {.key = "label", .heading = heading(first, lang), .fit = Fit::cut, .metric = false},
                   {"events", heading("events", lang), Kind::count},
                   {"audience", heading("audience", lang), Kind::count},
                   {"materials", heading("materials", lang), Kind::count},
                   {"installs", heading("installs", lang), Kind::count}}};
  if (last_push) section.columns.push_back({"last_push", heading("last_push", lang), Kind::date, Fit::whole});
  for (const auto& row : rows) {
    Row& out = section.rows.emplace_back(
        Row{row.key, row.label, {row.key, row.label, row.events, row.audience, row.materials, row.installs}});
    if (last_push) {
      const auto found = last_push->find(row.key);
      out.cells.push_back(optional_text(found != last_push->end() ? found->second : std::nullopt));
    }
  }
  return section;
}

Section trend_section(const Report& report) {
  const Lang lang = report.lang;
  Section section{"trend",
                  term(report.trend_by_week ? "trend_week" : "trend_day", lang),
                  {{.key = "key", .shown = false, .metric = false},
                   {.key = "label", .heading = heading(report.trend_by_week ? "week" : "day", lang), .metric = false},
                   {"events", heading("events", lang), Kind::count},
                   {"audience", heading("audience", lang), Kind::count},
                   {"installs", heading("installs", lang), Kind::count}}};
  for (const auto& row : report.trend)
    section.rows.push_back({row.key, row.label, {row.key, row.label, row.events, row.audience, row.installs}});
  return section;
}

Section open_cases_section(const Report& report) {
  const Lang lang = report.lang;
  Section section{"open_cases",
                  fmt::format("{} ({})", term("open_cases", lang), report.period.to.iso()),
                  {{.key = "id", .heading = heading("id", lang), .kind = Kind::number, .metric = false},
                   {"opened", heading("opened", lang), Kind::date, Fit::whole},
                   {"station", heading("station", lang), Kind::text, Fit::cut},
                   {.key = "name", .heading = heading("name", lang), .fit = Fit::whole, .metric = false},
                   {"category", heading("category", lang), Kind::text, Fit::cut},
                   {"amount", heading("amount", lang), Kind::money},
                   {"status", heading("status", lang), Kind::text, Fit::whole},
                   {"age_days", heading("age_days", lang), Kind::number},
                   {"overdue", heading("overdue", lang), Kind::flag, Fit::whole}}};
  for (const auto& row : report.open_cases)
    section.rows.push_back({std::to_string(row.id),
                            row.name,
                            {row.id, row.opened.iso(), row.station, row.name, {row.category, row.category_label},
                             row.amount, {row.status, std::string(views::status_label(row.status, lang))}, row.age_days,
                             row.overdue}});
  return section;
}

// The volunteers (SPEC §9, Reports): their figures against the previous
// period's, then points by duty and the top of the leaderboard.
Section volunteers_section(const Report& report) {
  const Lang lang = report.lang;
  Section section = comparison_section(report, "volunteers", figures(report.volunteers),
                                       figures(report.previous_volunteers));
  Section& by_duty = section.parts.emplace_back(Section{"by_duty",
                                                        term("by_duty", lang),
                                                        {{.key = "key", .shown = false, .metric = false},
                                                         {.key = "label", .heading = heading("duty", lang), .metric = false},
                                                         {"participations", heading("participations", lang), Kind::count},
                                                         {"hours", heading("hours", lang), Kind::tenths},
                                                         {"points", heading("points", lang), Kind::tenths}}});
  for (const auto& row : report.by_duty)
    by_duty.rows.push_back({row.key, row.label, {row.key, row.label, row.participations, row.hours, row.points}});
  Section& top = section.parts.emplace_back(Section{
      "top",
      term("top", lang),
      {{"rank", heading("rank", lang), Kind::number},
       {.key = "id", .heading = heading("id", lang), .kind = Kind::number, .metric = false},
       {.key = "name", .heading = heading("volunteer", lang), .fit = Fit::whole, .metric = false},
       {"station", heading("station", lang), Kind::text, Fit::cut},
       {"group", heading("volunteer_group", lang), Kind::text, Fit::cut},
       {"participations", heading("participations", lang), Kind::count},
       {"hours", heading("hours", lang), Kind::tenths},
       {"points", heading("points", lang), Kind::tenths}}});
  for (const auto& row : report.top)
    top.rows.push_back({std::to_string(row.id),
                        row.name,
                        {row.rank, row.id, row.name, row.station, optional_text(row.group, row.group_label),
                         row.participations, row.hours, row.points}});
  return section;
}

// Every duty of the config in its order, then any code the config no longer
// has, then the adjustments, so the points add up to the total.
std::vector<DutyRow> duty_rows(const std::vector<DutyRow>& found, const Config& config, Lang lang) {
  std::vector<DutyRow> rows;
  for (const auto& duty : config.duties.terms()) rows.push_back({duty.code, duty.label(lang)});
  DutyRow adjustment{records::kAdjustment, term("adjustment", lang)};
  for (const auto& row : found) {
    DutyRow* into = &adjustment;
    if (row.key != records::kAdjustment) {
      auto known = std::find_if(rows.begin(), rows.end(), [&](const DutyRow& r) { return r.key == row.key; });
      into = known != rows.end() ? &*known : &rows.emplace_back(DutyRow{row.key, config.duties.label(row.key, lang)});
    }
    into->participations = row.participations;
    into->hours = row.hours;
    into->points = row.points;
  }
  rows.push_back(adjustment);
  return rows;
}

// A bureau's by_station lists every station, those with nothing in the
// period too, each with its last push (SPEC §10), in the usual order.
void every_station(Report& report, const std::vector<store::KnownStation>& known) {
  auto& last_push = report.last_push.emplace();
  for (const auto& station : known) {
    if (report.station && *report.station != station.name) continue;
    if (std::ranges::find(report.by_station, station.name, &GroupRow::key) == report.by_station.end())
      report.by_station.emplace_back().key = station.name;
    last_push[station.name] = station.last_push;
  }
  std::ranges::stable_sort(report.by_station, [](const GroupRow& a, const GroupRow& b) {
    return a.events != b.events ? a.events > b.events : a.key < b.key;
  });
}

}  // namespace

std::vector<Section> Report::sections() const {
  std::vector<Section> out{comparison_section(*this, "totals", figures(totals), figures(previous)),
          group_section("by_station", "station", by_station, lang, last_push),
          group_section("by_venue", "venue", by_venue, lang),
          group_section("by_topic", "topic", by_topic, lang),
          trend_section(*this),
          open_cases_section(*this),
          volunteers_section(*this),
          targets_section(*this)};
  if (rank_metric) out.push_back(ranking_section(*this));
  return out;
}

Report build_report(store::Ledger& ledger, const Config& config, const ReportRequest& request) {
  return build_report(*store::ledger_figures(ledger), config, request);
}

Report build_report(store::FigureSource& source, const Config& config, const ReportRequest& request) {
  Report report;
  report.period = request.period;
  report.previous_period = previous_period(request.period);
  report.station = request.station;
  report.lang = request.lang;
  report.trend_by_week = request.period.length_days() > 31;
  report.overdue_days = config.overdue_days;
  const auto& station = request.station;
  source.read_snapshot([&] {
    report.totals = queries::totals(source, report.period, station);
    report.previous = queries::totals(source, report.previous_period, station);
    report.by_station = queries::groups(source, report.period, station, queries::Group::station);
    if (auto known = source.known_stations()) every_station(report, *known);
    report.by_venue = queries::groups(source, report.period, station, queries::Group::venue);
    report.by_topic = queries::groups(source, report.period, station, queries::Group::topic);
    report.trend = queries::trend(source, report.period, station, report.trend_by_week);
    report.open_cases = queries::open_cases(source, report.period, station);
    report.volunteers = queries::volunteer_totals(source, report.period, station);
    report.previous_volunteers = queries::volunteer_totals(source, report.previous_period, station);
    report.by_duty = duty_rows(queries::by_duty(source, report.period, station), config, report.lang);
    // The top rows exactly; ties at the cut are the certificates' rule, not the report's.
    auto board = queries::board(source, report.period, station, std::nullopt);
    if (board.size() > kTopRows) board.resize(kTopRows);
    for (auto& row : board)
      report.top.push_back({row.rank, row.id, std::move(row.name), std::move(row.station), row.group,
                            row.group ? config.volunteer_groups.label(*row.group, report.lang) : "",
                            row.participations, row.hours, row.points});
    add_targets(report, source, request);
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
