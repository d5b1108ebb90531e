#include "pingan/report/targets.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "pingan/records/target.hpp"
#include "pingan/report/text.hpp"
#include "pingan/store/report_figures.hpp"

namespace pingan::report {
namespace {

using records::Metric;
using records::Unit;

// Wide enough for fen × 10,000 × a population, exactly (a GCC/Clang extension).
__extension__ typedef __int128 Wide;

// An exact ratio, so that equal completions tie however they were reached.
struct Fraction {
  Wide num = 0;
  Wide den = 1;  // > 0
  double value() const { return static_cast<double>(static_cast<long double>(num) / static_cast<long double>(den)); }
  std::strong_ordering operator<=>(const Fraction& other) const { return num * other.den <=> other.num * den; }
  bool operator==(const Fraction& other) const { return num * other.den == other.num * den; }
};

Kind kind_of(Unit unit) { return unit == Unit::count ? Kind::count : unit == Unit::money ? Kind::money : Kind::tenths; }

// The total a metric counts (installs_per_10k: the installs).
std::int64_t total_of(const Totals& totals, std::string_view code) {
  if (code == "events") return totals.events;
  if (code == "audience") return totals.audience;
  if (code == "materials") return totals.materials;
  if (code == "cases_finished") return totals.cases_finished;
  if (code == "amount_recovered") return totals.amount_recovered;
  return totals.installs;  // installs, installs_per_10k
}

// The metric's total per 10,000 residents: in tenths, or in fen for money.
Fraction per_10k(const Metric& metric, std::int64_t total, std::int64_t population) {
  return {static_cast<Wide>(total) * 10000 * (metric.unit == Unit::money ? 1 : 10), population};
}

std::int64_t rounded(const Fraction& f) { return static_cast<std::int64_t>((f.num * 2 + f.den) / (f.den * 2)); }

// A station's figure for a metric over some days, exact.
struct Standing {
  std::optional<Fraction> actual;  // in the metric's unit; nothing when it needs a missing population
  std::optional<Fraction> per_10k;
};

Standing standing(const Metric& metric, const Totals& totals, std::optional<std::int64_t> population) {
  const std::int64_t total = total_of(totals, metric.code);
  Standing out;
  if (population) out.per_10k = per_10k(metric, total, *population);
  if (metric.unit == Unit::per_10k) out.actual = out.per_10k;
  else out.actual = Fraction{total, 1};
  return out;
}

std::optional<Fraction> completion(const Standing& standing, std::int64_t target) {
  if (!standing.actual) return std::nullopt;
  return Fraction{standing.actual->num, standing.actual->den * target};
}

std::optional<std::int64_t> rounded(const std::optional<Fraction>& f) {
  return f ? std::optional(rounded(*f)) : std::nullopt;
}
std::optional<double> value(const std::optional<Fraction>& f) { return f ? std::optional(f->value()) : std::nullopt; }

}  // namespace

void add_targets(Report& report, store::FigureSource& source, const ReportRequest& request) {
  const Date last = report.period.to;
  std::map<std::string, std::optional<std::int64_t>> population;
  const auto stations = queries::stations(source);
  for (const auto& station : stations) population[station.name] = station.population;
  // Each station's totals from a target period's first day to the report's last day.
  std::map<Date, std::map<std::string, Totals>> since;
  const auto totals_since = [&](Date first, const std::string& station) -> Totals {
    auto found = since.find(first);
    if (found == since.end())
      found = since.emplace(first, queries::totals_by_station(source, make_range(first, last))).first;
    const auto of_station = found->second.find(station);
    return of_station == found->second.end() ? Totals{} : of_station->second;
  };
  // In the section's order: by station, metric, shorter period first.
  auto targets = queries::targets_on(source, last, std::nullopt);
  std::ranges::stable_sort(targets, [](const store::StoredTarget& a, const store::StoredTarget& b) {
    return std::tuple(a.station, records::metric_order(a.metric), a.period.length_days()) <
           std::tuple(b.station, records::metric_order(b.metric), b.period.length_days());
  });

  for (const auto& target : targets) {
    if (report.station && target.station != *report.station) continue;
    const Metric& metric = records::parse_metric(target.metric, "target.metric");
    const Standing now = standing(metric, totals_since(target.period.from, target.station), population[target.station]);
    const auto done = completion(now, target.value);
    // The days gone: up to the report's last day, or today if that is earlier.
    const std::int64_t days = target.period.length_days();
    const std::int64_t gone = std::clamp<std::int64_t>(std::min(last, request.today).days() - target.period.from.days() + 1, 0, days);
    const Fraction expected{gone, days};
    const std::string status = done && *done >= Fraction{1, 1} ? "met" : done && *done >= expected ? "ahead" : "behind";
    report.targets.push_back({target.station, target.metric, term(target.metric, report.lang), target.period.label,
                              target.value, rounded(now.actual), value(done), expected.value(), status,
                              term(status, report.lang)});
  }

  if (!request.rank) return;
  const Metric& metric = records::parse_metric(*request.rank, "--rank");
  report.rank_metric = std::string(metric.code);
  const auto in_period = queries::totals_by_station(source, report.period);
  struct Entry {
    RankRow row;
    std::optional<Fraction> by;  // what it is ranked by
  };
  std::vector<Entry> with_target, without;
  for (const auto& station : stations) {
    if (station.retired) continue;
    // The station's target for the metric over the shortest period.
    const store::StoredTarget* chosen = nullptr;
    for (const auto& target : targets)
      if (target.station == station.name && target.metric == metric.code &&
          (!chosen || target.period.length_days() < chosen->period.length_days()))
        chosen = &target;
    Entry entry;
    entry.row.station = station.name;
    if (chosen) {
      const Standing now = standing(metric, totals_since(chosen->period.from, station.name), station.population);
      const auto done = completion(now, chosen->value);
      entry.row = {0, station.name, rounded(now.actual), chosen->value, value(done), rounded(now.per_10k), false};
      entry.by = done;
      with_target.push_back(entry);
    } else {
      const auto found = in_period.find(station.name);
      const Standing now = standing(metric, found == in_period.end() ? Totals{} : found->second, station.population);
      entry.row = {0, station.name, rounded(now.actual), std::nullopt, std::nullopt, rounded(now.per_10k), false};
      entry.by = now.per_10k;
      without.push_back(entry);
    }
  }
  // Without a target: per 10,000 residents when every population is known, else the metric itself.
  const bool per_head = std::ranges::all_of(without, [](const Entry& e) { return e.row.per_10k.has_value(); });
  if (!per_head)
    for (auto& entry : without) {
      const auto found = in_period.find(entry.row.station);
      entry.by = Fraction{total_of(found == in_period.end() ? Totals{} : found->second, metric.code), 1};
    }
  // Highest first (nothing lowest), then by name; equal values share a rank.
  const auto rank = [&](std::vector<Entry>& entries) {
    std::ranges::stable_sort(entries, [](const Entry& a, const Entry& b) {
      if (a.by.has_value() != b.by.has_value()) return a.by.has_value();
      if (a.by && *a.by != *b.by) return *a.by > *b.by;
      return a.row.station < b.row.station;
    });
    for (std::size_t i = 0; i < entries.size(); ++i) {
      auto& row = entries[i].row;
      row.rank = i > 0 && entries[i].by == entries[i - 1].by ? entries[i - 1].row.rank
                                                              : static_cast<std::int64_t>(report.ranking.size() + i) + 1;
    }
    for (auto& entry : entries) report.ranking.push_back(entry.row);
  };
  rank(with_target);
  rank(without);
  // The last three, and every row tied with the third from last.
  if (!report.ranking.empty()) {
    const std::int64_t cut = report.ranking[report.ranking.size() < 3 ? 0 : report.ranking.size() - 3].rank;
    for (auto& row : report.ranking) row.bottom = row.rank >= cut;
  }
}

Section targets_section(const Report& report) {
  const Lang lang = report.lang;
  Section section{.key = "targets",
                  .title = term("targets", lang),
                  .columns = {{.key = "station", .heading = heading("station", lang), .fit = Fit::cut, .metric = false},
                              {.key = "metric", .heading = heading("metric", lang), .fit = Fit::cut, .metric = false},
                              {.key = "period", .heading = heading("target_period", lang), .fit = Fit::whole, .metric = false},
                              {"target", heading("target", lang), Kind::count},
                              {"actual", heading("actual", lang), Kind::count},
                              {.key = "completion", .heading = heading("completion", lang), .kind = Kind::rate, .progress = true},
                              {"expected", heading("expected", lang), Kind::rate},
                              {.key = "status", .heading = heading("status", lang), .fit = Fit::whole, .metric = false}},
                  .optional = true};
  for (const auto& row : report.targets) {
    const Kind kind = kind_of(records::parse_metric(row.metric, "metric").unit);
    Cell status(row.status, row.status_label);
    status.alert = row.status == "behind";
    Cell target(row.target);
    target.kind = kind;
    section.rows.push_back({row.station + ":" + row.metric,
                            row.period,
                            {row.station, {row.metric, row.metric_label}, row.period, target,
                             optional_value(row.actual, kind), {0, row.completion}, {0, row.expected}, status}});
  }
  return section;
}

Section ranking_section(const Report& report) {
  const Lang lang = report.lang;
  const Metric& metric = records::parse_metric(*report.rank_metric, "--rank");
  const Kind kind = kind_of(metric.unit);
  const Kind per_head = metric.unit == Unit::money ? Kind::money : Kind::tenths;
  Section section{.key = "ranking",
                  .title = term("ranking", lang) + " · " + term(metric.code, lang),
                  .columns = {{"rank", heading("rank", lang), Kind::number},
                              {.key = "station", .heading = heading("station", lang), .fit = Fit::cut, .metric = false},
                              {.key = "metric", .shown = false, .metric = false},
                              {"actual", heading("actual", lang), Kind::count},
                              {.key = "target", .heading = heading("target", lang), .kind = Kind::count, .metric = false},
                              {.key = "completion", .heading = heading("completion", lang), .kind = Kind::rate, .progress = true},
                              {"per_10k", heading("per_10k", lang), Kind::tenths},
                              {.key = "bottom", .heading = heading("bottom", lang), .kind = Kind::flag, .fit = Fit::whole, .metric = false}}};
  for (const auto& row : report.ranking)
    section.rows.push_back({row.station,
                            row.station,
                            {row.rank, row.station, std::string(metric.code), optional_value(row.actual, kind),
                             optional_value(row.target, kind), {0, row.completion}, optional_value(row.per_10k, per_head),
                             static_cast<std::int64_t>(row.bottom)}});
  return section;
}

}  // namespace pingan::report
