#pragma once
// Outreach events (宣传活动), with their topics, officers and linked installs.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "pingan/config.hpp"
#include "pingan/records/fields.hpp"
#include "pingan/values.hpp"

namespace pingan::records {

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
// The stored fields, for the audit (installs are install records of their own).
nlohmann::ordered_json stored_json(const Event& event);

// The fields an event cannot be without (the station aside).
inline const std::vector<std::string> kEventRequired = {"venue", "place", "audience"};

// Sets every field `fields` gives (venue, place, audience, date, materials,
// installs, topics, officers, note), each through its value's parser;
// InputError naming the field otherwise. The station is the caller's (it
// names a registered one).
void apply_fields(Event& event, const TextFields& fields, const Config& config, Date today);

// The uid of the install record made for an event's `installs`.
std::string linked_install_uid(const std::string& event_uid);

}  // namespace pingan::records
