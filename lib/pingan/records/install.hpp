#pragma once
// App installs (国家反诈中心 APP 下载注册): people helped to install and
// register the app, at an event (linked) or elsewhere, e.g. the front desk.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "pingan/config.hpp"
#include "pingan/records/fields.hpp"
#include "pingan/values.hpp"

namespace pingan::records {

struct Install {
  std::int64_t id = 0;
  std::string uid;
  Date date;
  std::int64_t station_id = 0;
  std::string station;  // the station's name
  std::string venue;    // vocabulary code
  std::optional<std::string> place;
  std::int64_t count = 0;
  std::optional<std::int64_t> event_id;
  std::optional<std::string> event_uid;
  std::optional<std::string> note;
  std::string created_at;
  std::string updated_at;
};

// Keys: id, uid, date, station, venue, place, count, event_id, event_uid, note.
nlohmann::ordered_json to_json(const Install& install);
// The stored fields, for the audit.
nlohmann::ordered_json stored_json(const Install& install);

// Sets every field `fields` gives (count, date, venue, place, note), each
// through its value's parser; InputError naming the field otherwise. The
// station and the event are the caller's.
void apply_fields(Install& install, const TextFields& fields, const Config& config, Date today);

}  // namespace pingan::records
