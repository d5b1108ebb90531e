#pragma once
// The report model (SPEC §5, Reports): every figure of a report, computed once
// with aggregate SQL. Each render_<format> only lays these figures out.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/store/ledger.hpp"
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
  std::optional<double> recovery_rate() const;
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
  std::string name;  // masked
  std::string category;        // code
  std::string category_label;  // in the report's language
  Fen amount = 0;
  std::string status;  // open or submitted, as of the period's last day
  std::int64_t age_days = 0;
  bool overdue = false;
};

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
  std::vector<GroupRow> by_venue;
  std::vector<GroupRow> by_topic;
  std::vector<TrendRow> trend;
  std::vector<OpenCaseRow> open_cases;  // oldest first
};

struct ReportRequest {
  Period period;
  std::optional<std::string> station;  // a registered station's name
  bool include_archive = false;        // read the attached "archive" database too
  Lang lang = Lang::en;
};

// Computes every figure. With include_archive, the ledger must have the
// archive database attached as schema "archive".
Report build_report(store::Ledger& ledger, const Config& config, const ReportRequest& request);

}  // namespace pingan::report
