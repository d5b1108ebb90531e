#include "pingan/store/stations.hpp"

#include <SQLiteCpp/Statement.h>

#include "pingan/errors.hpp"
#include "pingan/store/audit.hpp"
#include "pingan/store/sql.hpp"

namespace pingan::store {
namespace {

Station read_station(SQLite::Statement& row) {
  return Station{row.getColumn(0).getInt64(), row.getColumn(1).getString(), row.getColumn(2).getString(),
                 optional_text(row.getColumn(3)), optional_text(row.getColumn(4))};
}

constexpr const char* kSelect = "SELECT id, uid, name, code, bureau FROM station ";

}  // namespace

nlohmann::ordered_json to_json(const Station& station) {
  nlohmann::ordered_json out;
  out["id"] = station.id;
  out["name"] = station.name;
  out["code"] = json_or_null(station.code);
  out["bureau"] = json_or_null(station.bureau);
  return out;
}

Station add_station(Ledger& ledger, Station station) {
  return ledger.write([&] {
    // A name or code may not stand for two stations, since either picks one.
    auto refuse_clash = [&](const std::string& value, const char* field) {
      SQLite::Statement clash(ledger.db(), "SELECT name FROM station WHERE name = ?1 OR code = ?1");
      clash.bind(1, value);
      if (clash.executeStep())
        throw InputError(field, "\"" + value + "\" is already used by station \"" + clash.getColumn(0).getString() + "\"");
    };
    refuse_clash(station.name, "name");
    if (station.code) refuse_clash(*station.code, "--code");
    if (station.uid.empty()) station.uid = new_uid();
    SQLite::Statement insert(ledger.db(),
                             "INSERT INTO station (uid, name, code, bureau, created_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, station.uid);
    insert.bind(2, station.name);
    bind_optional(insert, 3, station.code);
    bind_optional(insert, 4, station.bureau);
    insert.bind(5, utc_now());
    insert.exec();
    station.id = ledger.db().getLastInsertRowid();
    record_audit(ledger, "add", "station", station.uid, nullptr, to_json(station));
    return station;
  });
}

std::vector<Station> list_stations(Ledger& ledger) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + "ORDER BY id");
  std::vector<Station> out;
  while (query.executeStep()) out.push_back(read_station(query));
  return out;
}

std::optional<std::int64_t> station_id_named(Ledger& ledger, const std::string& name) {
  SQLite::Statement query(ledger.db(), "SELECT id FROM station WHERE name = ?");
  query.bind(1, name);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getInt64();
}

std::string registered_station_names(Ledger& ledger) {
  std::string names;
  for (const auto& station : list_stations(ledger)) names += (names.empty() ? "" : ", ") + station.name;
  return names;
}

Station find_station(Ledger& ledger, std::string_view name_or_code, std::string_view field) {
  SQLite::Statement query(ledger.db(), std::string(kSelect) + "WHERE name = ?1 OR code = ?1 ORDER BY name = ?1 DESC LIMIT 1");
  query.bind(1, std::string(name_or_code));
  if (query.executeStep()) return read_station(query);
  const std::string names = registered_station_names(ledger);
  throw InputError(std::string(field),
                   "unknown station \"" + std::string(name_or_code) + "\"; " +
                       (names.empty() ? "none registered yet (pingan station add NAME)" : "registered: " + names));
}

}  // namespace pingan::store
