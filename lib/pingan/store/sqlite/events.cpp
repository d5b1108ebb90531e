#include "pingan/store/events.hpp"

#include <fmt/format.h>

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/installs.hpp"
#include "pingan/store/volunteers.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"

namespace pingan::store {
namespace {

using sqlite::db;
const records::Kind& kEvent = records::event_kind();
const records::Kind& kInstall = records::install_kind();

// One row per event with its lists as JSON arrays, so a list is one query;
// {s} is the schema (main or archive).
constexpr const char* kSelect = R"(
SELECT e.id, e.uid, e.date, e.station_id, s.name, e.venue, e.place, e.audience, e.materials,
       (SELECT coalesce(sum(i.count), 0) FROM {s}.install i WHERE i.event_id = e.id),
       (SELECT json_group_array(topic) FROM (SELECT topic FROM {s}.event_topic t WHERE t.event_id = e.id ORDER BY position)),
       (SELECT json_group_array(officer) FROM (SELECT officer FROM {s}.event_officer o WHERE o.event_id = e.id ORDER BY position)),
       e.note, e.created_at, e.updated_at
FROM {s}.event e JOIN {s}.station s ON s.id = e.station_id
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
  event.note = sqlite::optional_text(row.getColumn(12));
  event.created_at = row.getColumn(13).getString();
  event.updated_at = row.getColumn(14).getString();
  return event;
}

constexpr const char* kInsertEvent = R"(
INSERT INTO event (uid, date, station_id, venue, place, audience, materials, note, created_at, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";
constexpr const char* kInsertTopic = "INSERT INTO event_topic (event_id, position, topic) VALUES (?, ?, ?)";
constexpr const char* kInsertOfficer = "INSERT INTO event_officer (event_id, position, officer) VALUES (?, ?, ?)";

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
  sqlite::bind_optional(statement, first + 6, event.note);
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

void write_lists(Ledger& ledger, const Event& event) {
  for (const char* sql : {"DELETE FROM event_topic WHERE event_id = ?", "DELETE FROM event_officer WHERE event_id = ?"}) {
    SQLite::Statement clear(db(ledger), sql);
    clear.bind(1, event.id);
    clear.exec();
  }
  SQLite::Statement topics(db(ledger), kInsertTopic), officers(db(ledger), kInsertOfficer);
  insert_list(topics, event.id, event.topics);
  insert_list(officers, event.id, event.officers);
}

// The event with its topics and officers; the caller writes the audit and
// any linked install. Keeps created_at/updated_at when set (now otherwise).
std::int64_t insert_event(Ledger& ledger, SQLite::Statement& insert, SQLite::Statement& topic,
                          SQLite::Statement& officer, const Event& event) {
  const std::string now = ledger.now();
  insert.bind(1, event.uid);
  bind_fields(insert, 2, event);
  insert.bind(9, event.created_at.empty() ? now : event.created_at);
  insert.bind(10, event.updated_at.empty() ? (event.created_at.empty() ? now : event.created_at) : event.updated_at);
  insert.exec();
  insert.reset();
  const auto id = db(ledger).getLastInsertRowid();
  insert_list(topic, id, event.topics);
  insert_list(officer, id, event.officers);
  return id;
}

// The install record holding what an event's installs figure adds to the
// installs recorded separately for it.
Install derived_install(const Event& event, std::int64_t count) {
  Install install;
  install.uid = linked_install_uid(event.uid);
  install.date = event.date;
  install.station_id = event.station_id;
  install.station = event.station;
  install.venue = event.venue;
  install.place = event.place;
  install.count = count;
  install.event_id = event.id;
  install.event_uid = event.uid;
  return install;
}

// The install derived from the event's figure, when it has one.
std::optional<std::int64_t> derived_install_id(Ledger& ledger, const Event& event) {
  SQLite::Statement query(db(ledger), "SELECT id FROM install WHERE uid = ? AND event_id = ?");
  query.bind(1, linked_install_uid(event.uid));
  query.bind(2, event.id);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getInt64();
}

// Linked installs follow their event's date, station and venue. When the
// event's installs figure changed, the record derived from the event (uid
// "<event uid>-installs") takes up the difference, keeping its id; install
// records added separately with `install add --event` stay as they are.
// Every install changed is audited as an install.
void write_linked_installs(Ledger& ledger, const Event& event, std::int64_t previous_installs) {
  SQLite::Statement following(db(ledger), "SELECT id FROM install WHERE event_id = ?1 "
                                          "AND (date <> ?2 OR station_id <> ?3 OR venue <> ?4)");
  following.bind(1, event.id);
  following.bind(2, event.date.iso());
  following.bind(3, event.station_id);
  following.bind(4, event.venue);
  std::vector<std::int64_t> moved;
  while (following.executeStep()) moved.push_back(following.getColumn(0).getInt64());
  for (auto id : moved) {
    Install before = get_install(ledger, id), after = before;
    after.date = event.date;
    after.station_id = event.station_id;
    after.station = event.station;
    after.venue = event.venue;
    update_install(ledger, after);
  }
  if (event.installs == previous_installs) return;
  SQLite::Statement others(db(ledger), "SELECT coalesce(sum(count), 0) FROM install WHERE event_id = ? AND uid <> ?");
  others.bind(1, event.id);
  others.bind(2, linked_install_uid(event.uid));
  others.executeStep();
  const std::int64_t separate = others.getColumn(0).getInt64();
  if (event.installs < separate)
    throw InputError("--installs", trf("{} is less than the {} installs recorded separately for event {} "
                                       "(see pingan install list)",
                                       event.installs, separate, event.id));
  const auto existing = derived_install_id(ledger, event);
  if (event.installs == separate) {
    if (existing) delete_install(ledger, *existing);
  } else if (existing) {
    Install changed = get_install(ledger, *existing);
    changed.count = event.installs - separate;
    update_install(ledger, changed);
  } else {
    add_install(ledger, derived_install(event, event.installs - separate));
  }
}

}  // namespace

Event add_event(Ledger& ledger, Event event) {
  return ledger.write([&] {
    if (event.uid.empty()) event.uid = new_uid();
    event.created_at = event.updated_at = "";
    SQLite::Statement insert(db(ledger), kInsertEvent), topic(db(ledger), kInsertTopic),
        officer(db(ledger), kInsertOfficer);
    event.id = insert_event(ledger, insert, topic, officer, event);
    Event stored = get_event(ledger, event.id);
    sqlite::record_audit(ledger, "add", kEvent, stored.uid, nullptr, records::stored_json(stored));
    if (event.installs == 0) return stored;
    add_install(ledger, derived_install(stored, event.installs));
    return get_event(ledger, event.id);
  });
}

Event get_event(Ledger& ledger, std::int64_t id) { return get_by_id(ledger, kSelect, "e", kEvent, id, read_event); }

std::vector<Event> list_events(Ledger& ledger, const EventFilter& filter) {
  std::vector<Event> out;
  for_each_event(ledger, filter, [&out](const Event& event) { out.push_back(event); });
  return out;
}

void for_each_event(Ledger& ledger, const EventFilter& filter, const std::function<void(const Event&)>& visit) {
  const std::string select = std::string(kSelect) + R"(
WHERE (?1 IS NULL OR e.date >= ?1) AND (?2 IS NULL OR e.date <= ?2)
  AND (?3 IS NULL OR s.name = ?3) AND (?4 IS NULL OR e.venue = ?4)
  AND (?5 IS NULL OR EXISTS (SELECT 1 FROM {s}.event_topic t WHERE t.event_id = e.id AND t.topic = ?5)))";
  SQLite::Statement query(db(ledger),
                          sqlite::over_files(ledger, select, "event", "e.uid") + " ORDER BY 3, 1 LIMIT ?6");
  sqlite::bind_optional(query, 1, filter.from ? std::optional(filter.from->iso()) : std::nullopt);
  sqlite::bind_optional(query, 2, filter.to ? std::optional(filter.to->iso()) : std::nullopt);
  sqlite::bind_optional(query, 3, filter.station);
  sqlite::bind_optional(query, 4, filter.venue);
  sqlite::bind_optional(query, 5, filter.topic);
  query.bind(6, filter.limit.value_or(-1));
  while (query.executeStep()) visit(read_event(query));
}

std::optional<Event> update_event(Ledger& ledger, const Event& changed) {
  return ledger.write([&]() -> std::optional<Event> {
    const Event before = get_event(ledger, changed.id);
    Event event = changed;
    event.uid = before.uid;
    event.created_at = before.created_at;
    event.updated_at = before.updated_at;
    if (records::stored_json(event) == records::stored_json(before) && event.installs == before.installs)
      return std::nullopt;
    SQLite::Statement update(db(ledger), R"(
UPDATE event SET date = ?, station_id = ?, venue = ?, place = ?, audience = ?, materials = ?,
  note = ?, updated_at = ? WHERE id = ?)");
    bind_fields(update, 1, event);
    update.bind(8, ledger.now());
    update.bind(9, event.id);
    update.exec();
    write_lists(ledger, event);
    Event stored = get_event(ledger, event.id);
    sqlite::record_audit(ledger, "edit", kEvent, stored.uid, records::stored_json(before),
                         records::stored_json(stored));
    Event wanted = stored;  // as stored, with the installs figure asked for
    wanted.installs = event.installs;
    write_linked_installs(ledger, wanted, before.installs);
    follow_event(ledger, stored.id, stored.date, stored.station_id, false);
    return get_event(ledger, event.id);
  });
}

void delete_event(Ledger& ledger, std::int64_t id) {
  ledger.write([&] {
    const Event before = get_event(ledger, id);
    SQLite::Statement linked(db(ledger), "SELECT id FROM install WHERE event_id = ?");
    linked.bind(1, id);
    std::vector<std::int64_t> installs;
    while (linked.executeStep()) installs.push_back(linked.getColumn(0).getInt64());
    for (auto install : installs) delete_install(ledger, install);
    follow_event(ledger, id, before.date, before.station_id, true);
    SQLite::Statement remove(db(ledger), "DELETE FROM event WHERE id = ?");
    remove.bind(1, id);
    remove.exec();
    sqlite::record_audit(ledger, "delete", kEvent, before.uid, records::stored_json(before), nullptr);
  });
}

nlohmann::ordered_json event_shape(const records::ExportScope&) { return to_json(Event{}); }

void export_events(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit) {
  for_each_event(ledger, {scope.from, scope.to, {}, {}, {}, {}}, [&](const Event& event) { visit(to_json(event)); });
}

void import_event(Importer& importer, const Fields& fields, const std::string& uid) {
  for (const char* key : {"date", "station", "venue", "place", "audience"}) fields.required(key);
  Event event;
  event.uid = uid;
  // With --kind all the install records come as they are; alone, an
  // event's installs figure becomes one linked install record.
  const bool link_installs = importer.options().kind == &kEvent;
  records::apply_fields(event, fields, importer.config(), importer.options().today);
  if (!link_installs) event.installs = 0;
  std::tie(event.station_id, event.station) = importer.station(fields);
  event.created_at = importer.timestamp(fields, "created_at");
  event.updated_at = importer.timestamp(fields, "updated_at");
  if (importer.stored(kEvent, uid)) return;
  auto& cache = importer.cache();
  event.id = insert_event(importer.ledger(), cache.get(kInsertEvent), cache.get(kInsertTopic),
                          cache.get(kInsertOfficer), event);
  ++importer.counts().added[kEvent];
  if (event.installs > 0) {
    Install install = derived_install(event, event.installs);
    install.created_at = event.created_at;
    install.updated_at = event.updated_at;
    insert_install(importer.ledger(), cache.get(kInsertInstall), install);
    ++importer.counts().added[kInstall];
  }
}

}  // namespace pingan::store
