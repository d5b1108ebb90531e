#include "pingan/store/volunteers.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/records/uid.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/figure_source.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"
#include "pingan/store/stations.hpp"

namespace pingan::store {
namespace {

using sqlite::db;
using records::tenths_json;
const records::Kind& kVolunteer = records::volunteer_kind();
const records::Kind& kTask = records::task_kind();
const records::Kind& kDuty = records::duty_kind();

std::optional<Date> optional_date(const SQLite::Column& column, std::string_view field) {
  if (column.isNull()) return std::nullopt;
  return parse_iso_date(column.getString(), field);
}

// ---- volunteers ---------------------------------------------------------------

constexpr const char* kSelectVolunteer = R"(
SELECT v.id, v.uid, v.name, v.phone, v.station_id, s.name, v.group_code, v.org, v.joined, v.left_on, v.note,
       v.created_at, v.updated_at
FROM {s}.volunteer v JOIN {s}.station s ON s.id = v.station_id
)";

Volunteer read_volunteer(SQLite::Statement& row) {
  Volunteer v;
  v.id = row.getColumn(0).getInt64();
  v.uid = row.getColumn(1).getString();
  v.name = row.getColumn(2).getString();
  v.phone = sqlite::optional_text(row.getColumn(3));
  v.station_id = row.getColumn(4).getInt64();
  v.station = row.getColumn(5).getString();
  v.group = sqlite::optional_text(row.getColumn(6));
  v.org = sqlite::optional_text(row.getColumn(7));
  v.joined = parse_iso_date(row.getColumn(8).getString(), "volunteer.joined");
  v.left = optional_date(row.getColumn(9), "volunteer.left");
  v.note = sqlite::optional_text(row.getColumn(10));
  v.created_at = row.getColumn(11).getString();
  v.updated_at = row.getColumn(12).getString();
  return v;
}

std::string main_select(const char* select) { return fmt::format(fmt::runtime(select), fmt::arg("s", "main")); }

void bind_volunteer(SQLite::Statement& statement, const Volunteer& v) {
  statement.bind(1, v.name);
  sqlite::bind_optional(statement, 2, v.phone);
  statement.bind(3, v.station_id);
  sqlite::bind_optional(statement, 4, v.group);
  sqlite::bind_optional(statement, 5, v.org);
  statement.bind(6, v.joined.iso());
  sqlite::bind_optional(statement, 7, v.left ? std::optional(v.left->iso()) : std::nullopt);
  sqlite::bind_optional(statement, 8, v.note);
}

std::int64_t insert_volunteer(Ledger& ledger, const Volunteer& v) {
  SQLite::Statement insert(db(ledger), R"(
INSERT INTO volunteer (name, phone, station_id, group_code, org, joined, left_on, note, uid, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
  bind_volunteer(insert, v);
  const std::string now = ledger.now();
  insert.bind(9, v.uid);
  insert.bind(10, v.created_at.empty() ? now : v.created_at);
  insert.bind(11, v.updated_at.empty() ? now : v.updated_at);
  insert.exec();
  return db(ledger).getLastInsertRowid();
}

// ---- duties ---------------------------------------------------------------------

constexpr const char* kSelectDuty = R"(
SELECT d.id, d.uid, d.date, d.station_id, s.name, d.volunteer_id, v.name, v.uid, d.duty, d.hours_tenths,
       d.points_tenths, d.place, d.event_id, e.uid, d.task_id, t.uid, d.adopted, d.reason, d.note, d.created_at,
       d.updated_at
FROM {s}.duty d JOIN {s}.station s ON s.id = d.station_id JOIN {s}.volunteer v ON v.id = d.volunteer_id
LEFT JOIN {s}.event e ON e.id = d.event_id LEFT JOIN {s}.task t ON t.id = d.task_id
)";

Duty read_duty(SQLite::Statement& row) {
  Duty d;
  d.id = row.getColumn(0).getInt64();
  d.uid = row.getColumn(1).getString();
  d.date = parse_iso_date(row.getColumn(2).getString(), "duty.date");
  d.station_id = row.getColumn(3).getInt64();
  d.station = row.getColumn(4).getString();
  d.volunteer_id = row.getColumn(5).getInt64();
  d.volunteer = row.getColumn(6).getString();
  d.volunteer_uid = row.getColumn(7).getString();
  d.duty = row.getColumn(8).getString();
  d.hours = row.getColumn(9).getInt64();
  d.points = row.getColumn(10).getInt64();
  d.place = sqlite::optional_text(row.getColumn(11));
  if (!row.getColumn(12).isNull()) d.event_id = row.getColumn(12).getInt64();
  d.event_uid = sqlite::optional_text(row.getColumn(13));
  if (!row.getColumn(14).isNull()) d.task_id = row.getColumn(14).getInt64();
  d.task_uid = sqlite::optional_text(row.getColumn(15));
  d.adopted = row.getColumn(16).getInt() != 0;
  d.reason = sqlite::optional_text(row.getColumn(17));
  d.note = sqlite::optional_text(row.getColumn(18));
  d.created_at = row.getColumn(19).getString();
  d.updated_at = row.getColumn(20).getString();
  return d;
}

std::int64_t insert_duty(Ledger& ledger, const Duty& d) {
  SQLite::Statement insert(db(ledger), R"(
INSERT INTO duty (uid, date, station_id, volunteer_id, duty, hours_tenths, points_tenths, place, event_id, task_id,
                  adopted, reason, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
  const std::string now = ledger.now();
  insert.bind(1, d.uid);
  insert.bind(2, d.date.iso());
  insert.bind(3, d.station_id);
  insert.bind(4, d.volunteer_id);
  insert.bind(5, d.duty);
  insert.bind(6, d.hours);
  insert.bind(7, d.points);
  sqlite::bind_optional(insert, 8, d.place);
  if (d.event_id) insert.bind(9, *d.event_id); else insert.bind(9);
  if (d.task_id) insert.bind(10, *d.task_id); else insert.bind(10);
  insert.bind(11, d.adopted ? 1 : 0);
  sqlite::bind_optional(insert, 12, d.reason);
  sqlite::bind_optional(insert, 13, d.note);
  insert.bind(14, d.created_at.empty() ? now : d.created_at);
  insert.bind(15, d.updated_at.empty() ? now : d.updated_at);
  insert.exec();
  return db(ledger).getLastInsertRowid();
}

// ---- tasks ------------------------------------------------------------------------

constexpr const char* kSelectTask = R"(
SELECT t.id, t.uid, t.date, t.station_id, s.name, t.duty, t.place, t.slots, t.hours_tenths, t.status, t.note,
       t.created_at, t.updated_at,
       (SELECT json_group_array(json_array(v.uid, v.name)) FROM (SELECT v.uid, v.name FROM {s}.task_signup g
         JOIN {s}.volunteer v ON v.id = g.volunteer_id WHERE g.task_id = t.id ORDER BY g.position) v)
FROM {s}.task t JOIN {s}.station s ON s.id = t.station_id
)";

Task read_task(SQLite::Statement& row) {
  Task t;
  t.id = row.getColumn(0).getInt64();
  t.uid = row.getColumn(1).getString();
  t.date = parse_iso_date(row.getColumn(2).getString(), "task.date");
  t.station_id = row.getColumn(3).getInt64();
  t.station = row.getColumn(4).getString();
  t.duty = row.getColumn(5).getString();
  t.place = row.getColumn(6).getString();
  if (!row.getColumn(7).isNull()) t.slots = row.getColumn(7).getInt64();
  t.hours = row.getColumn(8).getInt64();
  t.status = row.getColumn(9).getString();
  t.note = sqlite::optional_text(row.getColumn(10));
  t.created_at = row.getColumn(11).getString();
  t.updated_at = row.getColumn(12).getString();
  for (const auto& signup : nlohmann::json::parse(row.getColumn(13).getString())) {
    t.signups.push_back(signup[0].get<std::string>());
    t.signup_names.push_back(signup[1].get<std::string>());
  }
  return t;
}

std::int64_t insert_task(Ledger& ledger, const Task& t) {
  SQLite::Statement insert(db(ledger), R"(
INSERT INTO task (uid, date, station_id, duty, place, slots, hours_tenths, status, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))");
  const std::string now = ledger.now();
  insert.bind(1, t.uid);
  insert.bind(2, t.date.iso());
  insert.bind(3, t.station_id);
  insert.bind(4, t.duty);
  insert.bind(5, t.place);
  if (t.slots) insert.bind(6, *t.slots); else insert.bind(6);
  insert.bind(7, t.hours);
  insert.bind(8, t.status);
  sqlite::bind_optional(insert, 9, t.note);
  insert.bind(10, t.created_at.empty() ? now : t.created_at);
  insert.bind(11, t.updated_at.empty() ? now : t.updated_at);
  insert.exec();
  return db(ledger).getLastInsertRowid();
}

void add_signup(Ledger& ledger, std::int64_t task_id, std::int64_t volunteer_id) {
  SQLite::Statement insert(db(ledger), "INSERT INTO task_signup (task_id, position, volunteer_id) VALUES "
                                       "(?1, (SELECT coalesce(max(position), -1) + 1 FROM task_signup WHERE task_id = ?1), ?2)");
  insert.bind(1, task_id);
  insert.bind(2, volunteer_id);
  insert.exec();
}

void touch_task(Ledger& ledger, std::int64_t id, const char* status) {
  SQLite::Statement update(db(ledger), "UPDATE task SET status = ?, updated_at = ? WHERE id = ?");
  update.bind(1, status);
  update.bind(2, ledger.now());
  update.bind(3, id);
  update.exec();
}

}  // namespace

// ---- volunteers -------------------------------------------------------------------

Volunteer add_volunteer(Ledger& ledger, Volunteer volunteer) {
  return ledger.write([&] {
    if (volunteer.uid.empty()) volunteer.uid = new_uid();
    volunteer.created_at = volunteer.updated_at = "";
    const Volunteer stored = get_volunteer(ledger, insert_volunteer(ledger, volunteer));
    sqlite::record_audit(ledger, "add", kVolunteer, stored.uid, nullptr, records::stored_json(stored));
    return stored;
  });
}

Volunteer get_volunteer(Ledger& ledger, std::int64_t id) {
  return get_by_id(ledger, kSelectVolunteer, "v", kVolunteer, id, read_volunteer);
}

Volunteer find_volunteer(Ledger& ledger, std::string_view text, std::int64_t station_id, std::string_view field) {
  const std::string given = std::string(text);
  if (!given.empty() && std::all_of(given.begin(), given.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    try {
      return get_volunteer(ledger, parse_id(given, field));
    } catch (const NotFound& missing) {
      if (!field.starts_with("--")) throw;  // the command's own record: exit 3
      throw InputError(std::string(field), missing.what());  // a value of an option: exit 2
    }
  }
  SQLite::Statement query(db(ledger), main_select(kSelectVolunteer) +
                                          "WHERE v.name = ?1 AND (?2 = 0 OR v.station_id = ?2) ORDER BY v.id");
  query.bind(1, given);
  query.bind(2, station_id);
  std::vector<Volunteer> found;
  while (query.executeStep()) found.push_back(read_volunteer(query));
  if (found.size() == 1) return found.front();
  if (found.size() > 1)
    throw InputError(std::string(field), trf("{} names {} volunteers; give the id (pingan volunteer list)",
                                             pingan::quoted(given), found.size()));
  // The closest names: those sharing the most characters with what was given.
  SQLite::Statement names(db(ledger), "SELECT name FROM volunteer WHERE (?1 = 0 OR station_id = ?1) ORDER BY name");
  names.bind(1, station_id);
  std::vector<std::pair<int, std::string>> scored;
  while (names.executeStep()) {
    const std::string name = names.getColumn(0).getString();
    int score = 0;
    for (std::size_t i = 0; i < name.size(); ++i)
      if (given.find(name[i]) != std::string::npos) ++score;
    scored.push_back({-score, name});
  }
  std::sort(scored.begin(), scored.end());
  std::string closest;
  for (std::size_t i = 0; i < scored.size() && i < 5; ++i) closest += (closest.empty() ? "" : ", ") + scored[i].second;
  throw InputError(std::string(field),
                   closest.empty()
                       ? trf("no volunteer {}; none registered yet (pingan volunteer add NAME)", pingan::quoted(given))
                       : trf("no volunteer {}; closest: {}", pingan::quoted(given), closest));
}

std::vector<Volunteer> list_volunteers(Ledger& ledger, const VolunteerFilter& filter) {
  SQLite::Statement query(db(ledger), main_select(kSelectVolunteer) + R"(
WHERE (?1 IS NULL OR s.name = ?1) AND (?3 IS NULL OR v.group_code = ?3)
  AND (?2 = 'all' OR (?2 = 'active') = (v.joined <= ?4 AND (v.left_on IS NULL OR v.left_on >= ?4)))
ORDER BY v.id)");
  sqlite::bind_optional(query, 1, filter.station);
  query.bind(2, filter.status);
  sqlite::bind_optional(query, 3, filter.group);
  query.bind(4, filter.today.iso());
  std::vector<Volunteer> out;
  while (query.executeStep()) out.push_back(read_volunteer(query));
  return out;
}

std::optional<Volunteer> update_volunteer(Ledger& ledger, const Volunteer& changed, std::string_view field) {
  return ledger.write([&]() -> std::optional<Volunteer> {
    const Volunteer before = get_volunteer(ledger, changed.id);
    Volunteer wanted = changed;
    wanted.updated_at = before.updated_at;
    if (records::stored_json(wanted) == records::stored_json(before)) return std::nullopt;
    if (changed.left && *changed.left < changed.joined)
      throw InputError(std::string(field),
                       trf("{} is before the day they joined ({})", changed.left->iso(), changed.joined.iso()));
    // Their participations must stay inside the days they are active.
    SQLite::Statement outside(db(ledger), "SELECT min(date), max(date) FROM duty WHERE volunteer_id = ?1 "
                                          "AND duty <> 'adjustment' AND (date < ?2 OR date > ?3)");
    outside.bind(1, changed.id);
    outside.bind(2, changed.joined.iso());
    outside.bind(3, changed.left ? changed.left->iso() : std::string("9999-12-31"));
    outside.executeStep();
    if (!outside.getColumn(0).isNull())
      throw InputError(std::string(field), trf("{} has participations on {} … {}, outside the days active", changed.name,
                                               outside.getColumn(0).getString(), outside.getColumn(1).getString()));
    SQLite::Statement update(db(ledger), R"(
UPDATE volunteer SET name = ?, phone = ?, station_id = ?, group_code = ?, org = ?, joined = ?, left_on = ?, note = ?,
  updated_at = ? WHERE id = ?)");
    bind_volunteer(update, changed);
    update.bind(9, ledger.now());
    update.bind(10, changed.id);
    update.exec();
    const Volunteer stored = get_volunteer(ledger, changed.id);
    sqlite::record_audit(ledger, "edit", kVolunteer, stored.uid, records::stored_json(before),
                         records::stored_json(stored));
    return stored;
  });
}

// ---- duties -------------------------------------------------------------------------

Duty add_duty(Ledger& ledger, Duty duty, std::string_view field) {
  return ledger.write([&] {
    const Volunteer volunteer = get_volunteer(ledger, duty.volunteer_id);
    if (duty.duty != records::kAdjustment && !volunteer.active_on(duty.date))
      throw InputError(std::string(field),
                       volunteer.left ? trf("{} was not active on {} (joined {}, left {})", volunteer.name,
                                            duty.date.iso(), volunteer.joined.iso(), volunteer.left->iso())
                                      : trf("{} was not active on {} (joined {})", volunteer.name, duty.date.iso(),
                                            volunteer.joined.iso()));
    if (duty.station_id == 0) duty.station_id = volunteer.station_id;
    if (duty.uid.empty()) duty.uid = new_uid();
    duty.created_at = duty.updated_at = "";
    const Duty stored = get_duty(ledger, insert_duty(ledger, duty));
    sqlite::record_audit(ledger, "add", kDuty, stored.uid, nullptr, records::stored_json(stored));
    return stored;
  });
}

Duty get_duty(Ledger& ledger, std::int64_t id) { return get_by_id(ledger, kSelectDuty, "d", kDuty, id, read_duty); }

void delete_duty(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Duty before = get_duty(ledger, id);
    SQLite::Statement remove(db(ledger), "DELETE FROM duty WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
    sqlite::record_audit(ledger, "delete", kDuty, before.uid, records::stored_json(before), nullptr);
  });
}

void for_each_duty(Ledger& ledger, const DutyFilter& filter, const std::function<void(const Duty&)>& visit) {
  const std::string select = std::string(kSelectDuty) + R"(
WHERE (?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2) AND (?3 IS NULL OR s.name = ?3)
  AND (?4 IS NULL OR v.uid = (SELECT uid FROM main.volunteer WHERE id = ?4))
  AND (?5 IS NULL OR e.uid = (SELECT uid FROM main.event WHERE id = ?5)))";
  SQLite::Statement query(db(ledger), sqlite::over_files(ledger, select, "duty", "d.uid") + " ORDER BY 3, 1");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.station);
  if (filter.volunteer_id) query.bind(4, *filter.volunteer_id); else query.bind(4);
  if (filter.event_id) query.bind(5, *filter.event_id); else query.bind(5);
  while (query.executeStep()) visit(read_duty(query));
}

void follow_event(Ledger& ledger, std::int64_t event_id, Date date, std::int64_t station_id, bool remove) {
  ledger.write([&] {
    SQLite::Statement linked(db(ledger), "SELECT id FROM duty WHERE event_id = ?1 AND (?2 OR date <> ?3 OR station_id <> ?4)");
    linked.bind(1, event_id);
    linked.bind(2, remove ? 1 : 0);
    linked.bind(3, date.iso());
    linked.bind(4, station_id);
    std::vector<std::int64_t> ids;
    while (linked.executeStep()) ids.push_back(linked.getColumn(0).getInt64());
    for (auto id : ids) {
      if (remove) {
        delete_duty(ledger, id);
        continue;
      }
      const Duty before = get_duty(ledger, id);
      SQLite::Statement update(db(ledger), "UPDATE duty SET date = ?, station_id = ?, updated_at = ? WHERE id = ?");
      update.bind(1, date.iso());
      update.bind(2, station_id);
      update.bind(3, ledger.now());
      update.bind(4, id);
      update.exec();
      sqlite::record_audit(ledger, "edit", kDuty, before.uid, records::stored_json(before),
                           records::stored_json(get_duty(ledger, id)));
    }
  });
}

// ---- tasks ----------------------------------------------------------------------------

Task add_task(Ledger& ledger, Task task) {
  return ledger.write([&] {
    if (task.uid.empty()) task.uid = new_uid();
    task.created_at = task.updated_at = "";
    task.status = "open";
    const Task stored = get_task(ledger, insert_task(ledger, task));
    sqlite::record_audit(ledger, "add", kTask, stored.uid, nullptr, records::stored_json(stored));
    return stored;
  });
}

Task get_task(Ledger& ledger, std::int64_t id) { return get_by_id(ledger, kSelectTask, "t", kTask, id, read_task); }

std::vector<Task> list_tasks(Ledger& ledger, const TaskFilter& filter) {
  const std::string select = std::string(kSelectTask) + R"(
WHERE (?1 IS NULL OR t.date >= ?1) AND (?2 IS NULL OR t.date <= ?2) AND (?3 IS NULL OR s.name = ?3)
  AND (?4 = 'all' OR t.status = ?4))";
  SQLite::Statement query(db(ledger), sqlite::over_files(ledger, select, "task", "t.uid") + " ORDER BY 3, 1");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.station);
  query.bind(4, filter.status);
  std::vector<Task> out;
  while (query.executeStep()) out.push_back(read_task(query));
  return out;
}

Task join_task(Ledger& ledger, std::int64_t id, const std::vector<std::int64_t>& volunteer_ids) {
  return ledger.write([&] {
    const Task before = get_task(ledger, id);
    if (before.status == "done")
      throw InputError("ID", trf("task {} is done; record late attendees with pingan task done {} --volunteer …", id, id));
    std::vector<std::int64_t> joining;
    for (auto volunteer_id : volunteer_ids) {
      const Volunteer volunteer = get_volunteer(ledger, volunteer_id);
      if (std::ranges::find(before.signups, volunteer.uid) != before.signups.end() ||
          std::ranges::find(joining, volunteer_id) != joining.end())
        continue;  // joined already
      if (!volunteer.active_on(before.date))
        throw InputError("--volunteer",
                         volunteer.left ? trf("{} is not active on the task's day {} (joined {}, left {})",
                                              volunteer.name, before.date.iso(), volunteer.joined.iso(),
                                              volunteer.left->iso())
                                        : trf("{} is not active on the task's day {} (joined {})", volunteer.name,
                                              before.date.iso(), volunteer.joined.iso()));
      joining.push_back(volunteer_id);
    }
    if (before.slots && static_cast<std::int64_t>(before.signups.size() + joining.size()) > *before.slots)
      throw InputError("--volunteer", trf("task {} has {} slot(s), {} taken: {} cannot all join", id, *before.slots,
                                          before.signups.size(), joining.size()));
    if (joining.empty()) return before;
    for (auto volunteer_id : joining) add_signup(ledger, id, volunteer_id);
    touch_task(ledger, id, "open");
    const Task stored = get_task(ledger, id);
    sqlite::record_audit(ledger, "edit", kTask, stored.uid, records::stored_json(before), records::stored_json(stored));
    return stored;
  });
}

Task finish_task(Ledger& ledger, std::int64_t id, const std::vector<std::int64_t>& volunteer_ids,
                 std::optional<std::int64_t> hours, const DutyRule& rule) {
  return ledger.write([&] {
    const Task before = get_task(ledger, id);
    for (auto volunteer_id : volunteer_ids) {
      SQLite::Statement credited(db(ledger), "SELECT 1 FROM duty WHERE task_id = ? AND volunteer_id = ?");
      credited.bind(1, id);
      credited.bind(2, volunteer_id);
      if (credited.executeStep()) continue;  // a volunteer is credited once per task
      Duty duty;
      duty.date = before.date;
      duty.station_id = before.station_id;
      duty.volunteer_id = volunteer_id;
      duty.duty = before.duty;
      duty.hours = hours.value_or(before.hours);
      duty.points = records::duty_points(rule, duty.hours, false);
      duty.place = before.place;
      duty.task_id = id;
      add_duty(ledger, duty);
    }
    if (before.status != "done") {
      touch_task(ledger, id, "done");
      sqlite::record_audit(ledger, "status", kTask, before.uid, records::stored_json(before),
                           records::stored_json(get_task(ledger, id)));
    }
    return get_task(ledger, id);
  });
}

void delete_task(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Task before = get_task(ledger, id);
    SQLite::Statement duties(db(ledger), "SELECT id FROM duty WHERE task_id = ?");
    duties.bind(1, id);
    std::vector<std::int64_t> ids;
    while (duties.executeStep()) ids.push_back(duties.getColumn(0).getInt64());
    for (auto duty : ids) delete_duty(ledger, duty);
    SQLite::Statement remove(db(ledger), "DELETE FROM task WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
    sqlite::record_audit(ledger, "delete", kTask, before.uid, records::stored_json(before), nullptr);
  });
}

// ---- the leaderboard --------------------------------------------------------------------

std::vector<BoardRow> board(Ledger& ledger, Date from, Date to, const std::optional<std::string>& station,
                            std::optional<Date> active_on) {
  sqlite::LedgerFigures figures(ledger);
  std::vector<BoardRow> rows;
  figures.read_snapshot(
      [&] { rows = report::queries::board(figures, Period{from, to, ""}, station, active_on); });
  return rows;
}

// ---- export and import ---------------------------------------------------------------------

nlohmann::ordered_json volunteer_shape(const records::ExportScope&) { return records::to_json(Volunteer{}); }

void export_volunteers(Ledger& ledger, const records::ExportScope&, const records::Visit& visit) {
  // Volunteers never move to the archive: main holds them all.
  for (const auto& volunteer : list_volunteers(ledger, {std::nullopt, "all", Date{}, std::nullopt}))
    visit(records::to_json(volunteer));
}

void import_volunteer(Importer& importer, const Fields& fields, const std::string& uid) {
  for (const char* key : {"name", "station", "joined"}) fields.required(key);
  Volunteer volunteer;
  volunteer.uid = uid;
  records::apply_fields(volunteer, fields, importer.config(), importer.options().today);
  std::tie(volunteer.station_id, volunteer.station) = importer.station(fields);
  if (auto left = fields.optional_text("left"); !left.empty())
    volunteer.left = parse_date(left, importer.options().today, "left");
  if (volunteer.left && *volunteer.left < volunteer.joined)
    throw InputError("left", tr("is before the day the volunteer joined"));
  if (importer.stored(kVolunteer, uid)) return;
  volunteer.id = insert_volunteer(importer.ledger(), volunteer);
  ++importer.counts().added[kVolunteer];
}

nlohmann::ordered_json task_shape(const records::ExportScope&) { return records::to_json(Task{}); }

void export_tasks(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit) {
  for (const auto& task : list_tasks(ledger, {scope.from, scope.to, std::nullopt, "all"})) visit(records::to_json(task));
}

namespace {

// The id of the record of `table` with this uid, for a reference in an
// imported line; InputError(field) when there is none.
std::int64_t id_of(Importer& importer, std::string_view table, const std::string& uid, const char* field) {
  auto& query = importer.cache().get(fmt::format("SELECT id FROM {} WHERE uid = ?", table));
  query.bind(1, uid);
  if (!query.executeStep()) throw InputError(field, trf("no record with uid {}", pingan::quoted(uid)));
  return query.getColumn(0).getInt64();
}

}  // namespace

void import_task(Importer& importer, const Fields& fields, const std::string& uid) {
  for (const char* key : {"date", "station", "duty", "place"}) fields.required(key);
  Task task;
  task.uid = uid;
  task.date = parse_date(fields.required("date"), importer.options().today, "date", true);
  std::tie(task.station_id, task.station) = importer.station(fields);
  task.duty = importer.config().duties.resolve(fields.required("duty"), "duty").code;
  task.place = parse_name(fields.required("place"), "place");
  if (auto slots = fields.optional_text("slots"); !slots.empty()) task.slots = parse_count(slots, "slots");
  if (task.slots && *task.slots == 0) throw InputError("slots", tr("must be at least 1"));
  if (auto hours = fields.optional_text("hours"); !hours.empty()) task.hours = records::parse_hours(hours, "hours");
  task.status = fields.optional_text("status").empty() ? "open" : fields.optional_text("status");
  if (task.status != "open" && task.status != "done") throw InputError("status", tr("must be open or done"));
  if (auto note = parse_note(fields.optional_text("note"), "note"); !note.empty()) task.note = note;
  std::vector<std::int64_t> signups;
  for (const auto& signup : records::split_items(fields.list("signups").value_or(std::vector<std::string>{})))
    if (const auto id = id_of(importer, "volunteer", records::parse_uid(signup, "signups"), "signups");
        std::ranges::find(signups, id) == signups.end())
      signups.push_back(id);
  if (task.slots && static_cast<std::int64_t>(signups.size()) > *task.slots)
    throw InputError("signups", tr("more than the task's slots"));
  if (importer.stored(kTask, uid)) return;
  task.id = insert_task(importer.ledger(), task);
  for (auto volunteer_id : signups) add_signup(importer.ledger(), task.id, volunteer_id);
  ++importer.counts().added[kTask];
}

nlohmann::ordered_json duty_shape(const records::ExportScope&) { return records::to_json(Duty{}); }

void export_duties(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit) {
  for_each_duty(ledger, {scope.from, scope.to, std::nullopt, std::nullopt, std::nullopt},
                [&](const Duty& duty) { visit(records::to_json(duty)); });
}

void import_duty(Importer& importer, const Fields& fields, const std::string& uid) {
  for (const char* key : {"date", "station", "volunteer_uid", "duty", "points"}) fields.required(key);
  const Date today = importer.options().today;
  Duty duty;
  duty.uid = uid;
  duty.date = parse_date(fields.required("date"), today, "date");
  std::tie(duty.station_id, duty.station) = importer.station(fields);
  duty.volunteer_uid = records::parse_uid(fields.required("volunteer_uid"), "volunteer_uid");
  duty.volunteer_id = id_of(importer, "volunteer", duty.volunteer_uid, "volunteer_uid");
  const std::string code = fields.required("duty");
  duty.duty = code == records::kAdjustment ? code : importer.config().duties.resolve(code, "duty").code;
  if (auto hours = fields.optional_text("hours"); !hours.empty()) duty.hours = records::parse_hours(hours, "hours");
  const bool adjustment = duty.duty == records::kAdjustment;
  duty.points = adjustment ? records::parse_points(fields.required("points"), "points")
                           : records::parse_earned_points(fields.required("points"), "points");
  if (auto place = fields.optional_text("place"); !place.empty()) duty.place = parse_name(place, "place");
  if (auto event = fields.optional_text("event_uid"); !event.empty())
    duty.event_id = id_of(importer, "event", records::parse_uid(event, "event_uid"), "event_uid");
  if (auto task = fields.optional_text("task_uid"); !task.empty())
    duty.task_id = id_of(importer, "task", records::parse_uid(task, "task_uid"), "task_uid");
  const std::string adopted = fields.optional_text("adopted");
  if (adopted != "" && adopted != "true" && adopted != "false") throw InputError("adopted", tr("must be true or false"));
  duty.adopted = adopted == "true";
  if (duty.adopted && (adjustment || importer.config().duty_rules.at(duty.duty).adopted_bonus == 0))
    throw InputError("adopted", tr("only for a duty with an adoption bonus (intelligence)"));
  if (auto reason = fields.optional_text("reason"); !reason.empty()) duty.reason = parse_note(reason, "reason");
  if (duty.duty == records::kAdjustment && !duty.reason) throw InputError("reason", tr("an adjustment needs a reason"));
  if (auto note = parse_note(fields.optional_text("note"), "note"); !note.empty()) duty.note = note;
  const Volunteer volunteer = get_volunteer(importer.ledger(), duty.volunteer_id);
  if (!adjustment && !volunteer.active_on(duty.date))
    throw InputError("date", trf("{} was not active on {}", volunteer.name, duty.date.iso()));
  if (importer.stored(kDuty, uid)) return;
  duty.id = insert_duty(importer.ledger(), duty);
  ++importer.counts().added[kDuty];
}

}  // namespace pingan::store
