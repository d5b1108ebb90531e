#include "pingan/store/stations.hpp"

#include "pingan/errors.hpp"
#include "pingan/store/import.hpp"
#include "pingan/store/sqlite/audit.hpp"
#include "pingan/store/sqlite/columns.hpp"
#include "pingan/store/sqlite/connection.hpp"
#include "pingan/store/sqlite/rows.hpp"

namespace pingan::store {
namespace {

using sqlite::db;
const records::Kind& kStation = records::station_kind();

Station read_station(SQLite::Statement& row) {
  return Station{row.getColumn(0).getInt64(), row.getColumn(1).getString(), row.getColumn(2).getString(),
                 sqlite::optional_text(row.getColumn(3)), sqlite::optional_text(row.getColumn(4))};
}

constexpr const char* kSelect = "SELECT id, uid, name, code, bureau FROM station ";

std::optional<std::int64_t> station_id_named(Ledger& ledger, const std::string& name) {
  SQLite::Statement query(db(ledger), "SELECT id FROM station WHERE name = ?");
  query.bind(1, name);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getInt64();
}

}  // namespace

Station add_station(Ledger& ledger, Station station) {
  return ledger.write([&] {
    // A name or code may not stand for two stations, since either picks one.
    auto refuse_clash = [&](const std::string& value, const char* field) {
      SQLite::Statement clash(db(ledger), "SELECT name FROM station WHERE name = ?1 OR code = ?1");
      clash.bind(1, value);
      if (clash.executeStep())
        throw InputError(field, "\"" + value + "\" is already used by station \"" + clash.getColumn(0).getString() + "\"");
    };
    refuse_clash(station.name, "name");
    if (station.code) refuse_clash(*station.code, "--code");
    if (station.uid.empty()) station.uid = new_uid();
    SQLite::Statement insert(db(ledger),
                             "INSERT INTO station (uid, name, code, bureau, created_at) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, station.uid);
    insert.bind(2, station.name);
    sqlite::bind_optional(insert, 3, station.code);
    sqlite::bind_optional(insert, 4, station.bureau);
    insert.bind(5, ledger.now());
    insert.exec();
    station.id = db(ledger).getLastInsertRowid();
    sqlite::record_audit(ledger, "add", kStation, station.uid, nullptr, records::stored_json(station));
    return station;
  });
}

std::vector<Station> list_stations(Ledger& ledger) {
  SQLite::Statement query(db(ledger), std::string(kSelect) + "ORDER BY id");
  std::vector<Station> out;
  while (query.executeStep()) out.push_back(read_station(query));
  return out;
}

std::string registered_station_names(Ledger& ledger) {
  std::string names;
  for (const auto& station : list_stations(ledger)) names += (names.empty() ? "" : ", ") + station.name;
  return names;
}

Station find_station(Ledger& ledger, std::string_view name_or_code, std::string_view field) {
  SQLite::Statement query(db(ledger), std::string(kSelect) + "WHERE name = ?1 OR code = ?1 ORDER BY name = ?1 DESC LIMIT 1");
  query.bind(1, std::string(name_or_code));
  if (query.executeStep()) return read_station(query);
  const std::string names = registered_station_names(ledger);
  throw InputError(std::string(field),
                   "unknown station \"" + std::string(name_or_code) + "\"; " +
                       (names.empty() ? "none registered yet (pingan station add NAME)" : "registered: " + names));
}

nlohmann::ordered_json station_shape(const records::ExportScope&) { return records::stored_json(Station{}); }

void export_stations(Ledger& ledger, const records::ExportScope&, const records::Visit& visit) {
  // Main holds every station (the archive holds copies of some, by name).
  for (const auto& station : list_stations(ledger)) visit(records::stored_json(station));
}

void import_station(Importer& importer, const Fields& fields, const std::string& uid) {
  Station station;
  station.uid = uid;
  station.name = parse_name(fields.required("name"), "name");
  if (auto code = fields.optional_text("code"); !code.empty()) station.code = parse_name(code, "code");
  if (auto bureau = fields.optional_text("bureau"); !bureau.empty()) station.bureau = parse_name(bureau, "bureau");
  if (station_id_named(importer.ledger(), station.name)) {  // stations are known by name
    ++importer.counts().skipped;
    return;
  }
  if (importer.stored(kStation, uid)) return;  // renamed here: keep ours
  add_station(importer.ledger(), station);
  ++importer.counts().added[kStation];
}

}  // namespace pingan::store
