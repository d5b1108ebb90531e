#include "pingan/store/stations.hpp"

#include "pingan/errors.hpp"
#include "pingan/i18n.hpp"
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
  Station station{row.getColumn(0).getInt64(), row.getColumn(1).getString(), row.getColumn(2).getString(),
                  sqlite::optional_text(row.getColumn(3)), sqlite::optional_text(row.getColumn(4)), std::nullopt,
                  std::nullopt};
  if (!row.getColumn(5).isNull()) station.population = row.getColumn(5).getInt64();
  if (!row.getColumn(6).isNull()) station.retired = parse_iso_date(row.getColumn(6).getString(), "station.retired");
  return station;
}

constexpr const char* kSelect = "SELECT id, uid, name, code, bureau, population, retired FROM station ";

// A name or code may not stand for two stations, since either picks one.
void refuse_clash(Ledger& ledger, const std::string& value, const char* field, std::int64_t except_id) {
  SQLite::Statement clash(db(ledger), "SELECT name FROM station WHERE (name = ?1 OR code = ?1) AND id <> ?2");
  clash.bind(1, value);
  clash.bind(2, except_id);
  if (clash.executeStep())
    throw InputError(field, trf("\"{}\" is already used by station \"{}\"", value, clash.getColumn(0).getString()));
}

// Binds name, code, bureau, population and retired from `first` on.
void bind_fields(SQLite::Statement& statement, int first, const Station& station) {
  statement.bind(first, station.name);
  sqlite::bind_optional(statement, first + 1, station.code);
  sqlite::bind_optional(statement, first + 2, station.bureau);
  if (station.population) statement.bind(first + 3, *station.population); else statement.bind(first + 3);
  sqlite::bind_optional(statement, first + 4, station.retired ? std::optional(station.retired->iso()) : std::nullopt);
}

std::optional<std::int64_t> station_id_named(Ledger& ledger, const std::string& name) {
  SQLite::Statement query(db(ledger), "SELECT id FROM station WHERE name = ?");
  query.bind(1, name);
  if (!query.executeStep()) return std::nullopt;
  return query.getColumn(0).getInt64();
}

}  // namespace

std::int64_t parse_population(std::string_view text, std::string_view field) {
  const std::int64_t population = parse_count(text, field);
  if (population == 0) throw InputError(std::string(field), tr("a population must be above 0"));
  return population;
}

Station add_station(Ledger& ledger, Station station) {
  return ledger.write([&] {
    refuse_clash(ledger, station.name, "name", 0);
    if (station.code) refuse_clash(ledger, *station.code, "--code", 0);
    if (station.uid.empty()) station.uid = new_uid();
    SQLite::Statement insert(db(ledger), "INSERT INTO station (uid, name, code, bureau, population, retired, created_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, station.uid);
    bind_fields(insert, 2, station);
    insert.bind(7, ledger.now());
    insert.exec();
    station.id = db(ledger).getLastInsertRowid();
    sqlite::record_audit(ledger, "add", kStation, station.uid, nullptr, records::stored_json(station));
    return station;
  });
}

std::optional<Station> update_station(Ledger& ledger, const Station& changed) {
  return ledger.write([&]() -> std::optional<Station> {
    SQLite::Statement query(db(ledger), std::string(kSelect) + "WHERE id = ?");
    query.bind(1, changed.id);
    if (!query.executeStep()) throw NotFound(records::not_found(kStation, changed.id));
    const Station before = read_station(query);
    const auto before_json = records::stored_json(before), after_json = records::stored_json(changed);
    // The archive's copy of the station (its archived records name it) follows,
    // also when an earlier edit stopped before reaching it.
    if (ledger.has_archive()) {
      SQLite::Statement copy(db(ledger), "UPDATE archive.station SET name = ?, code = ?, bureau = ?, population = ?, "
                                         "retired = ? WHERE uid = ?");
      bind_fields(copy, 1, changed);
      copy.bind(6, changed.uid);
      copy.exec();
    }
    if (before_json == after_json) return std::nullopt;
    refuse_clash(ledger, changed.name, "--name", changed.id);
    if (changed.code) refuse_clash(ledger, *changed.code, "--code", changed.id);
    SQLite::Statement update(db(ledger),
                             "UPDATE station SET name = ?, code = ?, bureau = ?, population = ?, retired = ? WHERE id = ?");
    bind_fields(update, 1, changed);
    update.bind(6, changed.id);
    update.exec();
    sqlite::record_audit(ledger, "edit", kStation, before.uid, before_json, after_json);
    return changed;
  });
}

Station find_active_station(Ledger& ledger, std::string_view name_or_code, std::string_view field) {
  Station station = find_station(ledger, name_or_code, field);
  if (station.retired)
    throw InputError(std::string(field), trf("station {} was retired on {} and takes no new records "
                                             "(pingan station retire {} --undo)",
                                             pingan::quoted(station.name), station.retired->iso(), station.name));
  return station;
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
                   names.empty() ? trf("unknown station \"{}\"; none registered yet (pingan station add NAME)", name_or_code)
                                 : trf("unknown station \"{}\"; registered: {}", name_or_code, names));
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
  if (auto population = fields.optional_text("population"); !population.empty())
    station.population = parse_population(population, "population");
  if (auto retired = fields.optional_text("retired"); !retired.empty())
    station.retired = parse_date(retired, importer.options().today, "retired");
  if (station_id_named(importer.ledger(), station.name)) {  // stations are known by name
    ++importer.counts().skipped;
    return;
  }
  if (importer.stored(kStation, uid)) return;  // renamed here: keep ours
  add_station(importer.ledger(), station);
  ++importer.counts().added[kStation];
}

}  // namespace pingan::store
