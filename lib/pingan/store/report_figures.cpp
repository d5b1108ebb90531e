#include "pingan/store/report_figures.hpp"

#include <fmt/format.h>

#include <array>
#include <map>

namespace pingan::store {

const std::vector<FigureView>& figure_views() {
  static const std::vector<FigureView> views = {
      {"r_event",
       "SELECT x.id AS id, x.date AS date, s.name AS station, x.venue AS venue, x.audience AS audience, "
       "x.materials AS materials FROM {s}.event x JOIN {s}.station s ON s.id = x.station_id WHERE TRUE",
       "event"},
      {"r_topic", "SELECT t.event_id AS event_id, t.topic AS topic FROM {s}.event_topic t{parent} WHERE TRUE", "event",
       "(SELECT x.uid FROM {s}.event x WHERE x.id = t.event_id)", " JOIN {s}.event x ON x.id = t.event_id"},
      {"r_install",
       "SELECT x.date AS date, s.name AS station, x.venue AS venue, x.count AS count, x.event_id AS event_id "
       "FROM {s}.install x JOIN {s}.station s ON s.id = x.station_id WHERE TRUE",
       "install"},
      {"r_case",
       "SELECT x.id AS id, x.opened AS opened, s.name AS station, x.name AS name, x.category AS category, "
       "x.amount_fen AS amount_fen FROM {s}.refund_case x JOIN {s}.station s ON s.id = x.station_id WHERE TRUE",
       "refund_case"},
      {"r_update", "SELECT u.case_id AS case_id, u.seq AS seq, u.date AS date, u.status AS status, "
                   "u.recovered_fen AS recovered_fen FROM {s}.case_update u{parent} WHERE TRUE", "refund_case",
       "(SELECT x.uid FROM {s}.refund_case x WHERE x.id = u.case_id)", " JOIN {s}.refund_case x ON x.id = u.case_id"},
      {"r_volunteer",
       "SELECT x.id AS id, x.uid AS uid, x.name AS name, x.group_code AS group_code, x.joined AS joined, "
       "x.left_on AS left_on, s.name AS station "
       "FROM {s}.volunteer x JOIN {s}.station s ON s.id = x.station_id WHERE TRUE",
       "volunteer"},
      {"r_duty",
       "SELECT x.date AS date, s.name AS station, v.uid AS volunteer_uid, x.duty AS duty, x.hours_tenths AS hours, "
       "x.points_tenths AS points FROM {s}.duty x JOIN {s}.station s ON s.id = x.station_id "
       "JOIN {s}.volunteer v ON v.id = x.volunteer_id WHERE TRUE",
       "duty"},
      {"r_station",
       "SELECT x.name AS name, x.population AS population, CASE WHEN x.retired IS NULL THEN 0 ELSE 1 END AS retired "
       "FROM {s}.station x WHERE TRUE",
       "station"},
      {"r_target",
       "SELECT s.name AS station, x.metric AS metric, x.period AS period, x.first_day AS first_day, "
       "x.last_day AS last_day, x.value AS value FROM {s}.target x JOIN {s}.station s ON s.id = x.station_id WHERE TRUE",
       "target"},
  };
  return views;
}

}  // namespace pingan::store

namespace pingan::report::queries {
namespace {

store::FigureParams params(const Period& period, const std::optional<std::string>& station,
                           std::optional<Date> active = std::nullopt) {
  return {period.from, period.to, station, active};
}

// The totals of the period by station (`by_station`), or of all stations
// (or the one `station` names) under the key "".
std::map<std::string, Totals> totals_of(FigureSource& source, const Period& period,
                                        const std::optional<std::string>& station, bool by_station) {
  std::map<std::string, Totals> out;
  const auto in_period = params(period, station);
  // The key column and grouping: PostgreSQL refuses a constant in GROUP BY.
  const auto key = [by_station](std::string_view column) { return by_station ? std::string(column) : "''"; };
  const auto group = [by_station](std::string_view column) {
    return by_station ? " GROUP BY " + std::string(column) : std::string();
  };
  source.query("SELECT " + key("station") + ", count(*), coalesce(sum(audience), 0), coalesce(sum(materials), 0) "
               "FROM r_event WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station)" +
                   group("station"),
               in_period, [&](const store::ResultRow& row) {
                 Totals& totals = out[row.text(0)];
                 totals.events = row.integer(1);
                 totals.audience = row.integer(2);
                 totals.materials = row.integer(3);
               });
  source.query("SELECT " + key("station") + ", coalesce(sum(count), 0) FROM r_install "
               "WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station)" + group("station"),
               in_period, [&](const store::ResultRow& row) { out[row.text(0)].installs = row.integer(1); });
  source.query("SELECT " + key("station") + ", count(*), coalesce(sum(amount_fen), 0) FROM r_case "
               "WHERE opened BETWEEN :from AND :to AND (:station IS NULL OR station = :station)" + group("station"),
               in_period, [&](const store::ResultRow& row) {
                 Totals& totals = out[row.text(0)];
                 totals.cases_opened = row.integer(1);
                 totals.amount_claimed = row.integer(2);
               });
  // A case counts as finished in the period when its latest final timeline
  // entry in the period is there; a later reopening does not undo that.
  source.query("SELECT " + key("station") + R"(, count(*), coalesce(sum(recovered), 0), coalesce(sum(amount), 0) FROM (
  SELECT c.station AS station, u.recovered_fen AS recovered, c.amount_fen AS amount,
         row_number() OVER (PARTITION BY u.case_id ORDER BY u.seq DESC) AS latest
  FROM r_update u JOIN r_case c ON c.id = u.case_id
  WHERE u.status IN ('refunded', 'rejected', 'withdrawn') AND u.date BETWEEN :from AND :to
    AND (:station IS NULL OR c.station = :station)) AS finished
WHERE latest = 1)" + group("station"),
               in_period, [&](const store::ResultRow& row) {
                 Totals& totals = out[row.text(0)];
                 totals.cases_finished = row.integer(1);
                 totals.amount_recovered = row.integer(2);
                 totals.amount_finished = row.integer(3);
               });
  return out;
}

}  // namespace

Totals totals(FigureSource& source, const Period& period, const std::optional<std::string>& station) {
  return totals_of(source, period, station, false)[""];
}

std::map<std::string, Totals> totals_by_station(FigureSource& source, const Period& period) {
  return totals_of(source, period, std::nullopt, true);
}

std::vector<store::StationFacts> stations(FigureSource& source) {
  std::vector<store::StationFacts> out;
  source.query("SELECT name, population, retired FROM r_station ORDER BY name /*binary*/", params(Period{}, {}),
               [&](const store::ResultRow& row) {
                 out.push_back({row.text(0), row.null(1) ? std::nullopt : std::optional(row.integer(1)),
                                row.integer(2) != 0});
               });
  return out;
}

std::vector<store::StoredTarget> targets_on(FigureSource& source, Date day, const std::optional<std::string>& station) {
  std::vector<store::StoredTarget> out;
  source.query("SELECT station, metric, period, value FROM r_target "
               "WHERE first_day <= :to AND last_day >= :to AND (:station IS NULL OR station = :station)",
               params(Period{day, day, ""}, station), [&](const store::ResultRow& row) {
                 out.push_back({row.text(0), row.text(1), parse_period_label(row.text(2), "target.period"),
                                row.integer(3)});
               });
  return out;
}

// Event figures by the event's key plus installs by the install's key; by
// topic, each event (and its installs) counts under each of its topics.
std::vector<GroupRow> groups(FigureSource& source, const Period& period, const std::optional<std::string>& station,
                             Group by) {
  const bool join_topics = by == Group::topic;
  const std::string event_key = by == Group::station ? "e.station" : by == Group::venue ? "e.venue" : "t.topic";
  const std::string install_key = by == Group::station ? "i.station" : by == Group::venue ? "i.venue" : "t.topic";
  const std::string topic_join = join_topics ? " JOIN r_topic t ON t.event_id = e.id" : "";
  const std::string install_join = join_topics ? " JOIN r_topic t ON t.event_id = i.event_id" : "";
  const std::string sql = fmt::format(R"(
SELECT key, sum(events), sum(audience), sum(materials), sum(installs) FROM (
  SELECT {0} AS key, count(*) AS events, sum(e.audience) AS audience, sum(e.materials) AS materials, 0 AS installs
  FROM r_event e{2} WHERE e.date BETWEEN :from AND :to AND (:station IS NULL OR e.station = :station) GROUP BY {0}
  UNION ALL
  SELECT {1}, 0, 0, 0, sum(i.count)
  FROM r_install i{3} WHERE i.date BETWEEN :from AND :to AND (:station IS NULL OR i.station = :station) GROUP BY {1})
  AS figures
GROUP BY key ORDER BY 2 DESC, key /*binary*/)", event_key, install_key, topic_join, install_join);
  std::vector<GroupRow> rows;
  source.query(sql, params(period, station), [&](const store::ResultRow& row) {
    rows.push_back({row.text(0), "", row.integer(1), row.integer(2), row.integer(3), row.integer(4)});
  });
  return rows;
}

std::vector<TrendRow> trend(FigureSource& source, const Period& period, const std::optional<std::string>& station,
                            bool by_week) {
  std::map<std::string, std::array<std::int64_t, 3>> by_day;  // date → events, audience, installs
  source.query("SELECT date, count(*), sum(audience) FROM r_event "
               "WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station) GROUP BY date",
               params(period, station), [&](const store::ResultRow& row) {
                 auto& day = by_day[row.text(0)];
                 day[0] = row.integer(1);
                 day[1] = row.integer(2);
               });
  source.query("SELECT date, sum(count) FROM r_install "
               "WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station) GROUP BY date",
               params(period, station),
               [&](const store::ResultRow& row) { by_day[row.text(0)][2] = row.integer(1); });

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
std::vector<OpenCaseRow> open_cases(FigureSource& source, const Period& period,
                                    const std::optional<std::string>& station) {
  std::vector<OpenCaseRow> rows;
  source.query(R"(
SELECT c.id, c.opened, c.station, c.name, c.category, c.amount_fen, u.status
FROM r_case c JOIN r_update u ON u.case_id = c.id
WHERE c.opened <= :to AND (:station IS NULL OR c.station = :station)
  AND u.seq = (SELECT max(x.seq) FROM r_update x WHERE x.case_id = c.id AND x.date <= :to)
  AND u.status IN ('open', 'submitted')
ORDER BY c.opened, c.id)",
               params(period, station), [&](const store::ResultRow& result) {
                 OpenCaseRow row;
                 row.id = result.integer(0);
                 row.opened = parse_iso_date(result.text(1), "case.opened");
                 row.station = result.text(2);
                 row.name = result.text(3);
                 row.category = result.text(4);
                 row.amount = result.integer(5);
                 row.status = result.text(6);
                 row.age_days = period.to.days() - row.opened.days();
                 rows.push_back(row);
               });
  return rows;
}

VolunteerTotals volunteer_totals(FigureSource& source, const Period& period,
                                 const std::optional<std::string>& station) {
  VolunteerTotals totals;
  source.query(R"(
SELECT count(*) FILTER (WHERE joined <= :to AND (left_on IS NULL OR left_on >= :to)),
       count(*) FILTER (WHERE joined BETWEEN :from AND :to)
FROM r_volunteer WHERE :station IS NULL OR station = :station)",
               params(period, station), [&](const store::ResultRow& row) {
                 totals.active = row.integer(0);
                 totals.joined = row.integer(1);
               });
  source.query("SELECT count(*) FILTER (WHERE duty <> 'adjustment'), coalesce(sum(hours), 0), "
               "coalesce(sum(points), 0) FROM r_duty "
               "WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station)",
               params(period, station), [&](const store::ResultRow& row) {
                 totals.participations = row.integer(0);
                 totals.hours = row.integer(1);
                 totals.points = row.integer(2);
               });
  return totals;
}

std::vector<DutyRow> by_duty(FigureSource& source, const Period& period, const std::optional<std::string>& station) {
  std::vector<DutyRow> rows;
  source.query("SELECT duty, count(*) FILTER (WHERE duty <> 'adjustment'), sum(hours), sum(points) FROM r_duty "
               "WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station) "
               "GROUP BY duty ORDER BY duty /*binary*/",
               params(period, station), [&](const store::ResultRow& row) {
                 rows.push_back({row.text(0), "", row.integer(1), row.integer(2), row.integer(3)});
               });
  return rows;
}

std::vector<store::BoardRow> board(FigureSource& source, const Period& period,
                                   const std::optional<std::string>& station, std::optional<Date> active_on) {
  // Participations count adjustments out; points count them in. A
  // participation counts for the station where it happened.
  std::vector<store::BoardRow> rows;
  source.query(R"(
WITH figures AS (
  SELECT volunteer_uid, count(*) FILTER (WHERE duty <> 'adjustment') AS participations, sum(hours) AS hours,
         sum(points) AS points
  FROM r_duty WHERE date BETWEEN :from AND :to AND (:station IS NULL OR station = :station)
  GROUP BY volunteer_uid)
SELECT v.id, v.name, v.station, v.group_code, coalesce(f.participations, 0), coalesce(f.hours, 0),
       coalesce(f.points, 0)
FROM r_volunteer v LEFT JOIN figures f ON f.volunteer_uid = v.uid
WHERE CASE WHEN :active IS NULL THEN f.volunteer_uid IS NOT NULL
           ELSE v.joined <= :active AND (v.left_on IS NULL OR v.left_on >= :active)
                AND (:station IS NULL OR v.station = :station) END
ORDER BY 7 DESC, 6 DESC, v.name /*binary*/, v.id)",
               params(period, station, active_on), [&](const store::ResultRow& result) {
                 store::BoardRow row{0,
                                     result.integer(0),
                                     result.text(1),
                                     result.text(2),
                                     result.optional_text(3),
                                     result.integer(4),
                                     result.integer(5),
                                     result.integer(6)};
                 // Equal points share a rank (1, 2, 2, 4).
                 row.rank = !rows.empty() && rows.back().points == row.points
                                ? rows.back().rank
                                : static_cast<std::int64_t>(rows.size()) + 1;
                 rows.push_back(row);
               });
  return rows;
}

}  // namespace pingan::report::queries
