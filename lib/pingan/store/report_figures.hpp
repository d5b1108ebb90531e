#pragma once
// The report's figures (SPEC §5, Reports; §9 for the volunteers), computed
// by the engine with aggregate SQL written once here (report_figures.cpp)
// over views every engine provides (store/figure_source.hpp): codes and raw
// names only; the report model adds labels and masks names.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pingan/report/figures.hpp"
#include "pingan/store/figure_source.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

// A view the figures read: its name and a SELECT of a record table's rows
// over schema {s}, ending in a WHERE clause, so that an engine can add its own
// conditions (the SQLite ledger: a record in both files once, by `uid`, the
// record's uid as an expression over {s}). A child table's view (topics, case
// updates) has `{parent}` where its parent's `parent` join may go: PostgreSQL
// plans the bureau's figures better with it, SQLite's ledger does less work
// without it (the child's uid is then its parent's, looked up).
struct FigureView {
  std::string_view name;
  std::string_view select;
  std::string_view table;
  std::string_view uid = "x.uid";
  std::string_view parent = "";
};
const std::vector<FigureView>& figure_views();

class Ledger;
// The figures of a station's ledger and, when attached, its archive.
std::unique_ptr<FigureSource> ledger_figures(Ledger& ledger);

// A row of the leaderboard (SPEC §9).
struct BoardRow {
  std::int64_t rank = 0;
  std::int64_t id = 0;
  std::string name;
  std::string station;
  std::optional<std::string> group;  // code
  std::int64_t participations = 0;
  std::int64_t hours = 0;   // tenths
  std::int64_t points = 0;  // tenths, adjustments included
};

// A station as targets and rankings need it (SPEC §11).
struct StationFacts {
  std::string name;
  std::optional<std::int64_t> population;
  bool retired = false;
};

// A target as stored: its value in the metric's unit.
struct StoredTarget {
  std::string station;
  std::string metric;
  Period period;
  std::int64_t value = 0;
};

}  // namespace pingan::store

namespace pingan::report::queries {

using store::FigureSource;

// The functions below run inside source.read_snapshot; `station` (a name) filters.
Totals totals(FigureSource& source, const Period& period, const std::optional<std::string>& station);
// The same for each station with anything in the period, by name.
std::map<std::string, Totals> totals_by_station(FigureSource& source, const Period& period);

// Every station, by name (code point order).
std::vector<store::StationFacts> stations(FigureSource& source);
// The targets whose period holds `day`, of one station or all.
std::vector<store::StoredTarget> targets_on(FigureSource& source, Date day, const std::optional<std::string>& station);

enum class Group { station, venue, topic };
// Most events first, then by key; labels left empty.
std::vector<GroupRow> groups(FigureSource& source, const Period& period, const std::optional<std::string>& station,
                             Group by);

// Every day (or ISO week) of the period, in order, without labels.
std::vector<TrendRow> trend(FigureSource& source, const Period& period, const std::optional<std::string>& station,
                            bool by_week);

// Oldest first, with age_days; names raw, no labels, overdue unset.
std::vector<OpenCaseRow> open_cases(FigureSource& source, const Period& period,
                                    const std::optional<std::string>& station);

// The volunteer team's figures (SPEC §9, Reports): a volunteer counts for
// their station, a participation for the station where it happened.
VolunteerTotals volunteer_totals(FigureSource& source, const Period& period,
                                 const std::optional<std::string>& station);

// Participations, hours and points by duty code ("adjustment" included), for
// the codes with a row in the period, by code; labels left empty.
std::vector<DutyRow> by_duty(FigureSource& source, const Period& period, const std::optional<std::string>& station);

// Volunteers with anything in the period (or, with `active_on`, every
// volunteer active that day), ranked by points (equal points share a rank:
// 1, 2, 2, 4), then hours, then name by code point.
std::vector<store::BoardRow> board(FigureSource& source, const Period& period,
                                   const std::optional<std::string>& station, std::optional<Date> active_on);

}  // namespace pingan::report::queries
