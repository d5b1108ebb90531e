#include "pingan/store/report_figures.hpp"

#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/connection.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

namespace pingan::report::queries {

namespace sqlite = store::sqlite;
namespace {

// The report reads these TEMP views, so the same SQL serves the main database
// alone or together with the archive; over_files keeps a record that is in
// both files (or deleted from main since) from counting twice.
void create_views(store::Ledger& ledger) {
  struct View {
    const char* name;
    const char* select;  // over schema {s}
    const char* table;   // the record table whose rows the view reads, as alias x
  };
  const View views[] = {
      {"r_event",
       "SELECT x.id AS id, x.date AS date, s.name AS station, x.venue AS venue, x.audience AS audience, "
       "x.materials AS materials FROM {s}.event x JOIN {s}.station s ON s.id = x.station_id WHERE 1",
       "event"},
      {"r_topic", "SELECT t.event_id AS event_id, t.topic AS topic FROM {s}.event_topic t "
                  "JOIN {s}.event x ON x.id = t.event_id WHERE 1", "event"},
      {"r_install",
       "SELECT x.date AS date, s.name AS station, x.venue AS venue, x.count AS count, x.event_id AS event_id "
       "FROM {s}.install x JOIN {s}.station s ON s.id = x.station_id WHERE 1",
       "install"},
      {"r_case",
       "SELECT x.id AS id, x.opened AS opened, s.name AS station, x.name AS name, x.category AS category, "
       "x.amount_fen AS amount_fen FROM {s}.refund_case x JOIN {s}.station s ON s.id = x.station_id WHERE 1",
       "refund_case"},
      {"r_update", "SELECT u.case_id AS case_id, u.seq AS seq, u.date AS date, u.status AS status, "
                   "u.recovered_fen AS recovered_fen FROM {s}.case_update u "
                   "JOIN {s}.refund_case x ON x.id = u.case_id WHERE 1", "refund_case"},
      {"r_volunteer",
       "SELECT x.joined AS joined, x.left_on AS left_on, s.name AS station "
       "FROM {s}.volunteer x JOIN {s}.station s ON s.id = x.station_id WHERE 1",
       "volunteer"},
      {"r_duty",
       "SELECT x.date AS date, s.name AS station, x.duty AS duty, x.hours_tenths AS hours, "
       "x.points_tenths AS points FROM {s}.duty x JOIN {s}.station s ON s.id = x.station_id WHERE 1",
       "duty"},
  };
  for (const auto& view : views)
    sqlite::db(ledger).exec(fmt::format("DROP VIEW IF EXISTS temp.{0}; CREATE TEMP VIEW {0} AS {1}", view.name,
                                        sqlite::over_files(ledger, view.select, view.table, "x")));
}

// A statement over the views with ?1 = first day, ?2 = last day, ?3 = station
// name or NULL.
SQLite::Statement query(store::Ledger& ledger, const std::string& sql, const Period& period,
                        const std::optional<std::string>& station) {
  SQLite::Statement statement(sqlite::db(ledger), sql);
  statement.bind(1, period.from.iso());
  statement.bind(2, period.to.iso());
  if (station) statement.bind(3, *station); else statement.bind(3);
  return statement;
}

constexpr const char* kInPeriod = " BETWEEN ?1 AND ?2 AND (?3 IS NULL OR station = ?3)";

}  // namespace

void read_snapshot(store::Ledger& ledger, const std::function<void()>& read) {
  create_views(ledger);
  ledger.read(read);
}

Totals totals(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station) {
  Totals totals;
  auto events = query(ledger, std::string("SELECT count(*), coalesce(sum(audience), 0), coalesce(sum(materials), 0) "
                                          "FROM r_event WHERE date") + kInPeriod, period, station);
  events.executeStep();
  totals.events = events.getColumn(0).getInt64();
  totals.audience = events.getColumn(1).getInt64();
  totals.materials = events.getColumn(2).getInt64();

  auto installs = query(ledger, std::string("SELECT coalesce(sum(count), 0) FROM r_install WHERE date") + kInPeriod,
                        period, station);
  installs.executeStep();
  totals.installs = installs.getColumn(0).getInt64();

  auto opened = query(ledger, std::string("SELECT count(*), coalesce(sum(amount_fen), 0) FROM r_case WHERE opened") +
                                  kInPeriod, period, station);
  opened.executeStep();
  totals.cases_opened = opened.getColumn(0).getInt64();
  totals.amount_claimed = opened.getColumn(1).getInt64();

  // A case counts as finished in the period when its latest final timeline
  // entry in the period is there; a later reopening does not undo that.
  auto finished = query(ledger, R"(
SELECT count(*), coalesce(sum(recovered), 0), coalesce(sum(amount), 0) FROM (
  SELECT u.recovered_fen AS recovered, c.amount_fen AS amount,
         row_number() OVER (PARTITION BY u.case_id ORDER BY u.seq DESC) AS latest
  FROM r_update u JOIN r_case c ON c.id = u.case_id
  WHERE u.status IN ('refunded', 'rejected', 'withdrawn') AND u.date BETWEEN ?1 AND ?2
    AND (?3 IS NULL OR c.station = ?3))
WHERE latest = 1)", period, station);
  finished.executeStep();
  totals.cases_finished = finished.getColumn(0).getInt64();
  totals.amount_recovered = finished.getColumn(1).getInt64();
  totals.amount_finished = finished.getColumn(2).getInt64();
  return totals;
}

// Event figures by the event's key plus installs by the install's key; by
// topic, each event (and its installs) counts under each of its topics.
std::vector<GroupRow> groups(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station,
                             Group by) {
  const bool join_topics = by == Group::topic;
  const std::string event_key = by == Group::station ? "e.station" : by == Group::venue ? "e.venue" : "t.topic";
  const std::string install_key = by == Group::station ? "i.station" : by == Group::venue ? "i.venue" : "t.topic";
  const std::string topic_join = join_topics ? " JOIN r_topic t ON t.event_id = e.id" : "";
  const std::string install_join = join_topics ? " JOIN r_topic t ON t.event_id = i.event_id" : "";
  const std::string sql = fmt::format(R"(
SELECT key, sum(events), sum(audience), sum(materials), sum(installs) FROM (
  SELECT {0} AS key, count(*) AS events, sum(e.audience) AS audience, sum(e.materials) AS materials, 0 AS installs
  FROM r_event e{2} WHERE e.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR e.station = ?3) GROUP BY 1
  UNION ALL
  SELECT {1}, 0, 0, 0, sum(i.count)
  FROM r_install i{3} WHERE i.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR i.station = ?3) GROUP BY 1)
GROUP BY key ORDER BY 2 DESC, key)", event_key, install_key, topic_join, install_join);
  auto statement = query(ledger, sql, period, station);
  std::vector<GroupRow> rows;
  while (statement.executeStep())
    rows.push_back({statement.getColumn(0).getString(), "", statement.getColumn(1).getInt64(),
                    statement.getColumn(2).getInt64(), statement.getColumn(3).getInt64(),
                    statement.getColumn(4).getInt64()});
  return rows;
}

std::vector<TrendRow> trend(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station,
                            bool by_week) {
  std::map<std::string, std::array<std::int64_t, 3>> by_day;  // date → events, audience, installs
  auto events = query(ledger, std::string("SELECT date, count(*), sum(audience) FROM r_event WHERE date") +
                                  kInPeriod + " GROUP BY date", period, station);
  while (events.executeStep()) {
    auto& day = by_day[events.getColumn(0).getString()];
    day[0] = events.getColumn(1).getInt64();
    day[1] = events.getColumn(2).getInt64();
  }
  auto installs = query(ledger, std::string("SELECT date, sum(count) FROM r_install WHERE date") + kInPeriod +
                                    " GROUP BY date", period, station);
  while (installs.executeStep()) by_day[installs.getColumn(0).getString()][2] = installs.getColumn(1).getInt64();

  std::vector<TrendRow> rows;
  for (Date day = period.from; day <= period.to; day = day.plus_days(1)) {
    if (!by_week || rows.empty() || day.weekday() == 1) {
      TrendRow row;
      row.from = day;
      if (by_week) {
        const auto week = iso_week(day);
        row.key = fmt::format("{}-W{:02d}", week.year, week.week);
      } else {
        row.key = day.iso();
      }
      rows.push_back(row);
    }
    TrendRow& row = rows.back();
    row.to = day;
    if (auto found = by_day.find(day.iso()); found != by_day.end()) {
      row.events += found->second[0];
      row.audience += found->second[1];
      row.installs += found->second[2];
    }
  }
  return rows;
}

// Cases opened by the period's last day whose timeline, as of that day, has
// not reached a final status.
std::vector<OpenCaseRow> open_cases(store::Ledger& ledger, const Period& period,
                                    const std::optional<std::string>& station) {
  auto statement = query(ledger, R"(
SELECT c.id, c.opened, c.station, c.name, c.category, c.amount_fen, u.status
FROM r_case c JOIN r_update u ON u.case_id = c.id
WHERE c.opened <= ?2 AND ?1 IS NOT NULL AND (?3 IS NULL OR c.station = ?3)
  AND u.seq = (SELECT max(x.seq) FROM r_update x WHERE x.case_id = c.id AND x.date <= ?2)
  AND u.status IN ('open', 'submitted')
ORDER BY c.opened, c.id)", period, station);
  std::vector<OpenCaseRow> rows;
  while (statement.executeStep()) {
    OpenCaseRow row;
    row.id = statement.getColumn(0).getInt64();
    row.opened = parse_iso_date(statement.getColumn(1).getString(), "case.opened");
    row.station = statement.getColumn(2).getString();
    row.name = statement.getColumn(3).getString();
    row.category = statement.getColumn(4).getString();
    row.amount = statement.getColumn(5).getInt64();
    row.status = statement.getColumn(6).getString();
    row.age_days = period.to.days() - row.opened.days();
    rows.push_back(row);
  }
  return rows;
}

VolunteerTotals volunteer_totals(store::Ledger& ledger, const Period& period,
                                 const std::optional<std::string>& station) {
  VolunteerTotals totals;
  auto volunteers = query(ledger, R"(
SELECT coalesce(sum(joined <= ?2 AND (left_on IS NULL OR left_on >= ?2)), 0),
       coalesce(sum(joined BETWEEN ?1 AND ?2), 0)
FROM r_volunteer WHERE ?3 IS NULL OR station = ?3)", period, station);
  volunteers.executeStep();
  totals.active = volunteers.getColumn(0).getInt64();
  totals.joined = volunteers.getColumn(1).getInt64();

  auto duties = query(ledger, std::string("SELECT coalesce(sum(duty <> 'adjustment'), 0), coalesce(sum(hours), 0), "
                                          "coalesce(sum(points), 0) FROM r_duty WHERE date") + kInPeriod,
                      period, station);
  duties.executeStep();
  totals.participations = duties.getColumn(0).getInt64();
  totals.hours = duties.getColumn(1).getInt64();
  totals.points = duties.getColumn(2).getInt64();
  return totals;
}

std::vector<DutyRow> by_duty(store::Ledger& ledger, const Period& period, const std::optional<std::string>& station) {
  auto statement = query(ledger, std::string("SELECT duty, sum(duty <> 'adjustment'), sum(hours), sum(points) "
                                             "FROM r_duty WHERE date") + kInPeriod + " GROUP BY duty ORDER BY duty",
                         period, station);
  std::vector<DutyRow> rows;
  while (statement.executeStep())
    rows.push_back({statement.getColumn(0).getString(), "", statement.getColumn(1).getInt64(),
                    statement.getColumn(2).getInt64(), statement.getColumn(3).getInt64()});
  return rows;
}

}  // namespace pingan::report::queries
