#pragma once
// The report model (SPEC §5, Reports): every figure of a report, computed once
// (queries.hpp), and the report's sections, which every render_<format> lays out.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/report/figures.hpp"
#include "pingan/report/section.hpp"
#include "pingan/store/figure_source.hpp"
#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::report {

struct Report {
  Period period;
  Period previous_period;
  std::optional<std::string> station;  // the --station filter, by name
  Lang lang = Lang::en;
  bool trend_by_week = false;  // periods longer than 31 days
  int overdue_days = 7;
  Totals totals;
  Totals previous;
  std::vector<GroupRow> by_station;
  // A bureau's: the day of each station's last push, by name (SPEC §10).
  std::optional<std::map<std::string, std::optional<std::string>>> last_push;
  std::vector<GroupRow> by_venue;
  std::vector<GroupRow> by_topic;
  std::vector<TrendRow> trend;
  std::vector<OpenCaseRow> open_cases;  // oldest first
  VolunteerTotals volunteers;
  VolunteerTotals previous_volunteers;
  std::vector<DutyRow> by_duty;  // every duty in config order, then the adjustments
  std::vector<TopRow> top;       // the period's leaderboard, first rows
  std::vector<TargetRow> targets;          // SPEC §11
  std::optional<std::string> rank_metric;  // --rank: the ranking's metric
  std::vector<RankRow> ranking;

  // The sections in SPEC order. A new section is one more entry here (and
  // its words in text.cpp); every format then shows it.
  std::vector<Section> sections() const;
};

struct ReportRequest {
  Period period;
  std::optional<std::string> station;  // a registered station's name
  bool include_archive = false;        // read the attached "archive" database too
  Lang lang = Lang::en;
  Date today;                          // how much of a target's period has gone
  std::optional<std::string> rank;     // a metric to rank the stations by (SPEC §11)
};

// Computes every figure. With include_archive, the ledger must have the
// archive database attached as schema "archive".
Report build_report(store::Ledger& ledger, const Config& config, const ReportRequest& request);
// The same on any engine's figures (a bureau's: SPEC §10).
Report build_report(store::FigureSource& source, const Config& config, const ReportRequest& request);

}  // namespace pingan::report
