#include "pingan/store/events.hpp"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/store/audit.hpp"
#include "pingan/store/sql.hpp"

namespace pingan::store {
namespace {

// One row per event with its lists as JSON arrays, so a list is one query.
constexpr const char* kSelect = R"(
SELECT e.id, e.uid, e.date, e.station_id, s.name, e.venue, e.place, e.audience, e.materials,
       (SELECT coalesce(sum(i.count), 0) FROM install i WHERE i.event_id = e.id),
       (SELECT json_group_array(topic) FROM (SELECT topic FROM event_topic t WHERE t.event_id = e.id ORDER BY position)),
       (SELECT json_group_array(officer) FROM (SELECT officer FROM event_officer o WHERE o.event_id = e.id ORDER BY position)),
       e.note, e.created_at, e.updated_at
FROM event e JOIN station s ON s.id = e.station_id
)";

Event read_event(SQLite::Statement& row) {
  Event event;
  event.id = row.getColumn(0).getInt64();
  event.uid = row.getColumn(1).getString();
  event.date = parse_iso_date(row.getColumn(2).getString(), "event.date");
  event.station_id = row.getColumn(3).getInt64();
  event.station = row.getColumn(4).getString();
  event.venue = row.getColumn(5).getString();
  event.place = row.getColumn(6).getString();
  event.audience = row.getColumn(7).getInt64();
  event.materials = row.getColumn(8).getInt64();
  event.installs = row.getColumn(9).getInt64();
  event.topics = nlohmann::json::parse(row.getColumn(10).getString()).get<std::vector<std::string>>();
  event.officers = nlohmann::json::parse(row.getColumn(11).getString()).get<std::vector<std::string>>();
  event.note = optional_text(row.getColumn(12));
  event.created_at = row.getColumn(13).getString();
  event.updated_at = row.getColumn(14).getString();
  return event;
}

constexpr const char* kInsertEvent = R"(
INSERT INTO event (uid, date, station_id, venue, place, audience, materials, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr const char* kInsertTopic = "INSERT INTO event_topic (event_id, position, topic) VALUES (?, ?, ?)";
constexpr const char* kInsertOfficer = "INSERT INTO event_officer (event_id, position, officer) VALUES (?, ?, ?)";
constexpr const char* kInsertLinkedInstall = R"(
INSERT INTO install (uid, date, station_id, venue, place, count, event_id, created_at, updated_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8))";

// Binds date, station_id, venue, place, audience, materials and note, in
// that order, from parameter `first` on (the columns an insert and an
// update share).
void bind_fields(SQLite::Statement& statement, int first, const Event& event) {
  statement.bind(first, event.date.iso());
  statement.bind(first + 1, event.station_id);
  statement.bind(first + 2, event.venue);
  statement.bind(first + 3, event.place);
  statement.bind(first + 4, event.audience);
  statement.bind(first + 5, event.materials);
  bind_optional(statement, first + 6, event.note);
}

void insert_list(SQLite::Statement& insert, std::int64_t event_id, const std::vector<std::string>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    insert.bind(1, event_id);
    insert.bind(2, static_cast<std::int64_t>(i));
    insert.bind(3, values[i]);
    insert.exec();
    insert.reset();
  }
}

// One install record holding the event's whole installs figure.
void insert_linked_install(SQLite::Statement& insert, const Event& event, const std::string& now) {
  insert.bind(1, linked_install_uid(event.uid));
  insert.bind(2, event.date.iso());
  insert.bind(3, event.station_id);
  insert.bind(4, event.venue);
  insert.bind(5, event.place);
  insert.bind(6, event.installs);
  insert.bind(7, event.id);
  insert.bind(8, now);
  insert.exec();
  insert.reset();
}

void write_lists(Ledger& ledger, const Event& event) {
  SQLite::Statement clear_topics(ledger.db(), "DELETE FROM event_topic WHERE event_id = ?");
  clear_topics.bind(1, event.id);
  clear_topics.exec();
  SQLite::Statement clear_officers(ledger.db(), "DELETE FROM event_officer WHERE event_id = ?");
  clear_officers.bind(1, event.id);
  clear_officers.exec();
  SQLite::Statement topics(ledger.db(), kInsertTopic), officers(ledger.db(), kInsertOfficer);
  insert_list(topics, event.id, event.topics);
  insert_list(officers, event.id, event.officers);
}

// Linked installs follow their event's date, station and venue. When the
// event's installs figure changed, the record derived from the event (uid
// "<event uid>-installs") takes up the difference; install records added
// separately with `install add --event` stay as they are.
void write_linked_installs(Ledger& ledger, const Event& event, std::int64_t previous_installs,
                           const std::string& now) {
  SQLite::Statement follow(ledger.db(),
                           "UPDATE install SET date = ?1, station_id = ?2, venue = ?3 WHERE event_id = ?4 "
                           "AND (date <> ?1 OR station_id <> ?2 OR venue <> ?3)");
  follow.bind(1, event.date.iso());
  follow.bind(2, event.station_id);
  follow.bind(3, event.venue);
  follow.bind(4, event.id);
  follow.exec();
  if (event.installs == previous_installs) return;
  const std::string derived_uid = linked_install_uid(event.uid);
  SQLite::Statement others(ledger.db(), "SELECT coalesce(sum(count), 0) FROM install WHERE event_id = ? AND uid <> ?");
  others.bind(1, event.id);
  others.bind(2, derived_uid);
  others.executeStep();
  const std::int64_t separate = others.getColumn(0).getInt64();
  if (event.installs < separate)
    throw InputError("--installs", fmt::format("{} is less than the {} installs recorded separately for event {} "
                                               "(see pingan install list)", event.installs, separate, event.id));
  SQLite::Statement remove(ledger.db(), "DELETE FROM install WHERE uid = ?");
  remove.bind(1, derived_uid);
  remove.exec();
  if (event.installs == separate) return;
  Event derived = event;
  derived.installs = event.installs - separate;
  SQLite::Statement insert(ledger.db(), kInsertLinkedInstall);
  insert_linked_install(insert, derived, now);
}

}  // namespace

std::string linked_install_uid(const std::string& event_uid) { return event_uid + "-installs"; }

nlohmann::ordered_json to_json(const Event& event) {
  nlohmann::ordered_json out;
  out["id"] = event.id;
  out["uid"] = event.uid;
  out["date"] = event.date.iso();
  out["station"] = event.station;
  out["venue"] = event.venue;
  out["place"] = event.place;
  out["audience"] = event.audience;
  out["materials"] = event.materials;
  out["installs"] = event.installs;
  out["topics"] = event.topics;
  out["officers"] = event.officers;
  out["note"] = json_or_null(event.note);
  out["created_at"] = event.created_at;
  out["updated_at"] = event.updated_at;
  return out;
}

EventInserter::EventInserter(Ledger& ledger)
    : ledger_(ledger),
      event_(ledger.db(), kInsertEvent),
      topic_(ledger.db(), kInsertTopic),
      officer_(ledger.db(), kInsertOfficer),
      install_(ledger.db(), kInsertLinkedInstall) {}

std::int64_t EventInserter::insert(Event event, bool link_installs) {
  const std::string now = utc_now();
  if (event.created_at.empty()) event.created_at = now;
  if (event.updated_at.empty()) event.updated_at = event.created_at;
  event_.bind(1, event.uid);
  bind_fields(event_, 2, event);
  event_.bind(9, event.created_at);
  event_.bind(10, event.updated_at);
  event_.exec();
  event_.reset();
  event.id = ledger_.db().getLastInsertRowid();
  insert_list(topic_, event.id, event.topics);
  insert_list(officer_, event.id, event.officers);
  if (link_installs && event.installs > 0) insert_linked_install(install_, event, now);
  return event.id;
}

Event add_event(Ledger& ledger, Event event) {
  return ledger.write([&] {
    if (event.uid.empty()) event.uid = new_uid();
    event.created_at = event.updated_at = "";
    Event stored = get_event(ledger, EventInserter(ledger).insert(event, true));
    record_audit(ledger, "add", "event", stored.uid, nullptr, to_json(stored));
    return stored;
  });
}

Event get_event(Ledger& ledger, std::int64_t id) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + "WHERE e.id = ?");
  query.bind(1, id);
  if (!query.executeStep()) throw NotFound(fmt::format("event {} not found", id));
  return read_event(query);
}

std::vector<Event> list_events(Ledger& ledger, const EventFilter& filter) {
  std::vector<Event> out;
  for_each_event(ledger, filter, [&out](const Event& event) { out.push_back(event); });
  return out;
}

void for_each_event(Ledger& ledger, const EventFilter& filter, const std::function<void(const Event&)>& visit) {
  std::string sql = std::string(kSelect) + R"(
WHERE (?1 IS NULL OR e.date >= ?1) AND (?2 IS NULL OR e.date <= ?2)
  AND (?3 IS NULL OR e.station_id = ?3) AND (?4 IS NULL OR e.venue = ?4)
  AND (?5 IS NULL OR EXISTS (SELECT 1 FROM event_topic t WHERE t.event_id = e.id AND t.topic = ?5))
ORDER BY e.date, e.id
LIMIT ?6)";
  SQLite::Statement query(ledger.db(), sql);
  bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  if (filter.station_id) query.bind(3, *filter.station_id); else query.bind(3);
  bind_optional(query, 4, filter.venue);
  bind_optional(query, 5, filter.topic);
  query.bind(6, filter.limit.value_or(-1));
  while (query.executeStep()) visit(read_event(query));
}

Event update_event(Ledger& ledger, const Event& changed) {
  return ledger.write([&] {
    const Event before = get_event(ledger, changed.id);
    Event event = changed;
    event.uid = before.uid;
    const std::string now = utc_now();
    SQLite::Statement update(ledger.db(), R"(
UPDATE event SET date = ?, station_id = ?, venue = ?, place = ?, audience = ?, materials = ?,
  note = ?, updated_at = ? WHERE id = ?)");
    bind_fields(update, 1, event);
    update.bind(8, now);
    update.bind(9, event.id);
    update.exec();
    write_lists(ledger, event);
    write_linked_installs(ledger, event, before.installs, now);
    Event stored = get_event(ledger, event.id);
    record_audit(ledger, "edit", "event", stored.uid, to_json(before), to_json(stored));
    return stored;
  });
}

void delete_event(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Event before = get_event(ledger, id);
    SQLite::Statement remove(ledger.db(), "DELETE FROM event WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
    record_audit(ledger, "delete", "event", before.uid, to_json(before), nullptr);
  });
}

}  // namespace pingan::store
