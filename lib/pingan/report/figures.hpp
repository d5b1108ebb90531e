#pragma once
// The figures of a report (SPEC §5, Reports), as the engine computes them
// (store/report_figures.hpp) and the model then labels (model.cpp).
#include <cstdint>
#include <optional>
#include <string>

#include "pingan/values.hpp"

namespace pingan::report {

struct Totals {
  std::int64_t events = 0;
  std::int64_t audience = 0;
  std::int64_t materials = 0;
  std::int64_t installs = 0;
  std::int64_t cases_opened = 0;
  std::int64_t cases_finished = 0;
  Fen amount_claimed = 0;     // amounts of the cases opened in the period
  Fen amount_recovered = 0;   // what the cases finished in the period recovered
  Fen amount_finished = 0;    // amounts of the cases finished in the period
  // amount_recovered / amount_finished; nothing when no case finished.
  std::optional<double> recovery_rate() const {
    if (cases_finished == 0) return std::nullopt;
    if (amount_finished == 0) return 0.0;
    return static_cast<double>(amount_recovered) / static_cast<double>(amount_finished);
  }
};

// A row of by_station, by_venue or by_topic.
struct GroupRow {
  std::string key;    // station name, venue code or topic code
  std::string label;  // station name, or the vocabulary label in the report's language
  std::int64_t events = 0;
  std::int64_t audience = 0;
  std::int64_t materials = 0;
  std::int64_t installs = 0;
};

// A day ("2026-11-23") or an ISO week ("2026-W48") of the period.
struct TrendRow {
  std::string key;
  std::string label;  // "11-23 周一" / "Mon 11-23", or "W48 (11-23…11-29)"
  Date from;
  Date to;
  std::int64_t events = 0;
  std::int64_t audience = 0;
  std::int64_t installs = 0;
};

// A case unfinished on the period's last day.
struct OpenCaseRow {
  std::int64_t id = 0;
  Date opened;
  std::string station;
  std::string name;            // masked in the model
  std::string category;        // code
  std::string category_label;  // in the report's language
  Fen amount = 0;
  std::string status;  // open or submitted, as of the period's last day
  std::int64_t age_days = 0;
  bool overdue = false;
};

// The volunteer team's figures of a period (SPEC §9, Reports). Hours and
// points are tenths.
struct VolunteerTotals {
  std::int64_t active = 0;          // volunteers active on the period's last day
  std::int64_t joined = 0;          // volunteers who joined in the period
  std::int64_t participations = 0;  // duty rows dated in the period, adjustments not counted
  std::int64_t hours = 0;
  std::int64_t points = 0;          // adjustments included
};

// A row of the volunteers' by_duty: a duty code, or "adjustment".
struct DutyRow {
  std::string key;
  std::string label;  // in the report's language
  std::int64_t participations = 0;
  std::int64_t hours = 0;   // tenths
  std::int64_t points = 0;  // tenths
};

// A row of the volunteers' top: a leaderboard row (store::board).
struct TopRow {
  std::int64_t rank = 0;
  std::int64_t id = 0;
  std::string name;  // in full: the leaderboard honours them (SPEC §9)
  std::string station;
  std::optional<std::string> group;  // code
  std::string group_label;           // in the report's language; empty without a group
  std::int64_t participations = 0;
  std::int64_t hours = 0;   // tenths
  std::int64_t points = 0;  // tenths
};

// A target whose period holds the report's last day (SPEC §11). Values are
// in the metric's unit (records::Unit): counts, fen, or tenths.
struct TargetRow {
  std::string station;
  std::string metric;  // code
  std::string metric_label;
  std::string period;  // label
  std::int64_t target = 0;
  std::optional<std::int64_t> actual;  // from the period's first day to the report's last; nothing without a population
  std::optional<double> completion;    // actual / target
  double expected = 0;                 // the share of the period's days gone
  std::string status;                  // met, ahead or behind
  std::string status_label;
};

// A row of the ranking (排名通报) for one metric.
struct RankRow {
  std::int64_t rank = 0;
  std::string station;
  std::optional<std::int64_t> actual;  // in the metric's unit
  std::optional<std::int64_t> target;  // nothing where the station has none
  std::optional<double> completion;
  std::optional<std::int64_t> per_10k;  // tenths, or fen for money; nothing without a population
  bool bottom = false;                  // among the last three (ties at the cut included)
};

}  // namespace pingan::report
