#pragma once
// Outreach events (宣传活动), with their topics, officers and linked installs.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "pingan/records/event.hpp"
#include "pingan/records/kinds.hpp"
#include "pingan/store/ledger.hpp"

namespace pingan::store {

using records::Event;
using records::linked_install_uid;
using records::to_json;

// Inserts the event (station_id, date … note must be set; uid is made when
// empty) and, when `installs` > 0, one install record linked to it.
Event add_event(Ledger& ledger, Event event);

// NotFound("event N not found") when missing.
Event get_event(Ledger& ledger, std::int64_t id);

struct EventFilter {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<std::string> station;  // by name
  std::optional<std::string> venue;
  std::optional<std::string> topic;
  std::optional<std::int64_t> limit;
};
// Oldest first (by date, then id), from the archive too when it is attached.
std::vector<Event> list_events(Ledger& ledger, const EventFilter& filter);
// The same, one at a time, without holding them all in memory.
void for_each_event(Ledger& ledger, const EventFilter& filter, const std::function<void(const Event&)>& visit);

// Replaces the stored event `changed.id` with `changed` (the caller starts
// from get_event and changes fields). Linked installs follow the event's
// date, station and venue; when `installs` changed, the install record
// derived from the event takes up the difference. Nothing when `changed`
// equals what is stored (nothing is written then).
std::optional<Event> update_event(Ledger& ledger, const Event& changed);

// Deletes the event with its topics, officers and linked installs.
void delete_event(Ledger& ledger, std::int64_t id);

// The kinds table's hooks (records/kinds.cpp).
nlohmann::ordered_json event_shape(const records::ExportScope& scope);
void export_events(Ledger& ledger, const records::ExportScope& scope, const records::Visit& visit);
void import_event(Importer& importer, const Fields& fields, const std::string& uid);

}  // namespace pingan::store
