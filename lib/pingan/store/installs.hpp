#pragma once
// App installs (国家反诈中心 APP 下载注册): people helped to install and
// register the app, at an event (linked) or elsewhere, e.g. the front desk.
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
};

// Keys: id, uid, date, station, venue, place, count, event_id, event_uid, note.
nlohmann::ordered_json to_json(const Install& install);

// Inserts the record. When event_id is set, date, station and venue are taken
// from that event (NotFound when it does not exist), and place too if unset.
Install add_install(Ledger& ledger, Install install);

// Inserts install records with a statement prepared once, for adding many
// (import). Use inside a write transaction; the caller writes the audit.
class InstallInserter {
 public:
  explicit InstallInserter(Ledger& ledger);
  // Empty timestamps mean now. Returns the new id.
  std::int64_t insert(const Install& install, const std::string& created_at = "",
                      const std::string& updated_at = "");

 private:
  Ledger& ledger_;
  SQLite::Statement insert_;
};

struct InstallFilter {
  std::optional<Date> from;
  std::optional<Date> to;
  std::optional<std::int64_t> station_id;
};
// Oldest first (by date, then id).
std::vector<Install> list_installs(Ledger& ledger, const InstallFilter& filter);
// The same, one at a time, without holding them all in memory.
void for_each_install(Ledger& ledger, const InstallFilter& filter, const std::function<void(const Install&)>& visit);

}  // namespace pingan::store
