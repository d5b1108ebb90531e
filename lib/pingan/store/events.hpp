#pragma once
// Outreach events (宣传活动), with their topics, officers and linked installs.
#include <cstdint>
#include <functional>
#include <SQLiteCpp/Statement.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pingan/store/ledger.hpp"
#include "pingan/values.hpp"

namespace pingan::store {

struct Event {
  std::int64_t id = 0;
  std::string uid;
  Date date;
  std::int64_t station_id = 0;
  std::string station;  // the station's name
  std::string venue;    // vocabulary code
  std::string place;
  std::int64_t audience = 0;
  std::int64_t materials = 0;
  std::int64_t installs = 0;  // sum of the linked install records
  std::vector<std::string> topics;  // vocabulary codes, in the order given
  std::vector<std::string> officers;
  std::optional<std::string> note;
  std::string created_at;
  std::string updated_at;
};

// Keys in SPEC order: id, uid, date, station, venue, place, audience,
// materials, installs, topics, officers, note, created_at, updated_at.
nlohmann::ordered_json to_json(const Event& event);

// Inserts the event (station_id, date … note must be set; uid is made when
// empty) and, when `installs` > 0, one install record linked to it.
Event add_event(Ledger& ledger, Event event);

// Inserts events with statements prepared once, for adding many (import).
// Use inside a write transaction; the caller writes the audit. Keeps
// created_at/updated_at when set (now otherwise).
class EventInserter {
 public:
  explicit EventInserter(Ledger& ledger);
  // The event with its topics and officers and, when `link_installs` and
  // installs > 0, one linked install record. Returns the new id.
  std::int64_t insert(Event event, bool link_installs);

 private:
  Ledger& ledger_;
  SQLite::Statement event_, topic_, officer_, install_;
};

// Thrown as NotFound("event N not found") when missing.
Event get_event(Ledger& ledger, std::int64_t id);

struct EventFilter {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<std::int64_t> station_id;
  std::optional<std::string> venue;
  std::optional<std::string> topic;
  std::optional<std::int64_t> limit;
};
// Oldest first (by date, then id).
std::vector<Event> list_events(Ledger& ledger, const EventFilter& filter);
// The same, one at a time, without holding them all in memory.
void for_each_event(Ledger& ledger, const EventFilter& filter, const std::function<void(const Event&)>& visit);

// Replaces the stored event `changed.id` with `changed` (the caller starts
// from get_event and changes fields). Linked installs follow the event's
// date, station and venue; when `installs` changed, one linked record then
// holds the whole count.
Event update_event(Ledger& ledger, const Event& changed);

// Deletes the event with its topics, officers and linked installs.
void delete_event(Ledger& ledger, std::int64_t id);

// The uid of the install record made for an event's `installs`.
std::string linked_install_uid(const std::string& event_uid);

}  // namespace pingan::store
